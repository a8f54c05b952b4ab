#include "store/sqlite/sqlite_queries.h"

#include "domain/search_text.h"

namespace socorg::sqlite_queries {
namespace {
constexpr char kIndexInsert[] = "INSERT INTO org_search (rowid, grams) VALUES ($1, $2)";
constexpr char kIndexDelete[] = "INSERT INTO org_search (org_search, rowid, grams) VALUES ('delete', $1, $2)";
}  // namespace

Status IndexName(Connection& c, std::int64_t id, const std::optional<std::string>& old_norm,
                 const std::string& new_norm) {
  if (old_norm) {
    if (*old_norm == new_norm) return {};
    SOCORG_TRY_VOID(c.Exec(kIndexDelete, {id, BigramDocument(*old_norm)}));
  }
  SOCORG_TRY_VOID(c.Exec(kIndexInsert, {id, BigramDocument(new_norm)}));
  return {};
}

std::string SearchFrom(Params& params, const std::string& match) {
  params.push_back(match);
  return " FROM org_search s JOIN orgs o ON o.id = s.rowid AND org_search MATCH $" + std::to_string(params.size());
}

}  // namespace socorg::sqlite_queries
