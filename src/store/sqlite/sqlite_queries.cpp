#include "store/sqlite/sqlite_queries.h"

#include <algorithm>

#include "domain/org_types.h"
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

Result<std::int64_t> CountMatches(Connection& c, const std::string& match, const std::vector<OrgStatus>& statuses,
                                  bool issued_only) {
  SOCORG_TRY(Rows all, c.Query("SELECT count(*) FROM org_search WHERE org_search MATCH $1", {match}));
  std::int64_t total = all.at(0).Int(0);
  // The excluded organizations: a status outside the filter, or (issued_only) no code yet.
  Params params{match};
  std::string excluded;
  if (!statuses.empty()) {
    std::string others;
    for (OrgStatus st : kAllOrgStatuses) {
      if (std::find(statuses.begin(), statuses.end(), st) != statuses.end()) continue;
      params.push_back(std::string(ToString(st)));
      others += (others.empty() ? "$" : ", $") + std::to_string(params.size());
    }
    if (!others.empty()) excluded = "o.status IN (" + others + ")";
  }
  if (issued_only) excluded += std::string(excluded.empty() ? "" : " OR ") + "o.uscc IS NULL";
  if (excluded.empty()) return total;
  SOCORG_TRY(Rows out, c.Query("SELECT count(*) FROM orgs o WHERE (" + excluded +
                                   ") AND EXISTS (SELECT 1 FROM org_search s WHERE org_search MATCH $1 "
                                   "AND s.rowid = o.id)",
                               params));
  return total - out.at(0).Int(0);
}

}  // namespace socorg::sqlite_queries
