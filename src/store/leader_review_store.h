// 一前一备 records (DOMAIN §5): pre-reviews and filings of responsible persons (table leader_reviews, 009).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/leader_filing.h"
#include "store/db.h"

namespace socorg::leader_review_store {

Result<std::int64_t> Insert(Connection& c, const LeaderReviewRecord& r);
// The organization's records, oldest first.
Result<std::vector<LeaderReviewRecord>> OfOrg(Connection& c, OrgId org);
// The latest pre-review of the ID number in the organization, if any.
Result<std::optional<LeaderReviewRecord>> LatestPreReview(Connection& c, OrgId org, const std::string& id_number);

// Counts of records dated within [from, to] of organizations whose region code starts with `prefix`, per
// region code, kind and outcome; `without_pre_review` counts the filings that follow no pre-review.
struct CountRow {
  std::string region_code;
  LeaderReviewKind kind = LeaderReviewKind::kPreReview;
  Outcome outcome = Outcome::kPass;
  bool without_pre_review = false;
  std::int64_t n = 0;
};
Result<std::vector<CountRow>> Counts(Connection& c, const std::string& prefix, const std::string& from,
                                     const std::string& to);

}  // namespace socorg::leader_review_store
