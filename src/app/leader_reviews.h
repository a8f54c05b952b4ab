// 一前一备、变更必备 (DOMAIN §5): the pre-review of a leader candidate before the election, and the counts of
// pre-reviews, filings and changes per region and period. The filing itself is AddPerson (app/registry.h):
// each call records an election or a change filing, with LEADER-PRE-REVIEW for an election filing of a 负责人.
#pragma once

#include <string>
#include <vector>

#include "app/registry.h"
#include "domain/leader_filing.h"

namespace socorg {

struct LeaderPreReview {
  LeaderReviewRecord record;  // id_number masked
  std::vector<Finding> findings;
};
// Reviews a candidate before the election (the same checks as AddPerson, for the term starting on
// `term_start`, default today) and records the pre-review with its outcome and Findings. Phone and address are
// not read. The actor needs the change permission on the organization.
Result<LeaderPreReview> PreReviewLeader(AppContext& ctx, const Actor& actor, const std::string& key,
                                        const PersonInput& in);

struct ReviewFilingCounts {
  std::int64_t pre_reviews = 0, pre_reviews_failed = 0;
  std::int64_t filings = 0, filed_without_pre_review = 0;  // election filings
  std::int64_t changes = 0;                                // change filings
};
struct LeaderReviewCountsView {
  std::string region_code, region_name, from, to;
  ReviewFilingCounts total;
  struct Region {
    std::string region_code, region_name;
    ReviewFilingCounts counts;
  };
  std::vector<Region> by_region;  // each organization's registering region with any record, by code
};
// Records dated from..to (inclusive, YYYY-MM-DD) of organizations within `region` (default the actor's; it
// must be within the actor's jurisdiction). Officers and auditors.
Result<LeaderReviewCountsView> LeaderReviewCounts(AppContext& ctx, const Actor& actor, const std::string& region,
                                                  const std::string& from, const std::string& to);

}  // namespace socorg
