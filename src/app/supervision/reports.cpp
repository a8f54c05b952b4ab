#include "app/supervision/reports.h"

#include "app/supervision/common.h"
#include "app/supervision/facts.h"
#include "app/supervision/dashboard_stats.h"
#include "domain/supervision/annual_report.h"
#include "store/supervision/reports.h"
#include "app/supervision/report_content_json.h"
#include "domain/supervision/report_content.h"
#include "store/supervision/report_content.h"

namespace socorg::supervision {
namespace {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

Result<int> ParseYear(int year, Date today) {
  if (year < 1990 || year >= today.Year())
    return Invalid("invalid_year", "报告年度无效（应为已结束的年度）", "year must be a past year", "year");
  return year;
}

// Organizations registered after this day of the report year are exempt from reporting on it.
Date ExemptionCutoff(int year, const RulesConfig& cfg) {
  return Date::FromYmd(year, 12, 31).AddMonths(-cfg.annual_report_exempt_months);
}

PriorYears PriorOf(const std::vector<ss::YearFinances>& rows, int year) {
  PriorYears p;
  for (const auto& r : rows) {
    if (r.year == year - 1) p.income_1 = r.total_income, p.net_assets_1 = r.net_assets;
    if (r.year == year - 2) p.income_2 = r.total_income;
    if (r.year == year - 3) p.income_3 = r.total_income;
  }
  return p;
}

// Whole yuan (rounded toward zero) of a fen amount, for the legacy yuan columns.
std::int64_t Yuan(std::int64_t fen) { return fen / 100; }

const char* const kInterviewRoles[] = {"legal_representative", "chair", "vice_chair", "secretary_general",
                                       "director", "supervisor", "finance_officer", "party_secretary",
                                       "staff", "supervisory_unit", "other"};

}  // namespace

Result<std::vector<Finding>> ReportSpendingFindings(Connection& c, std::int64_t org_id, OrgType type, int year) {
  SOCORG_TRY(auto row, ss::GetReport(c, org_id, year));
  if (!row || !row->typed) return std::vector<Finding>{};
  SOCORG_TRY(auto prior, ss::FinancesOf(c, org_id, year - 3, year - 1));
  return SpendingFindings(type, *row->typed, PriorOf(prior, year));
}

Result<ReportRecord> FileAnnualReport(AppContext& ctx, const Actor& a, const std::string& key,
                                      const ReportFiling& in) {
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ParseYear(in.year, today));
  SOCORG_TRY(Date filed, DateOr(in.filed_on, today, "filed_on"));
  if (filed.Year() <= in.year)
    return Invalid("invalid_date", "报送日期应在报告年度结束之后", "filed_on must be after the reported year",
                   "filed_on");
  SOCORG_TRY_VOID(CheckText(in.content, 200'000, "content", false));
  if (json::parse(in.content, nullptr, false).is_discarded())
    return Invalid("invalid_json", "报告内容应为JSON对象", "content must be a JSON object", "content");
  if (in.typed.present) {
    SOCORG_TRY_VOID(ValidateReportContent(in.typed, in.year));
    SOCORG_TRY_VOID(CheckText(in.typed.disclosure_where, 200, "disclosure.where", false));
    for (size_t i = 0; i < in.typed.activities.size(); ++i)
      SOCORG_TRY_VOID(CheckText(in.typed.activities[i].name, 200,
                                ("activities.items[" + std::to_string(i) + "].name").c_str(), true));
  }
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOrgOrOfficer(a, org));
  if (org.status != OrgStatus::kActive)
    return Fail(ErrorKind::kRuleViolation, "not_active", "只有正常状态的组织报送年度报告",
                "only active organizations file annual reports", "status");
  ReportRecord r;
  r.org_id = org.id.value, r.year = in.year, r.filed_on = filed, r.had_activity = in.had_activity;
  r.total_income = in.total_income, r.total_expenditure = in.total_expenditure, r.net_assets = in.net_assets;
  r.content = in.content, r.created_at = ctx.clock.Now();
  if (in.typed.present) {
    // The typed figures (fen) are authoritative: the legacy yuan columns follow them where given.
    const auto& f = in.typed.finances;
    if (f.total_income) r.total_income = Yuan(*f.total_income);
    if (f.total_expenditure) r.total_expenditure = Yuan(*f.total_expenditure);
    if (f.net_assets) r.net_assets = Yuan(*f.net_assets);
  }
  auto id = ss::UpsertReportFiling(*conn, r);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kRuleViolation, "already_concluded", "该年度报告已作出年检结论，不能重新报送",
                "the report was already concluded", "year");
  if (!id) return std::unexpected(id.error());
  int version = 0;
  std::vector<Finding> findings;
  if (in.typed.present) {
    SOCORG_TRY(auto prior, ss::FinancesOf(*conn, org.id.value, in.year - 3, in.year - 1));
    PriorYears p = PriorOf(prior, in.year);
    findings = SpendingFindings(org.type, in.typed, p);
    ss::ContentWrite w;
    w.report_id = *id, w.org_id = org.id.value, w.year = in.year, w.content = &in.typed;
    w.spending_ratio_bp = SpendingRatioBp(org.type, in.typed, p);
    w.findings_json = StoredFindingsJson(findings).dump();
    w.content_json = ReportContentJson(in.typed).dump();
    w.filed_on = filed, w.filed_by = a.username, w.now = ctx.clock.Now();
    SOCORG_TRY(version, ss::SaveReportContent(*conn, w));
  }
  auto deadline = DeadlinesFor(in.year, org.type, ctx.rules).authority;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_filed", filed,
                         std::to_string(in.year) + "年度工作报告" + (filed > deadline ? "（逾期报送）" : ""),
                         OrgTarget(org),
                         {{"year", in.year},
                          {"filed_on", filed.ToString()},
                          {"late", filed > deadline},
                          {"typed_version", version},
                          {"findings_failed", AnyFailed(findings)}}));
  SOCORG_TRY(auto row, ss::GetReport(*conn, org.id.value, in.year));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Status GiveSupervisoryOpinion(AppContext& ctx, const Actor& a, const std::string& key, int year,
                              const std::string& opinion) {
  SOCORG_TRY_VOID(CheckText(opinion, 4000, "opinion", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  if (a.role != Role::kSupervisoryReviewer)
    return Fail(ErrorKind::kForbidden, "supervisory_unit_only",
                "年度报告初审意见只能由业务主管单位账号出具，登记管理机关不能代为出具",
                "the annual report's preliminary opinion is the supervisory unit's act: only a supervisory "
                "reviewer account may give it");
  if (!IsWithinRegion(org.region_code, a.region_code))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该组织不在您的管辖范围内",
                "outside your jurisdiction");
  SOCORG_TRY_VOID(CheckSupervisoryUnit(a, org.supervisory_unit));
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetSupervisoryOpinion(*conn, org.id.value, year, opinion, today, ctx.clock.Now()));
  SOCORG_TRY_VOID(
      Record(ctx, *conn, a, &org, "annual_report_opinion", today, opinion, OrgTarget(org), {{"year", year}}));
  return tx.Commit();
}

