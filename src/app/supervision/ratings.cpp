#include "app/supervision/ratings.h"

#include "app/supervision/common.h"
#include "app/supervision/dashboard_stats.h"
#include "app/supervision/facts.h"
#include "app/supervision/jobs.h"
#include "domain/supervision/rating.h"
#include "domain/supervision/rating_notice.h"
#include "store/org_store.h"
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
  r.notice_from = today;  // published on the portal from today (RATING-NOTICE)
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
  if (r->status != RatingStatus::kNotice)
    return Fail(ErrorKind::kConflict, "not_in_notice", "该评估结果不在公示阶段",
                "the rating is not in its notice period", "id");
  Date today = ctx.clock.Today();
  SOCORG_TRY(int pending, ss::PendingObjections(*conn, rating_id));
  SOCORG_TRY_VOID(CheckDecidable(r->notice_until, pending, today));
  Date valid = today.AddYears(ctx.rules.rating_valid_years).AddDays(-1);
  // RATING-CERTIFICATE: 3A and above get a numbered certificate and plaque, valid as long as the grade.
  std::string cert;
  if (EarnsCertificate(r->grade)) {
    SOCORG_TRY(auto round, ss::GetRound(*conn, r->round_id));
    SOCORG_TRY(std::int64_t serial, org_store::NextSerial(*conn, "rating_certificate"));
    cert = CertificateNumber(round ? round->region_code : org.region_code, today.Year(), serial);
  }
  SOCORG_TRY_VOID(ss::DecideRating(*conn, rating_id, today, valid, cert, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_decided", today,
                         "评估等级 " + std::to_string(r->grade) + "A，有效期至 " + valid.ToString() +
                             (cert.empty() ? "" : "，证书编号 " + cert),
                         OrgTarget(org),
                         {{"rating_id", rating_id},
                          {"grade", r->grade},
                          {"valid_until", valid.ToString()},
                          {"certificate_no", cert}}));
  SOCORG_TRY(auto out, ss::GetRating(*conn, rating_id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<RatingObjectionRecord> ObjectToRating(AppContext& ctx, const Actor* a, std::int64_t rating_id,
                                             const ObjectionInput& in, const std::string& source) {
  SOCORG_TRY_VOID(CheckText(in.content, 4000, "content", true));
  SOCORG_TRY_VOID(CheckText(in.name, 100, "name", false));
  SOCORG_TRY_VOID(CheckText(in.contact, 200, "contact", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRating(*conn, rating_id));
  if (!r || r->status != RatingStatus::kNotice) return NotFound("rating under public notice");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  if (a) {  // the organization's own account: its application for review (办法 art. 20)
    if (a->role != Role::kOrgAccount || !org.uscc || *org.uscc != a->org_uscc)
      return Forbidden("只有被评估的社会组织可以以本组织名义提出异议", "only the rated organization's account objects here");
  }
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(CheckObjectionWindow(r->notice_from.value_or(today), r->notice_until, today));
  if (!a) SOCORG_TRY_VOID(TakePublicSubmission(ctx, source));
  RatingObjectionRecord o;
  o.rating_id = rating_id, o.org_id = org.id.value, o.submitted_on = today;
  o.submitter_kind = a ? "org" : "public";
  o.submitter_name = a ? org.name : in.name;
  o.submitter_contact = in.contact, o.content = in.content, o.created_at = ctx.clock.Now();
  SOCORG_TRY(o.id, ss::InsertObjection(*conn, o));
  // The objector's contact stays out of the audit detail (DOMAIN §21).
  json detail{{"rating_id", rating_id}, {"objection_id", o.id}, {"submitter_kind", o.submitter_kind}};
  if (a) {
    SOCORG_TRY_VOID(Record(ctx, *conn, *a, &org, "rating_objection_received", today, "评估结果异议：" + in.content,
                           OrgTarget(org), detail));
  } else {
    detail["org_id"] = org.id.value;
    SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, "public:" + source, "rating_objection_received",
                                      "rating:" + std::to_string(rating_id), detail.dump()));
  }
  SOCORG_TRY_VOID(tx.Commit());
  return o;
}

Result<RatingObjectionRecord> DecideObjection(AppContext& ctx, const Actor& a, std::int64_t objection_id, bool upheld,
                                              const std::string& reason, std::optional<int> grade) {
  SOCORG_TRY_VOID(CheckText(reason, 4000, "reason", true));
  if (grade && (*grade < 1 || *grade > 5))
    return Invalid("out_of_range", "等级应为1至5", "grade must be 1-5", "grade");
  if (grade && !upheld)
    return Invalid("grade_not_allowed", "异议不成立时不改变等级", "a dismissed objection changes no grade", "grade");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto o, ss::GetObjection(*conn, objection_id));
  if (!o) return NotFound("objection");
  SOCORG_TRY(auto r, ss::GetRating(*conn, o->rating_id));
  if (!r) return NotFound("rating");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  if (r->status != RatingStatus::kNotice)
    return Fail(ErrorKind::kConflict, "not_in_notice", "该评估结果不在公示阶段",
                "the rating is not in its notice period", "id");
  Date today = ctx.clock.Today();
  std::optional<int> before, after;
  if (upheld && grade && *grade != r->grade) {
    before = r->grade, after = *grade;
    SOCORG_TRY_VOID(ss::SetRatingGrade(*conn, r->id, *grade, RatingStatus::kNotice, ctx.clock.Now()));
  }
  auto status = upheld ? ObjectionStatus::kUpheld : ObjectionStatus::kDismissed;
  SOCORG_TRY_VOID(ss::DecideObjection(*conn, objection_id, status, today, reason, a.username, before, after));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_objection_decided", today,
                         std::string(upheld ? "异议成立" : "异议不成立") +
                             (after ? "，等级改为 " + std::to_string(*after) + "A" : "") + "：" + reason,
                         OrgTarget(org),
                         {{"rating_id", r->id},
                          {"objection_id", objection_id},
                          {"status", ToString(status)},
                          {"grade_before", before ? json(*before) : json(nullptr)},
                          {"grade_after", after ? json(*after) : json(nullptr)}}));
  SOCORG_TRY(auto out, ss::GetObjection(*conn, objection_id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<std::vector<RatingObjectionRecord>> RatingObjections(AppContext& ctx, const Actor& a, std::int64_t rating_id) {
  SOCORG_TRY_VOID(CanReadLists(a));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto r, ss::GetRating(*conn, rating_id));
  if (!r) return NotFound("rating");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  return ss::ObjectionsOf(*conn, rating_id);
}

Result<RatingRecord> CancelRatingForFraud(AppContext& ctx, const Actor& a, std::int64_t rating_id,
                                          const std::string& ground, const std::string& reason) {
  auto g = ParseCancelGround(ground);
  if (!g)
    return Invalid("invalid_ground", "取消事由应为 fraud 或 certificate_misuse",
                   "ground must be fraud or certificate_misuse", "ground");
  SOCORG_TRY_VOID(CheckText(reason, 4000, "reason", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRating(*conn, rating_id));
  if (!r) return NotFound("rating");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  if (r->status == RatingStatus::kDecided && r->valid_until && *r->valid_until < today)
    return Fail(ErrorKind::kConflict, "not_cancellable", "评估等级已过有效期", "the grade has already expired", "id");
  Date reapply = ReapplyFrom(today, ctx.rules);
  SOCORG_TRY_VOID(ss::CancelRating(*conn, rating_id, today, std::string(ToString(*g)), reason, reapply,
                                   ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_cancelled", today,
                         "取消评估等级（" + std::string(LabelZh(*g)) + "）：" + reason +
                             (r->certificate_no.empty() ? "" : "；收回证书 " + r->certificate_no) + "；" +
                             reapply.ToString() + " 前不得重新申请评估",
                         OrgTarget(org),
                         {{"rating_id", rating_id},
                          {"rule_id", "RATING-CANCEL-FRAUD"},
                          {"ground", ToString(*g)},
                          {"certificate_no", r->certificate_no},
                          {"reapply_from", reapply.ToString()}}));
  SOCORG_TRY(auto out, ss::GetRating(*conn, rating_id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<std::vector<RatingRecord>> RoundRatings(AppContext& ctx, const Actor& a, std::int64_t round_id) {
  SOCORG_TRY_VOID(CanReadLists(a));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto round, ss::GetRound(*conn, round_id));
  if (!round) return NotFound("rating round");
  // A round is the authority's: officers of it, above it, or below it (their organizations) read it.
  if (!IsWithinRegion(round->region_code, a.region_code) && !IsWithinRegion(a.region_code, round->region_code))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该评估轮次不在您的管辖范围内",
                "the round is outside your jurisdiction");
  SOCORG_TRY(auto rows, ss::RatingsInRound(*conn, round_id));
  std::vector<RatingRecord> out;
  for (auto& r : rows)
    if (IsWithinRegion(r.org.region_code, a.region_code) || IsWithinRegion(round->region_code, a.region_code))
      out.push_back(std::move(r));
  return out;
}

Result<Page<RatingRecord>> PublicRatingNotices(AppContext& ctx, const std::string& region, int page, int page_size) {
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  std::string prefix;
  if (!region.empty()) {
    if (!IsRegionCodeShape(region))
      return Invalid("invalid_region", "行政区划代码无效", "invalid region", "region");
    prefix = RegionPrefix(region);
  }
  auto conn = ctx.read_db->Acquire();
  return ss::PublicNotices(*conn, prefix, page_size, (page - 1) * page_size);
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
