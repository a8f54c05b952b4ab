// Annual reports, penalties, rectification orders, credit and ratings (DOMAIN §6-8, §10).
#include <algorithm>

#include "app/supervision/common.h"
#include "app/supervision/use_cases.h"
#include "domain/supervision/annual_report.h"
#include "domain/supervision/rating.h"

namespace socorg::supervision {
namespace {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

std::optional<Date> ParseOpt(const std::optional<std::string>& s) {
  return s ? Date::Parse(*s) : std::nullopt;
}

// One organization's facts for the rules, owning the storage the spans point into.
struct FactsHolder {
  std::vector<ReportFact> reports;
  std::vector<PenaltyFact> penalties;
  std::vector<RectificationFact> rects;
  std::vector<ListingFact> listings;
  OrgFacts facts;
};

Status LoadFacts(Connection& c, const OrgRecord& org, FactsHolder& h) {
  h.facts.id = org.id.value;
  h.facts.type = org.type;
  h.facts.status = org.status;
  h.facts.registered_on = ParseOpt(org.registered_on);
  h.facts.ended_on = ParseOpt(org.ended_on);
  h.facts.term_end = ParseOpt(org.term_end);
  h.facts.postponed_until = ParseOpt(org.postponed_until);
  SOCORG_TRY(auto reps, ss::ReportsOf(c, org.id.value));
  for (const auto& r : reps)
    h.reports.push_back({r.year, ParseOpt(r.filed_on), ParseReportConclusion(r.conclusion).value_or(ReportConclusion::kNone),
                         ParseOpt(r.concluded_on), r.had_activity});
  SOCORG_TRY(auto pens, ss::PenaltiesOf(c, org.id.value));
  for (const auto& p : pens)
    if (auto d = Date::Parse(p.decided_on))
      h.penalties.push_back({p.id, *d, ParsePenaltyKind(p.kind).value_or(PenaltyKind::kWarning), p.amount});
  SOCORG_TRY(auto rects, ss::RectificationsOf(c, org.id.value));
  for (const auto& r : rects)
    if (auto i = Date::Parse(r.issued_on), d = Date::Parse(r.deadline); i && d)
      h.rects.push_back({r.id, *i, *d, ParseOpt(r.completed_on)});
  SOCORG_TRY(auto lst, ss::ListingsOf(c, org.id.value));
  for (const auto& l : lst)
    if (auto cause = ParseCreditCause(l.cause); cause)
      if (auto e = Date::Parse(l.entered_on))
        h.listings.push_back({l.id, *cause, l.source_id, *e, ParseOpt(l.exited_on),
                              ParseExitReason(l.exit_reason).value_or(ExitReason::kNone)});
  SOCORG_TRY(auto ratings, ss::RatingsOf(c, org.id.value));
  for (auto it = ratings.rbegin(); it != ratings.rend(); ++it)
    if (it->status == "decided" && it->decided_on && it->valid_until) {
      h.facts.rating = RatingFact{it->id, it->grade, *Date::Parse(*it->decided_on), *Date::Parse(*it->valid_until),
                                  false, 0};
      break;
    }
  h.facts.reports = h.reports;
  h.facts.penalties = h.penalties;
  h.facts.rectifications = h.rects;
  h.facts.listings = h.listings;
  return {};
}

Result<int> ParseYear(int year, Date today) {
  if (year < 1990 || year >= today.Year())
    return Invalid("invalid_year", "报告年度无效（应为已结束的年度）", "year must be a past year", "year");
  return year;
}

}  // namespace

// --- §6 annual reports ---

Result<ss::ReportRow> FileAnnualReport(AppContext& ctx, const Actor& a, const std::string& key, const ReportFiling& in) {
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ParseYear(in.year, today));
  SOCORG_TRY(Date filed, DateOr(in.filed_on, today, "filed_on"));
  if (filed.Year() <= in.year)
    return Invalid("invalid_date", "报送日期应在报告年度结束之后", "filed_on must be after the reported year", "filed_on");
  SOCORG_TRY_VOID(Text(in.content, 200'000, "content", false));
  if (json::parse(in.content, nullptr, false).is_discarded())
    return Invalid("invalid_json", "报告内容应为JSON对象", "content must be a JSON object", "content");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOrgOrOfficer(a, org));
  if (org.status != OrgStatus::kActive)
    return Fail(ErrorKind::kRuleViolation, "not_active", "只有正常状态的组织报送年度报告",
                "only active organizations file annual reports", "status");
  ss::ReportRow r;
  r.org_id = org.id.value, r.year = in.year, r.filed_on = filed.ToString(), r.had_activity = in.had_activity;
  r.total_income = in.total_income, r.total_expenditure = in.total_expenditure, r.net_assets = in.net_assets;
  r.content = in.content, r.created_at = ctx.clock.Now();
  auto id = ss::UpsertReportFiling(*conn, r);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kRuleViolation, "already_concluded", "该年度报告已作出年检结论，不能重新报送",
                "the report was already concluded", "year");
  if (!id) return std::unexpected(id.error());
  auto deadline = DeadlinesFor(in.year, ctx.rules).authority;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_filed", filed,
                         std::to_string(in.year) + "年度工作报告" + (filed > deadline ? "（逾期报送）" : ""),
                         Target(org), {{"year", in.year}, {"filed_on", filed.ToString()}, {"late", filed > deadline}}));
  SOCORG_TRY(auto row, ss::GetReport(*conn, org.id.value, in.year));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Status GiveSupervisoryOpinion(AppContext& ctx, const Actor& a, const std::string& key, int year,
                              const std::string& opinion) {
  SOCORG_TRY_VOID(Text(opinion, 4000, "opinion", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  if (a.role != Role::kSupervisoryReviewer)
    return Forbidden("初审意见由业务主管单位出具", "the supervisory unit gives the preliminary opinion");
  if (!IsWithinRegion(org.region_code, a.region_code))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该组织不在您的管辖范围内", "outside your jurisdiction");
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetSupervisoryOpinion(*conn, org.id.value, year, opinion, today.ToString(), ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_opinion", today, opinion, Target(org), {{"year", year}}));
  return tx.Commit();
}

Result<ss::ReportRow> ConcludeAnnualReport(AppContext& ctx, const Actor& a, const std::string& key, int year,
                                           const std::string& conclusion, const std::string& reasons) {
  auto c = ParseReportConclusion(conclusion);
  if (!c || *c == ReportConclusion::kNone)
    return Invalid("invalid_conclusion", "年检结论应为 qualified、basically_qualified 或 unqualified",
                   "conclusion must be qualified, basically_qualified or unqualified", "conclusion");
  SOCORG_TRY_VOID(Text(reasons, 4000, "reasons", *c != ReportConclusion::kQualified));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetConclusion(*conn, org.id.value, year, conclusion, reasons, today.ToString(), ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_concluded", today,
                         std::to_string(year) + "年度年检结论：" + std::string(LabelZh(*c)) + (reasons.empty() ? "" : "；" + reasons),
                         Target(org), {{"year", year}, {"conclusion", conclusion}, {"reasons", reasons}}));
  SOCORG_TRY(auto row, ss::GetReport(*conn, org.id.value, year));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Result<ReportsView> AnnualReportsOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
  ReportsView v;
  SOCORG_TRY(v.reports, ss::ReportsOf(*conn, org.id.value));
  Date today = ctx.clock.Today();
  int last = LastDueYear(today, ctx.rules);
  for (int y = last + 1; y > last - 5; --y) v.states.push_back(ExplainReport(h.facts, y, today, ctx.rules));
  return v;
}

Result<std::vector<CompletionRow>> ReportCompletion(AppContext& ctx, const Actor& a, const std::string& region,
                                                    int year) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  Date cutoff = Date::FromYmd(year, 12, 31).AddMonths(-ctx.rules.annual_report_exempt_months);
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto rows, ss::ReportCompletion(*conn, prefix, year, cutoff.ToString(),
                                             DeadlinesFor(year, ctx.rules).authority.ToString()));
  std::vector<CompletionRow> out;
  for (const auto& r : rows)
    out.push_back({r.key1, ctx.divisions->FullName(r.key1), std::stoll(r.key2), std::stoll(r.key3), r.count});
  return out;
}

