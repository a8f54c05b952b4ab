// Across the sections: the public supervision summary of an organization, the dashboard's supervision
// figures (DOMAIN §20), and the batch jobs run from the API. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/supervision/jobs.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

struct PublicSummary {
  std::string uscc, name;
  bool annual_reports_up_to_date = true;
  CreditStatus credit_status = CreditStatus::kGood;
  std::optional<int> rating;
  std::optional<Date> rating_valid_until;
  int credit_score = 100;
  // RATING-CERTIFICATE: the certificate of the current grade (3A and above, not cancelled, not expired).
  std::string certificate_no;
  std::optional<Date> certificate_issued_on;
  // RATING-CANCEL-FRAUD: the latest cancellation (announced publicly), if any.
  std::optional<Date> rating_cancelled_on;
  std::string rating_cancel_ground;
};
// Public (registered, deregistered or revoked organizations); read from the replica.
Result<PublicSummary> GetPublicSummary(AppContext& ctx, const std::string& uscc);

// Officers and auditors: the figures for the region between from and to (YYYY-MM-DD, kInvalid otherwise),
// as supervision_store::SupervisionCounts describes them: penalties and credit lists from the in-memory
// statistics (app/supervision/dashboard_stats.h, read from the primary), plans, inspections and cases from
// the replica.
struct OverviewView {
  OverviewCounts counts;
  std::string computed_at;  // when the in-memory statistics were read
};
Result<OverviewView> SupervisionOverview(AppContext& ctx, const Actor& a, const std::string& region,
                                         const std::string& from, const std::string& to);

// Ministry and province officers run the jobs ("credit" | ... | "all", as ParseJobs) as of a date.
Result<JobsResult> RunJobsAs(AppContext& ctx, const Actor& a, Date as_of, const std::string& jobs);
// Officers and auditors: the latest runs, newest first.
Result<std::vector<JobRunRecord>> RecentJobs(AppContext& ctx, const Actor& a, int limit);

}  // namespace socorg::supervision