Result<ReportRecord> ConcludeAnnualReport(AppContext& ctx, const Actor& a, const std::string& key, int year,
                                          const std::string& conclusion, const std::string& reasons) {
  auto c = ParseReportConclusion(conclusion);
  if (!c || *c == ReportConclusion::kNone)
    return Invalid("invalid_conclusion", "年检结论应为 qualified、basically_qualified 或 unqualified",
                   "conclusion must be qualified, basically_qualified or unqualified", "conclusion");
  SOCORG_TRY_VOID(CheckText(reasons, 4000, "reasons", *c != ReportConclusion::kQualified));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  // AR-OPINION-REQUIRED: a report goes to the authority after its supervisory unit's review (SG art. 28,
  // PNEU art. 23, FDN art. 36); organizations registered directly have no supervisory unit.
  if (!org.supervisory_unit.empty()) {
    SOCORG_TRY(auto existing, ss::GetReport(*conn, org.id.value, year));
    if (existing && existing->filed_on && existing->supervisory_opinion.empty())
      return Fail(ErrorKind::kRuleViolation, "opinion_required",
                  "该组织有业务主管单位，须先由业务主管单位出具初审意见，才能作出年检结论（" +
                      BasisText("AR-OPINION-REQUIRED") + "）",
                  "the supervisory unit's opinion is required before the conclusion", "supervisory_opinion");
  }
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetConclusion(*conn, org.id.value, year, *c, reasons, today, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_concluded", today,
                         std::to_string(year) + "年度年检结论：" + std::string(LabelZh(*c)) +
                             (reasons.empty() ? "" : "；" + reasons),
                         OrgTarget(org), {{"year", year}, {"conclusion", conclusion}, {"reasons", reasons}}));
  SOCORG_TRY(auto row, ss::GetReport(*conn, org.id.value, year));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Result<ReportsView> AnnualReportsOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
  ReportsView v;
  SOCORG_TRY(v.reports, ss::ReportsOf(*conn, org.id.value));
  Date today = ctx.clock.Today();
  int last = LastDueYear(today, org.type, ctx.rules);
  for (int y = last + 1; y > last - 5; --y) v.states.push_back(ExplainReport(h.facts, y, today, ctx.rules));
  return v;
}