Result<std::vector<OrgSummary>> NonFilers(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                          int page, int page_size) {
  SOCORG_TRY_VOID(Paging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  Date cutoff = Date::FromYmd(year, 12, 31).AddMonths(-ctx.rules.annual_report_exempt_months);
  auto conn = ctx.db->Acquire();
  return ss::NonFilers(*conn, prefix, year, cutoff.ToString(), page_size, (page - 1) * page_size);
}

// --- §10 penalties, rectification orders ---

Result<ss::PenaltyRow> RecordPenalty(AppContext& ctx, const Actor& a, const std::string& key, const PenaltyInput& in) {
  SOCORG_TRY_VOID(ValidatePenalty(in, ctx.clock.Today()));
  SOCORG_TRY_VOID(Text(in.reason, 4000, "reason", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  ss::PenaltyRow p{0, org.id.value, in.amount, in.decision_no, std::string(ToString(in.kind)), in.decided_on.ToString(),
                   in.basis, in.reason, a.username, ctx.clock.Now()};
  auto id = ss::InsertPenalty(*conn, p);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kConflict, "duplicate_decision_no", "处罚决定书文号已存在", "decision_no already recorded",
                "decision_no");
  if (!id) return std::unexpected(id.error());
  p.id = *id;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "penalty_decided", in.decided_on,
                         std::string(LabelZh(in.kind)) + " " + in.decision_no, Target(org),
                         {{"penalty_id", p.id}, {"kind", p.kind}, {"amount", p.amount}, {"decision_no", p.decision_no}}));
  SOCORG_TRY_VOID(tx.Commit());
  return p;
}

