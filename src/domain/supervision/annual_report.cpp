#include "domain/supervision/annual_report.h"

#include <algorithm>

namespace socorg::supervision {

ReportDeadlines DeadlinesFor(int year, OrgType type, const RulesConfig& cfg) {
  if (type == OrgType::kFoundation) {
    Date d = Date::FromYmd(year + 1, cfg.annual_report_foundation_month, cfg.annual_report_foundation_day);
    return {d, d};
  }
  return {Date::FromYmd(year + 1, cfg.annual_report_supervisory_month, cfg.annual_report_supervisory_day),
          Date::FromYmd(year + 1, cfg.annual_report_authority_month, cfg.annual_report_authority_day)};
}

ReportDuty DutyFor(const OrgFacts& org, int year, const RulesConfig& cfg) {
  if (org.type == OrgType::kCommunity || !org.registered_on) return ReportDuty::kNotRequired;
  Date year_end = Date::FromYmd(year, 12, 31);
  if (*org.registered_on > year_end) return ReportDuty::kNotRequired;
  // An organization that ended before the deadline has nobody left to report; one that ended during the
  // reporting window still owes the report.
  if (org.ended_on && *org.ended_on <= DeadlinesFor(year, org.type, cfg).authority) return ReportDuty::kNotRequired;
  // "less than 6 months before 31 Dec": registered on 30 Jun is exactly 6 months before, so it reports.
  if (*org.registered_on > year_end.AddMonths(-cfg.annual_report_exempt_months)) return ReportDuty::kExempt;
  return ReportDuty::kRequired;
}

std::string_view ToString(ReportState s) {
  switch (s) {
    case ReportState::kNotRequired: return "not_required";
    case ReportState::kExempt: return "exempt";
    case ReportState::kNotYetDue: return "not_yet_due";
    case ReportState::kFiledOnTime: return "filed_on_time";
    case ReportState::kFiledLate: return "filed_late";
    case ReportState::kOverdue: return "overdue";
  }
  return "";
}

ReportState EvaluateReport(const OrgFacts& org, int year, Date today, const RulesConfig& cfg) {
  switch (DutyFor(org, year, cfg)) {
    case ReportDuty::kNotRequired: return ReportState::kNotRequired;
    case ReportDuty::kExempt: return ReportState::kExempt;
    case ReportDuty::kRequired: break;
  }
  Date deadline = DeadlinesFor(year, org.type, cfg).authority;
  const ReportFact* r = org.ReportFor(year);
  if (r && r->filed_on && *r->filed_on <= today)
    return *r->filed_on <= deadline ? ReportState::kFiledOnTime : ReportState::kFiledLate;
  return today <= deadline ? ReportState::kNotYetDue : ReportState::kOverdue;
}

Finding ExplainReport(const OrgFacts& org, int year, Date today, const RulesConfig& cfg) {
  ReportState s = EvaluateReport(org, year, today, cfg);
  auto d = DeadlinesFor(year, org.type, cfg);
  Finding f{kRuleReportDue, BasisText(kRuleReportDue), std::to_string(year) + "年度工作报告报送", {}, Outcome::kPass, "", ""};
  f.facts = {{"year", std::to_string(year)},
             {"supervisory_deadline", d.supervisory.ToString()},
             {"authority_deadline", d.authority.ToString()},
             {"registered_on", org.registered_on ? org.registered_on->ToString() : ""},
             {"as_of", today.ToString()},
             {"state", std::string(ToString(s))}};
  if (const ReportFact* r = org.ReportFor(year); r && r->filed_on) f.facts.push_back({"filed_on", r->filed_on->ToString()});
  switch (s) {
    case ReportState::kNotRequired:
      f.explanation_zh = "该年度无需报送（未登记、社区备案或已终止）";
      f.explanation_en = "no report due for this year";
      break;
    case ReportState::kExempt:
      f.explanation_zh = "登记不满" + std::to_string(cfg.annual_report_exempt_months) + "个月，当年免于报送";
      f.explanation_en = "registered less than the exemption period before year end";
      break;
    case ReportState::kNotYetDue:
      f.outcome = Outcome::kNeedsReview;
      f.explanation_zh = "尚未报送，截止日期未到";
      f.explanation_en = "not filed yet; the deadline has not passed";
      break;
    case ReportState::kFiledOnTime:
      f.explanation_zh = "已按时报送";
      f.explanation_en = "filed on time";
      break;
    case ReportState::kFiledLate:
      f.outcome = Outcome::kFail;
      f.explanation_zh = "逾期报送（截止 " + d.authority.ToString() + "）";
      f.explanation_en = "filed after the deadline " + d.authority.ToString();
      break;
    case ReportState::kOverdue:
      f.outcome = Outcome::kFail;
      f.explanation_zh = "截止 " + d.authority.ToString() + " 仍未报送";
      f.explanation_en = "not filed by the deadline " + d.authority.ToString();
      break;
  }
  return f;
}

int LastDueYear(Date today, OrgType type, const RulesConfig& cfg) {
  int y = today.Year() - 1;
  return today > DeadlinesFor(y, type, cfg).authority ? y : y - 1;
}

int LastDueYear(Date today, const RulesConfig& cfg) {
  return std::min(LastDueYear(today, OrgType::kSocialGroup, cfg), LastDueYear(today, OrgType::kFoundation, cfg));
}

MissingRun ConsecutiveMissingReports(const OrgFacts& org, Date today, const RulesConfig& cfg) {
  MissingRun run;
  for (int y = LastDueYear(today, org.type, cfg);; --y) {
    if (EvaluateReport(org, y, today, cfg) != ReportState::kOverdue) break;
    ++run.years;
    run.first_year = y;
    run.since = DeadlinesFor(y, org.type, cfg).authority.AddDays(1);
  }
  return run;
}

bool ReportsUpToDate(const OrgFacts& org, Date today, const RulesConfig& cfg, int lookback) {
  int last = LastDueYear(today, org.type, cfg);
  for (int y = last; y > last - lookback; --y)
    if (EvaluateReport(org, y, today, cfg) == ReportState::kOverdue) return false;
  return true;
}

}  // namespace socorg::supervision
