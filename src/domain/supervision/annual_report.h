// Annual reports and inspection 年度报告 / 年检 (DOMAIN §6). Each registered organization reports on the
// previous year: to its supervisory unit by 31 Mar, to the registration authority by 31 May of the next
// year [config]. Organizations registered less than 6 months [config] before 31 Dec are exempt that year;
// filed community organizations (备案) do not report.
#pragma once

#include <optional>
#include <vector>

#include "domain/finding.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

inline constexpr char kRuleReportDue[] = "AR-DUE";

struct ReportDeadlines {
  Date supervisory;  // to the supervisory unit (preliminary opinion)
  Date authority;    // to the registration authority: the deadline the credit rules use
};
// A foundation's report goes to the registration authority by 31 Mar, reviewed by its supervisory unit
// before (FDN art. 36: both deadlines are that day); other types by 31 Mar to the supervisory unit and
// 31 May to the authority (SG art. 28, PNEU art. 23). [config]
ReportDeadlines DeadlinesFor(int year, OrgType type, const RulesConfig& cfg);

enum class ReportDuty { kNotRequired, kExempt, kRequired };
// kNotRequired: not registered by the end of `year`, a community filing, or ended before the deadline.
// kExempt: registered less than annual_report_exempt_months before 31 Dec of `year`.
ReportDuty DutyFor(const OrgFacts& org, int year, const RulesConfig& cfg);

enum class ReportState { kNotRequired, kExempt, kNotYetDue, kFiledOnTime, kFiledLate, kOverdue };
std::string_view ToString(ReportState s);
// The state of the report on `year` as of `today`. kNotYetDue: unfiled but the deadline has not passed
// (the deadline day itself is still on time). kOverdue: unfiled after the deadline.
ReportState EvaluateReport(const OrgFacts& org, int year, Date today, const RulesConfig& cfg);
Finding ExplainReport(const OrgFacts& org, int year, Date today, const RulesConfig& cfg);

// The most recent year whose authority deadline for `type` is strictly before `today` (the last report that
// can be late).
int LastDueYear(Date today, OrgType type, const RulesConfig& cfg);
// The same for every type at once: the most recent year that is due for all of them (the later, 31 May
// deadline), the default year of the completion and non-filer lists.
int LastDueYear(Date today, const RulesConfig& cfg);

// Consecutive years, counting back from LastDueYear, whose required report is still missing on `today`
// (exempt and not-required years end the run). `since` = the day after the oldest missed deadline.
struct MissingRun {
  int years = 0;
  int first_year = 0;
  std::optional<Date> since;
};
MissingRun ConsecutiveMissingReports(const OrgFacts& org, Date today, const RulesConfig& cfg);

// True when the annual reports of every year due by `today` (within the last `lookback` years) are filed
// on time or late but filed — the portal's "annual_reports_up_to_date".
bool ReportsUpToDate(const OrgFacts& org, Date today, const RulesConfig& cfg, int lookback = 5);

}  // namespace socorg::supervision