Result<CompletionView> ReportCompletion(AppContext& ctx, const Actor& a, const std::string& region, int year) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  SOCORG_TRY(auto stats, DashboardStatsOf(ctx));
  CompletionView out;
  out.computed_at = stats->computed_at;
  for (const auto& r :
       stats->Completion(prefix, year, ExemptionCutoff(year, ctx.rules),
                         DeadlinesFor(year, OrgType::kSocialGroup, ctx.rules).authority,
                         DeadlinesFor(year, OrgType::kFoundation, ctx.rules).authority))
    out.rows.push_back({r.region_code, ctx.divisions->FullName(r.region_code), r.required, r.filed, r.on_time});
  return out;
}

Result<std::vector<OrgSummary>> NonFilers(AppContext& ctx, const Actor& a, const std::string& region,
                                          int year, int page, int page_size) {
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::NonFilers(*conn, prefix, year, ExemptionCutoff(year, ctx.rules), page_size,
                       (page - 1) * page_size);
}

Result<ReportQueryPage> QueryAnnualReports(AppContext& ctx, const Actor& a, const ReportQueryInput& in) {
  SOCORG_TRY_VOID(CanReadLists(a));
  if (in.page_size < 1 || in.page_size > 200)
    return Invalid("invalid_page_size", "每页条数应在1到200之间", "page_size must be 1-200", "page_size");
  if (in.type && !ParseOrgType(*in.type))
    return Invalid("invalid_enum", "组织类型无效", "unknown organization type", "type");
  SOCORG_TRY(std::string prefix, RegionScope(a, in.region));
  ss::ReportQuery q;
  q.region_prefix = prefix, q.year = in.year, q.type = in.type, q.min_income_fen = in.min_income_fen;
  q.ratio_below_bp = in.ratio_below_bp, q.findings_failed = in.findings_failed, q.after = in.after;
  q.limit = in.page_size + 1;
  auto conn = ctx.db->Acquire();
  ReportQueryPage out;
  SOCORG_TRY(out.items, ss::QueryReports(*conn, q));
  if (static_cast<int>(out.items.size()) > in.page_size) {
    out.items.resize(in.page_size);
    out.next_after = out.items.back().report_id;
  }
  return out;
}

Result<ss::InterviewRecord> RecordInterview(AppContext& ctx, const Actor& a, const std::string& key,
                                            const InterviewInput& in) {
  Date today = ctx.clock.Today();
  SOCORG_TRY(Date held, DateOr(in.held_on, today, "held_on"));
  SOCORG_TRY_VOID(CheckText(in.reason, 2000, "reason", true));
  SOCORG_TRY_VOID(CheckText(in.outcome, 4000, "outcome", true));
  if (in.attendee_roles.empty() || in.attendee_roles.size() > 20)
    return Invalid("required", "应填写参加约谈人员的职务（1至20项）", "attendee_roles: 1 to 20 roles",
                   "attendee_roles");
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& r : in.attendee_roles) {
    bool known = false;
    for (const char* k : kInterviewRoles) known = known || r == k;
    if (!known)
      return Invalid("invalid_enum", "参加人员职务无效：" + r, "unknown attendee role: " + r, "attendee_roles");
    roles.push_back(r);
  }
  if (in.report_year && (*in.report_year < 1990 || *in.report_year >= today.Year()))
    return Invalid("invalid_year", "报告年度无效", "report_year must be a past year", "report_year");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  ss::InterviewRecord r;
  r.org_id = org.id.value, r.held_on = held, r.reason = in.reason, r.attendee_roles = roles.dump();
  r.outcome = in.outcome, r.report_year = in.report_year, r.recorded_by = a.username, r.created_at = ctx.clock.Now();
  SOCORG_TRY(r.id, ss::InsertInterview(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "org_interviewed", held, "约谈：" + in.reason, OrgTarget(org),
                         {{"interview_id", r.id}, {"held_on", held.ToString()}, {"attendee_roles", roles},
                          {"report_year", in.report_year ? nlohmann::json(*in.report_year) : nlohmann::json()}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<std::vector<ss::InterviewRecord>> InterviewsOfOrg(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  return ss::InterviewsOf(*conn, org.id.value);
}

}  // namespace socorg::supervision
