#include "app/supervision/ratings.h"

#include "app/supervision/common.h"
#include "app/supervision/dashboard_stats.h"
#include "app/supervision/facts.h"
#include "app/supervision/jobs.h"
#include "domain/supervision/rating.h"
#include "store/supervision/ratings.h"

namespace socorg::supervision {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

Result<std::int64_t> OpenRatingRound(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                     const std::string& name) {
  std::string r = region.empty() ? a.region_code : region;
  SOCORG_TRY_VOID(CheckOfficer(a, r));
  SOCORG_TRY_VOID(CheckText(name, 200, "name", true));
  Date today = ctx.clock.Today();
  if (year < today.Year() - 1 || year > today.Year() + 1)
    return Invalid("invalid_year", "评估年度无效", "invalid year", "year");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(std::int64_t id, ss::InsertRound(*conn, {0, r, year, name, today, a.username, ctx.clock.Now()}));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "rating_round_opened", today, name,
                         "rating_round:" + std::to_string(id),
                         {{"region", r}, {"year", year}, {"name", name}}));
  SOCORG_TRY_VOID(tx.Commit());
  return id;
}

Result<std::vector<Finding>> RatingEligibility(AppContext& ctx, const Actor& a, const std::string& key,
                                               bool under_investigation) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
  return CheckRatingEligibility(h.facts, ctx.clock.Today(), under_investigation, ctx.rules);
}

Result<RatingRecord> ScoreRating(AppContext& ctx, const Actor& a, std::int64_t round_id,
                                 const std::string& key, const std::map<std::string, int>& scores,
                                 bool under_investigation) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto round, ss::GetRound(*conn, round_id));
  if (!round) return NotFound("rating round");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  if (!IsWithinRegion(org.region_code, round->region_code))
    return Fail(ErrorKind::kRuleViolation, "outside_round", "该组织不在本轮评估范围内",
                "the organization is outside the round", "org");
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
  Date today = ctx.clock.Today();
  auto elig = CheckRatingEligibility(h.facts, today, under_investigation, ctx.rules);
  json ej = json::array();
  std::string failed;
  for (const auto& f : elig) {
    ej.push_back(json::parse(FactsJson(f)));
    if (f.outcome == Outcome::kFail) failed += (failed.empty() ? "" : ", ") + f.rule_id;
  }
  if (!failed.empty())
    return Fail(ErrorKind::kRuleViolation, "not_eligible", "不符合参评条件：" + failed,
                "not eligible: " + failed, "org");
  SOCORG_TRY(int total, TotalScore(h.facts.type, scores));
  int grade = GradeForScore(total, ctx.rules);
  RatingRecord r;
  r.org_id = org.id.value, r.round_id = round_id, r.scores = json(scores).dump(), r.total_score = total;
  r.preliminary_grade = r.grade = grade, r.status = RatingStatus::kNotice;
  r.notice_until = today.AddDays(ctx.rules.rating_notice_days);
  r.eligibility = ej.dump(), r.created_by = a.username, r.created_at = r.updated_at = ctx.clock.Now();
  auto id = ss::InsertRating(*conn, r);
  if (!id) return std::unexpected(id.error());
  r.id = *id;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_scored", today,
                         "评估得分 " + std::to_string(total) + "，初评等级 " + std::to_string(grade) +
                             "A，公示至 " + r.notice_until.ToString(),
                         OrgTarget(org), {{"rating_id", r.id}, {"total", total}, {"grade", grade}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<RatingRecord> DecideRating(AppContext& ctx, const Actor& a, std::int64_t rating_id) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRating(*conn, rating_id));
  if (!r) return NotFound("rating");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  if (today <= r->notice_until)
    return Fail(ErrorKind::kRuleViolation, "notice_period",
                "公示期未满（至 " + r->notice_until.ToString() + "）",
                "the public notice period runs until " + r->notice_until.ToString(), "id");
  Date valid = today.AddYears(ctx.rules.rating_valid_years).AddDays(-1);
  SOCORG_TRY_VOID(ss::DecideRating(*conn, rating_id, today, valid, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_decided", today,
                         "评估等级 " + std::to_string(r->grade) + "A，有效期至 " + valid.ToString(),
                         OrgTarget(org),
                         {{"rating_id", rating_id}, {"grade", r->grade}, {"valid_until", valid.ToString()}}));
  SOCORG_TRY(auto out, ss::GetRating(*conn, rating_id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<RatingStats> GetRatingStats(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  SOCORG_TRY(auto stats, DashboardStatsOf(ctx));
  RatingStats s;
  s.computed_at = stats->computed_at;
  auto rows = stats->Grades(prefix);  // as ss::GradeDistribution
  for (const auto& [g, n] : rows) {
    s.by_grade[g] = n;
    s.rated += n;
  }
  std::int64_t three = 0;
  for (auto [g, n] : s.by_grade)
    if (g >= 3) three += n;
  s.three_a_plus_permille = s.rated ? static_cast<int>(three * 1000 / s.rated) : 0;
  return s;
}

Result<std::vector<RatingRoundRecord>> ListRatingRounds(AppContext& ctx, const Actor& a,
                                                        const std::string& region) {
  SOCORG_TRY_VOID(CanReadLists(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::RoundsIn(*conn, prefix, 200);
}

}  // namespace socorg::supervision
