// Zombie organizations 僵尸型社会组织 (DOMAIN §11) and overdue term elections 逾期未换届 (§4): the flags the
// batch jobs raise (jobs.h), the officers' handling of them, and an organization's automated decisions.
// Access as in use_cases.h.
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

// kind: zombie | overdue_election | revocation_candidate; active flags in the region, longest-standing first.
Result<Page<FlagRecord>> ListFlags(AppContext& ctx, const Actor& a, const std::string& kind,
                                   const std::string& region, int page, int page_size);
// handling: guide_deregistration | penalise | revoke; outcome: '' | deregistered | penalised | revoked |
// resumed.
Status HandleFlag(AppContext& ctx, const Actor& a, std::int64_t id, const std::string& handling,
                  const std::string& outcome);
// Every automated decision about the organization: its flags, rating changes and ratings.
struct AutomatedDecisions {
  std::vector<FlagRecord> flags;
  std::vector<RatingChangeRecord> rating_changes;
  std::vector<RatingRecord> ratings;
};
Result<AutomatedDecisions> SupervisionOf(AppContext& ctx, const Actor& a, const std::string& key);
struct FlagOutcomesView {
  std::vector<FlagOutcomeCount> items;  // by kind, handling, outcome
  std::string computed_at;              // when the in-memory statistics were read (dashboard_stats.h)
};
// From the in-memory statistics (app/supervision/dashboard_stats.h), as supervision_store::FlagOutcomes.
Result<FlagOutcomesView> FlagOutcomeStats(AppContext& ctx, const Actor& a, const std::string& region);

}  // namespace socorg::supervision
