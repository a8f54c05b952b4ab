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

namespace socorg::supervision {

struct ReportFiling {
  int year = 0;
  std::optional<Date> filed_on;  // default today
  bool had_activity = true;
  std::int64_t total_income = 0, total_expenditure = 0, net_assets = 0;
  std::string content = "{}";  // finances, activities, governance, branches, party, disclosure (JSON text)
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

}  // namespace socorg::supervision
