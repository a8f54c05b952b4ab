// Annual reports (DOMAIN §6; migration 003 table annual_reports) and the report statistics. Functions run
// inside the caller's transaction when there is one.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"
#include "store/records.h"

namespace socorg::supervision_store {

// Inserts the filing, or refiles (replacing the figures and content) while the report has no conclusion;
// kConflict "not_inserted" once it has one. Returns the report's id.
Result<std::int64_t> UpsertReportFiling(Connection& c, const supervision::ReportRecord& r);
// kNotFound "report_not_found" when the organization has no report for the year.
Status SetSupervisoryOpinion(Connection& c, std::int64_t org_id, int year, const std::string& opinion,
                             Date on, const std::string& now);
// kRuleViolation "report_not_filed" when the report does not exist or was not filed.
Status SetConclusion(Connection& c, std::int64_t org_id, int year, supervision::ReportConclusion conclusion,
                     const std::string& reasons, Date on, const std::string& now);
// By year.
Result<std::vector<supervision::ReportRecord>> ReportsOf(Connection& c, std::int64_t org_id);
Result<std::optional<supervision::ReportRecord>> GetReport(Connection& c, std::int64_t org_id, int year);

// Per region of the prefix: organizations required to report on `year` (registered by `registered_by`, the
// exemption cut-off, and active at the deadline), those that filed, and those that filed by the deadline —
// `foundation_deadline` for foundations, `deadline` for the other types (DeadlinesFor).
Result<std::vector<supervision::ReportCompletionCount>> ReportCompletion(Connection& c,
                                                                         const std::string& region_prefix,
                                                                         int year, Date registered_by,
                                                                         Date deadline, Date foundation_deadline);
// The compact facts of the in-memory report statistics (app/supervision/report_stats.h), in pages of
// `page` rows by id (keyset, no OFFSET). The views point into the result row: valid during the call only.
struct ReportOrgFact {
  std::int64_t id = 0;
  std::string_view region_code;
  bool community = false, foundation = false, active = false;  // type = 'community' / 'foundation', status = 'active'
  std::optional<std::string_view> registered_on, ended_on;  // nullopt = NULL
};
Status ForEachReportOrgFact(Connection& c, int page, const std::function<void(const ReportOrgFact&)>& fn);
// Reports with a filing date (count(r.filed_on) of ReportCompletion ignores the others).
struct FiledReportFact {
  std::int64_t org_id = 0;
  int year = 0;
  std::string_view filed_on;
};
Status ForEachFiledReport(Connection& c, int page, const std::function<void(const FiledReportFact&)>& fn);
// Active organizations in the prefix registered by `registered_by` without a filed report for the year, by
// id.
Result<std::vector<OrgSummary>> NonFilers(Connection& c, const std::string& region_prefix, int year,
                                          Date registered_by, int limit, int offset);

}  // namespace socorg::supervision_store
