// SQL that only SQLite speaks: the FTS5 bigram index (DESIGN.md "Chinese name search").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/org_types.h"
#include "store/db.h"

namespace socorg::sqlite_queries {

// Contentless FTS5: a row is removed by replaying its old document with the 'delete' command.
Status IndexName(Connection& c, std::int64_t id, const std::optional<std::string>& old_norm,
                 const std::string& new_norm);
// " FROM org_search s JOIN orgs o ON o.id = s.rowid" with the MATCH condition folded into a join
// condition; the MATCH text is appended to params.
std::string SearchFrom(Params& params, const std::string& match);

// The number of organizations whose name matches `match` and whose status is one of `statuses` (any
// when empty) and, with issued_only, that have a code — without joining every match to its row: FTS5
// counts its own matches (协会 over 1M names: ~4 ms, where the join took ~150 ms), and only the
// organizations the filter excludes, found through the status and code indexes, are checked against
// the match one by one. Those are few in a register (applications in progress, refusals).
Result<std::int64_t> CountMatches(Connection& c, const std::string& match, const std::vector<OrgStatus>& statuses,
                                  bool issued_only);

}  // namespace socorg::sqlite_queries
