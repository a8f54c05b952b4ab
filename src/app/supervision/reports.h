// Annual reports and inspection 年度报告 / 年检 (DOMAIN §6): filing, the supervisory unit's opinion, the
// authority's conclusion, and the completion statistics. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/finding.h"
#include "domain/supervision/records.h"
#include "domain/organization.h"
#include "store/db.h"
#include "store/supervision/report_content.h"

namespace socorg::supervision {

struct ReportFiling {
  int year = 0;
  std::optional<Date> filed_on;  // default today
  bool had_activity = true;
  std::int64_t total_income = 0, total_expenditure = 0, net_assets = 0;
  std::string content = "{}";  // free-form JSON text, kept for old clients
  ReportContent typed;         // #13: the typed content (typed.present when the body carried it)
};
// The organization itself (org account) or an officer over it. A concluded report cannot be refiled.
Result<ReportRecord> FileAnnualReport(AppContext& ctx, const Actor& a, const std::string& key,
                                      const ReportFiling& in);
// Supervisory unit's preliminary opinion (初审).
Status GiveSupervisoryOpinion(AppContext& ctx, const Actor& a, const std::string& key, int year,
                              const std::string& opinion);
// Officer's conclusion 合格 / 基本合格 / 不合格 with reasons (required unless 合格).
Result<ReportRecord> ConcludeAnnualReport(AppContext& ctx, const Actor& a, const std::string& key, int year,
                                          const std::string& conclusion, const std::string& reasons);
struct ReportsView {
  std::vector<ReportRecord> reports;
  std::vector<Finding> states;  // AR-DUE per year, last 5 due years
};
Result<ReportsView> AnnualReportsOf(AppContext& ctx, const Actor& a, const std::string& key);
struct CompletionRow {
  std::string region_code, region_name;
  std::int64_t required = 0, filed = 0, on_time = 0;
};
struct CompletionView {
  std::vector<CompletionRow> rows;  // by region code
  std::string computed_at;          // when the in-memory statistics were read (dashboard_stats.h)
};
// From the in-memory statistics (app/supervision/dashboard_stats.h), the same figures as the SQL of
// supervision_store::ReportCompletion.
Result<CompletionView> ReportCompletion(AppContext& ctx, const Actor& a, const std::string& region, int year);
// Organizations that have not filed the year's report (for 约谈), by id.
Result<std::vector<OrgSummary>> NonFilers(AppContext& ctx, const Actor& a, const std::string& region,
                                          int year, int page, int page_size);

// --- #13 typed content: the officers' query, the spending findings others read, interviews (约谈) ---
struct ReportQueryInput {
  std::string region;  // "" = the actor's own
  std::optional<int> year;
  std::optional<std::string> type;
  std::optional<std::int64_t> min_income_fen, ratio_below_bp;
  std::optional<bool> findings_failed;
  std::int64_t after = 0;  // the last report_id of the previous page
  int page_size = 20;
};
struct ReportQueryPage {
  std::vector<supervision_store::ReportQueryRow> items;
  std::optional<std::int64_t> next_after;  // nullopt on the last page
};
// Officers and auditors, within their jurisdiction.
Result<ReportQueryPage> QueryAnnualReports(AppContext& ctx, const Actor& a, const ReportQueryInput& in);

// The foundation spending findings (AR-FDN-*) of an organization's report on `year`, recomputed from the
// stored typed content and the prior years' reports: the reader credit, ratings and charity checks call
// (empty when the report has no typed finances or the organization is not a foundation).
Result<std::vector<Finding>> ReportSpendingFindings(Connection& c, std::int64_t org_id, OrgType type, int year);

struct InterviewInput {
  std::optional<Date> held_on;  // default today
  std::string reason, outcome;
  std::vector<std::string> attendee_roles;  // roles, never names
  std::optional<int> report_year;
};
// An officer over the organization records an interview (约谈); audited and an event on the organization.
Result<supervision_store::InterviewRecord> RecordInterview(AppContext& ctx, const Actor& a, const std::string& key,
                                                           const InterviewInput& in);
// Anyone who can read the organization's supervision records.
Result<std::vector<supervision_store::InterviewRecord>> InterviewsOfOrg(AppContext& ctx, const Actor& a,
                                                                        const std::string& key);

}  // namespace socorg::supervision
