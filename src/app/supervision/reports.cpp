#include "app/supervision/reports.h"

#include "app/supervision/common.h"
#include "app/supervision/facts.h"
#include "app/supervision/dashboard_stats.h"
#include "domain/supervision/annual_report.h"
#include "store/supervision/reports.h"

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

}  // namespace

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
  auto id = ss::UpsertReportFiling(*conn, r);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kRuleViolation, "already_concluded", "该年度报告已作出年检结论，不能重新报送",
                "the report was already concluded", "year");
  if (!id) return std::unexpected(id.error());
  auto deadline = DeadlinesFor(in.year, org.type, ctx.rules).authority;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "annual_report_filed", filed,
                         std::to_string(in.year) + "年度工作报告" + (filed > deadline ? "（逾期报送）" : ""),
                         OrgTarget(org),
                         {{"year", in.year}, {"filed_on", filed.ToString()}, {"late", filed > deadline}}));
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

}  // namespace socorg::supervision
