#include "store/leader_review_store.h"

#include <nlohmann/json.hpp>

namespace socorg::leader_review_store {
namespace {

constexpr char kInsert[] =
    "INSERT INTO leader_reviews (org_id, region_code, kind, name, id_number, roles, term_start, outcome, "
    "pre_review_id, on_date, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr char kColumns[] =
    "SELECT id, org_id, region_code, kind, name, id_number, roles, term_start, outcome, pre_review_id, on_date, "
    "created_by, created_at FROM leader_reviews ";
constexpr char kOfOrg[] = "WHERE org_id = $1 ORDER BY id";
constexpr char kLatestPre[] = "WHERE org_id = $1 AND id_number = $2 AND kind = 'pre_review' ORDER BY on_date DESC, id DESC LIMIT 1";
// region_code >= prefix AND < the prefix's successor: a range the (region_code, on_date) index serves.
constexpr char kCounts[] =
    "SELECT region_code, kind, outcome, CASE WHEN pre_review_id IS NULL THEN 1 ELSE 0 END, count(*) "
    "FROM leader_reviews WHERE region_code >= $1 AND region_code < $2 AND on_date >= $3 AND on_date <= $4 "
    "GROUP BY region_code, kind, outcome, CASE WHEN pre_review_id IS NULL THEN 1 ELSE 0 END "
    "ORDER BY region_code";

std::string PrefixEnd(std::string p) {
  if (p.empty()) return "~";
  p.back() = static_cast<char>(p.back() + 1);
  return p;
}

LeaderReviewRecord Read(const Row& w) {
  LeaderReviewRecord r;
  r.id = w.Int(0), r.org_id = OrgId{w.Int(1)}, r.region_code = w.Text(2);
  r.kind = ParseLeaderReviewKind(w.Text(3)).value_or(LeaderReviewKind::kPreReview);
  r.name = w.Text(4), r.id_number = w.Text(5);
  auto roles = nlohmann::json::parse(w.Text(6), nullptr, false);
  if (roles.is_array())
    for (auto& x : roles)
      if (x.is_string())
        if (auto role = ParsePersonRole(x.get<std::string>())) r.roles.push_back(*role);
  r.term_start = w.Text(7);
  r.outcome = ParseOutcome(w.Text(8)).value_or(Outcome::kNeedsReview);
  if (!w.IsNull(9)) r.pre_review_id = w.Int(9);
  r.on_date = w.Text(10), r.created_by = w.Text(11), r.created_at = w.Text(12);
  return r;
}

}  // namespace

Result<std::int64_t> Insert(Connection& c, const LeaderReviewRecord& r) {
  nlohmann::json roles = nlohmann::json::array();
  for (PersonRole x : r.roles) roles.push_back(std::string(ToString(x)));
  return c.InsertId(kInsert, {r.org_id.value, r.region_code, std::string(ToString(r.kind)), r.name, r.id_number,
                              roles.dump(), r.term_start, std::string(ToString(r.outcome)),
                              r.pre_review_id ? Value(*r.pre_review_id) : Null(), r.on_date, r.created_by,
                              r.created_at});
}

Result<std::vector<LeaderReviewRecord>> OfOrg(Connection& c, OrgId org) {
  SOCORG_TRY(Rows rows, c.Query(std::string(kColumns) + kOfOrg, {org.value}));
  std::vector<LeaderReviewRecord> out;
  for (const Row& w : rows) out.push_back(Read(w));
  return out;
}

Result<std::optional<LeaderReviewRecord>> LatestPreReview(Connection& c, OrgId org, const std::string& id_number) {
  SOCORG_TRY(Rows rows, c.Query(std::string(kColumns) + kLatestPre, {org.value, id_number}));
  if (rows.empty()) return std::optional<LeaderReviewRecord>{};
  return std::optional<LeaderReviewRecord>(Read(rows[0]));
}

Result<std::vector<CountRow>> Counts(Connection& c, const std::string& prefix, const std::string& from,
                                     const std::string& to) {
  SOCORG_TRY(Rows rows, c.Query(kCounts, {prefix, PrefixEnd(prefix), from, to}));
  std::vector<CountRow> out;
  for (const Row& w : rows)
    out.push_back({w.Text(0), ParseLeaderReviewKind(w.Text(1)).value_or(LeaderReviewKind::kPreReview),
                   ParseOutcome(w.Text(2)).value_or(Outcome::kNeedsReview), w.Int(3) != 0, w.Int(4)});
  return out;
}

}  // namespace socorg::leader_review_store
