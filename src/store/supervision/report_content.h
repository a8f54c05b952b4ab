// Typed annual-report content (migration 013: annual_report_content, annual_report_activities,
// annual_report_versions), the officers' query over it, and interview (约谈) records (org_interviews).
// Functions run inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// Replaces the report's typed content and activities and appends a version (1, 2, ...) with
// `content_json`; returns the version number.
struct ContentWrite {
  std::int64_t report_id = 0, org_id = 0;
  int year = 0;
  const supervision::ReportContent* content = nullptr;
  std::optional<std::int64_t> spending_ratio_bp;
  std::string findings_json = "[]", content_json = "{}";
  std::optional<Date> filed_on;
  std::string filed_by, now;
};
Result<int> SaveReportContent(Connection& c, const ContentWrite& w);
// Fills r.typed, r.findings, r.spending_ratio_bp and r.versions from the tables (unchanged when none).
Status LoadReportContent(Connection& c, supervision::ReportRecord& r);

// The stored typed finances of an organization's reports of years [from, to] (prior years for the rules).
struct YearFinances {
  int year = 0;
  std::optional<std::int64_t> total_income, net_assets;  // fen
};
Result<std::vector<YearFinances>> FinancesOf(Connection& c, std::int64_t org_id, int from, int to);

struct ContentVersion {
  int version = 0;
  std::optional<Date> filed_on;
  std::string content, filed_by, created_at;
};
Result<std::vector<ContentVersion>> ContentVersions(Connection& c, std::int64_t report_id);

// The officers' query: reports with typed content, by report id after `after` (keyset).
struct ReportQuery {
  std::string region_prefix;
  std::optional<int> year;
  std::optional<std::string> type;               // org type
  std::optional<std::int64_t> min_income_fen;     // total_income_fen >=
  std::optional<std::int64_t> ratio_below_bp;     // spending_ratio_bp <
  std::optional<bool> findings_failed;            // a spending finding failed
  std::int64_t after = 0;
  int limit = 20;
};
struct ReportQueryRow {
  std::int64_t report_id = 0;
  supervision::OrgLabel org;
  std::string org_type;
  int year = 0;
  std::optional<Date> filed_on;
  std::string conclusion;
  std::optional<std::int64_t> total_income, total_expenditure, charitable_expenditure, management_costs,
      net_assets, spending_ratio_bp;
  std::string findings;
};
Result<std::vector<ReportQueryRow>> QueryReports(Connection& c, const ReportQuery& q);

// --- 约谈 ---
struct InterviewRecord {
  std::int64_t id = 0, org_id = 0;
  Date held_on;
  std::string reason, attendee_roles = "[]", outcome;  // attendee_roles: JSON array of role names
  std::optional<int> report_year;
  std::string recorded_by, created_at;
};
Result<std::int64_t> InsertInterview(Connection& c, const InterviewRecord& r);
// Newest first.
Result<std::vector<InterviewRecord>> InterviewsOf(Connection& c, std::int64_t org_id);

}  // namespace socorg::supervision_store