Result<ss::RectificationRow> OrderRectification(AppContext& ctx, const Actor& a, const std::string& key, Date deadline,
                                                const std::string& content, const std::string& source) {
  SOCORG_TRY_VOID(Text(content, 4000, "content", true));
  Date today = ctx.clock.Today();
  if (deadline <= today) return Invalid("invalid_deadline", "整改期限应晚于今天", "deadline must be after today", "deadline");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  ss::RectificationRow r{0, org.id.value, today.ToString(), deadline.ToString(), std::nullopt, content, source,
                         a.username, ctx.clock.Now()};
  SOCORG_TRY(r.id, ss::InsertRectification(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rectification_ordered", today, content, Target(org),
                         {{"rectification_id", r.id}, {"deadline", r.deadline}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Status CompleteRectificationOrder(AppContext& ctx, const Actor& a, std::int64_t id, std::optional<Date> on) {
  SOCORG_TRY(Date d, DateOr(on, ctx.clock.Today(), "completed_on"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRectification(*conn, id));
  if (!r) return NotFound("rectification order");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY_VOID(ss::CompleteRectification(*conn, id, d.ToString()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rectification_completed", d, "整改完成（经核实）", Target(org),
                         {{"rectification_id", id}}));
  return tx.Commit();
}

// --- §8 credit ---

Result<CreditView> CreditOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  CreditView v;
  SOCORG_TRY(v.org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, v.org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, v.org, h));
  Date today = ctx.clock.Today();
  v.status = StatusOn(h.facts.listings, today);
  v.score = ComputeCreditScore(h.facts, today, ctx.rules);
  SOCORG_TRY(v.listings, ss::ListingsOf(*conn, v.org.id.value));
  SOCORG_TRY(v.requests, ss::CreditRequestsOf(*conn, v.org.id.value));
  SOCORG_TRY(v.penalties, ss::PenaltiesOf(*conn, v.org.id.value));
  SOCORG_TRY(v.rectifications, ss::RectificationsOf(*conn, v.org.id.value));
  return v;
}

Result<ss::ListingRow> EnterListing(AppContext& ctx, const Actor& a, const std::string& key, const std::string& cause,
                                    std::optional<Date> on, const std::string& reason) {
  auto c = ParseCreditCause(cause);
  if (!c || !IsManualCause(*c))
    return Invalid("invalid_cause", "该列入情形不能手工列入（由批处理自动判定）或不存在",
                   "unknown cause, or one the credit job decides automatically", "cause");
  SOCORG_TRY_VOID(Text(reason, 4000, "reason", true));
  SOCORG_TRY(Date d, DateOr(on, ctx.clock.Today(), "entered_on"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY(std::int64_t serial, org_store::NextSerial(*conn, "credit_manual"));
  Finding f{ListOf(*c) == CreditList::kAnomaly ? "CREDIT-ANOMALY-MANUAL" : "CREDIT-SERIOUS-MANUAL", kBasisCredit,
            std::string(LabelZh(ListOf(*c))) + "：" + std::string(LabelZh(*c)),
            {{"list", std::string(ToString(ListOf(*c)))}, {"cause", cause}, {"entered_on", d.ToString()},
             {"officer", a.username}},
            Outcome::kFail, reason, "entered by the registration authority"};
  std::string now = ctx.clock.Now();
  ss::ListingRow r;
  r.org_id = org.id.value, r.list = std::string(ToString(ListOf(*c))), r.cause = cause, r.source_id = serial;
  r.automatic = false, r.entered_on = d.ToString(), r.rule_id = f.rule_id, r.basis = f.basis, r.facts = FactsJson(f);
  r.explanation = reason, r.created_by = a.username, r.created_at = now, r.updated_at = now;
  SOCORG_TRY(r.id, ss::InsertListing(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_listed", d, f.title_zh + "：" + reason, Target(org),
                         {{"listing_id", r.id}, {"cause", cause}}));
  SOCORG_TRY(auto row, ss::GetListing(*conn, r.id));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Result<ss::CreditRequestRow> SubmitCreditRequest(AppContext& ctx, const Actor& a, std::int64_t listing_id,
                                                 const std::string& kind, const std::string& content) {
  if (kind != "rectification" && kind != "repair" && kind != "objection")
    return Invalid("invalid_kind", "申请类型应为 rectification、repair 或 objection",
                   "kind must be rectification, repair or objection", "kind");
  SOCORG_TRY_VOID(Text(content, 4000, "content", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto l, ss::GetListing(*conn, listing_id));
  if (!l) return NotFound("listing");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(l->org_id)));
  SOCORG_TRY_VOID(CheckOrgOrOfficer(a, org));
  if (l->exited_on)
    return Fail(ErrorKind::kRuleViolation, "not_listed", "该条目已移出", "the entry has already left the list", "listing_id");
  if (kind == "repair" && l->list != "serious")
    return Fail(ErrorKind::kRuleViolation, "repair_serious_only", "信用修复申请适用于严重违法失信名单",
                "repair applies to the serious list", "kind");
  if (kind == "rectification" && l->list != "anomaly")
    return Fail(ErrorKind::kRuleViolation, "rectification_anomaly_only", "整改移出申请适用于活动异常名录",
                "rectification exit applies to the anomaly list", "kind");
  Date today = ctx.clock.Today();
  ss::CreditRequestRow r;
  r.org_id = org.id.value, r.listing_id = listing_id, r.kind = kind, r.submitted_on = today.ToString();
  r.content = content, r.created_by = a.username, r.created_at = ctx.clock.Now();
  SOCORG_TRY(r.id, ss::InsertCreditRequest(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_request_submitted", today, kind + "：" + content, Target(org),
                         {{"request_id", r.id}, {"listing_id", listing_id}, {"kind", kind}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<ss::CreditRequestRow> DecideCreditRequest(AppContext& ctx, const Actor& a, std::int64_t id, bool grant,
                                                 const std::string& reason) {
  SOCORG_TRY_VOID(Text(reason, 4000, "reason", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto req, ss::GetCreditRequest(*conn, id));
  if (!req) return NotFound("credit request");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(req->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY(auto listing, ss::GetListing(*conn, req->listing_id));
  Date today = ctx.clock.Today();
  json findings = json::array();
  if (grant && req->kind == "repair") {
    FactsHolder h;
    SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
    const ListingFact* entry = nullptr;
    for (const auto& l : h.listings)
      if (l.id == req->listing_id) entry = &l;
    if (!entry) return NotFound("listing");
    Finding f = CheckRepairEligibility(h.facts, *entry, today, ctx.rules);
    findings.push_back(json::parse(FactsJson(f)));
    if (f.outcome != Outcome::kPass)
      return Fail(ErrorKind::kRuleViolation, "repair_not_eligible", "不符合信用修复条件：" + f.explanation_zh,
                  "not eligible for repair: " + f.explanation_en, "id");
  }
  std::string status = grant ? "granted" : "refused";
  SOCORG_TRY_VOID(ss::DecideCreditRequest(*conn, id, status, today.ToString(), reason, a.username, findings.dump()));
  if (grant && listing && !listing->exited_on) {
    ExitReason why = req->kind == "repair" ? ExitReason::kRepaired
                     : req->kind == "objection" ? ExitReason::kCorrected
                                                : ExitReason::kRectifiedVerified;
    json facts = json::parse(listing->facts, nullptr, false);
    if (facts.is_object()) {
      facts["facts"]["exited_on"] = today.ToString();
      facts["facts"]["exit_reason"] = std::string(ToString(why));
      facts["facts"]["request_id"] = std::to_string(id);
    }
    SOCORG_TRY_VOID(ss::UpdateListingExit(*conn, listing->id, today.ToString(), std::string(ToString(why)),
                                          facts.is_object() ? facts.dump() : listing->facts,
                                          listing->explanation + "；" + today.ToString() + " " +
                                              std::string(LabelZh(why)),
                                          ctx.clock.Now()));
  }
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_request_decided", today, status + "：" + reason, Target(org),
                         {{"request_id", id}, {"status", status}}));
  SOCORG_TRY(auto out, ss::GetCreditRequest(*conn, id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

// --- public portal ---

Result<PublicSummary> GetPublicSummary(AppContext& ctx, const std::string& uscc) {
  auto check = CheckUscc(uscc);
  if (!check.valid()) return Invalid("invalid_uscc", "统一社会信用代码无效", "invalid unified social credit code", "uscc");
  auto conn = ctx.read_db->Acquire();
  SOCORG_TRY(auto org, org_store::GetByUscc(*conn, check.normalized));
  if (!org || !IsPublicStatus(org->status))
    return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, *org, h));
  Date today = ctx.clock.Today();
  PublicSummary s;
  s.uscc = check.normalized, s.name = org->name;
  s.annual_reports_up_to_date = ReportsUpToDate(h.facts, today, ctx.rules);
  s.credit_status = StatusOn(h.facts.listings, today);
  s.credit_score = ComputeCreditScore(h.facts, today, ctx.rules).score;
  if (h.facts.rating && h.facts.rating->valid_until >= today) {
    s.rating = h.facts.rating->grade;
    s.rating_valid_until = h.facts.rating->valid_until.ToString();
  }
  return s;
}

Result<ss::ListingPage> PublicCreditList(AppContext& ctx, const std::string& list, const std::string& region, int page,
                                         int page_size) {
  if (list != "anomaly" && list != "serious")
    return Invalid("invalid_list", "名单应为 anomaly 或 serious", "list must be anomaly or serious", "list");
  SOCORG_TRY_VOID(Paging(page, page_size));
  std::string prefix;
  if (!region.empty()) {
    if (!IsRegionCodeShape(region)) return Invalid("invalid_region", "行政区划代码无效", "invalid region", "region");
    prefix = RegionPrefix(region);
  }
  auto conn = ctx.read_db->Acquire();
  return ss::PublicListings(*conn, list, ctx.clock.Today().ToString(), prefix, page_size, (page - 1) * page_size);
}

// --- §7 ratings ---

Result<std::int64_t> OpenRatingRound(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                     const std::string& name) {
  std::string r = region.empty() ? a.region_code : region;
  SOCORG_TRY_VOID(CheckOfficer(a, r));
  SOCORG_TRY_VOID(Text(name, 200, "name", true));
  Date today = ctx.clock.Today();
  if (year < today.Year() - 1 || year > today.Year() + 1)
    return Invalid("invalid_year", "评估年度无效", "invalid year", "year");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(std::int64_t id, ss::InsertRound(*conn, r, year, name, today.ToString(), a.username, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "rating_round_opened", today, name, "rating_round:" + std::to_string(id),
                         {{"region", r}, {"year", year}, {"name", name}}));
  SOCORG_TRY_VOID(tx.Commit());
  return id;
}

Result<std::vector<Finding>> RatingEligibility(AppContext& ctx, const Actor& a, const std::string& key,
                                               bool under_investigation) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
  return CheckRatingEligibility(h.facts, ctx.clock.Today(), under_investigation, ctx.rules);
}

Result<ss::RatingRow> ScoreRating(AppContext& ctx, const Actor& a, std::int64_t round_id, const std::string& key,
                                  const std::map<std::string, int>& scores, bool under_investigation) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto round, ss::GetRound(*conn, round_id));
  if (!round) return NotFound("rating round");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  if (!IsWithinRegion(org.region_code, round->first))
    return Fail(ErrorKind::kRuleViolation, "outside_round", "该组织不在本轮评估范围内", "the organization is outside the round",
                "org");
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
    return Fail(ErrorKind::kRuleViolation, "not_eligible", "不符合参评条件：" + failed, "not eligible: " + failed, "org");
  SOCORG_TRY(int total, TotalScore(h.facts.type, scores));
  int grade = GradeForScore(total, ctx.rules);
  ss::RatingRow r;
  r.org_id = org.id.value, r.round_id = round_id, r.scores = json(scores).dump(), r.total_score = total;
  r.preliminary_grade = r.grade = grade, r.status = "notice";
  r.notice_until = today.AddDays(ctx.rules.rating_notice_days).ToString();
  r.eligibility = ej.dump(), r.created_by = a.username, r.created_at = r.updated_at = ctx.clock.Now();
  auto id = ss::InsertRating(*conn, r);
  if (!id) return std::unexpected(id.error());
  r.id = *id;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_scored", today,
                         "评估得分 " + std::to_string(total) + "，初评等级 " + std::to_string(grade) + "A，公示至 " +
                             r.notice_until,
                         Target(org), {{"rating_id", r.id}, {"total", total}, {"grade", grade}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<ss::RatingRow> DecideRating(AppContext& ctx, const Actor& a, std::int64_t rating_id) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRating(*conn, rating_id));
  if (!r) return NotFound("rating");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  if (today <= *Date::Parse(r->notice_until))
    return Fail(ErrorKind::kRuleViolation, "notice_period", "公示期未满（至 " + r->notice_until + "）",
                "the public notice period runs until " + r->notice_until, "id");
  std::string valid = today.AddYears(ctx.rules.rating_valid_years).AddDays(-1).ToString();
  SOCORG_TRY_VOID(ss::DecideRating(*conn, rating_id, today.ToString(), valid, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rating_decided", today,
                         "评估等级 " + std::to_string(r->grade) + "A，有效期至 " + valid, Target(org),
                         {{"rating_id", rating_id}, {"grade", r->grade}, {"valid_until", valid}}));
  SOCORG_TRY(auto out, ss::GetRating(*conn, rating_id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<RatingStats> GetRatingStats(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto rows, ss::GradeDistribution(*conn, prefix));
  RatingStats s;
  std::vector<int> grades;
  for (auto [g, n] : rows) {
    s.by_grade[g] = n;
    s.rated += n;
  }
  std::int64_t three = 0;
  for (auto [g, n] : s.by_grade)
    if (g >= 3) three += n;
  s.three_a_plus_permille = s.rated ? static_cast<int>(three * 1000 / s.rated) : 0;
  return s;
}

}  // namespace socorg::supervision
