// SQL that only PostgreSQL speaks: the bigram array (2 characters) and pg_trgm (≥ 3 characters) name
// search, rechecked with a substring test so results equal SQLite's (DESIGN.md).
#pragma once

#include <string>

#include "store/db.h"

namespace socorg::postgres_queries {

Status IndexName(Connection& c, std::int64_t id, const std::string& new_norm);
// " AND ..." condition on o.name_norm for the normalised query text; parameters appended to params.
std::string NameCondition(Params& params, const std::string& normalized_query);

}  // namespace socorg::postgres_queries
