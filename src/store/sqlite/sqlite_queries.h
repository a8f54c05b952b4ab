// SQL that only SQLite speaks: the FTS5 bigram index (DESIGN.md "Chinese name search").
#pragma once

#include <optional>
#include <string>

#include "store/db.h"

namespace socorg::sqlite_queries {

// Contentless FTS5: a row is removed by replaying its old document with the 'delete' command.
Status IndexName(Connection& c, std::int64_t id, const std::optional<std::string>& old_norm,
                 const std::string& new_norm);
// " FROM org_search s JOIN orgs o ON o.id = s.rowid" with the MATCH condition folded into a join
// condition; the MATCH text is appended to params.
std::string SearchFrom(Params& params, const std::string& match);

}  // namespace socorg::sqlite_queries
