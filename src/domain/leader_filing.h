// 一前一备、变更必备 (DOMAIN §5): a leader candidate is reviewed before the election (pre-review, with the
// outcome of the joint review), filed after it (election filing), and every change within the term is filed
// (change filing). Plain records and the rule that checks a filing against its pre-review.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/finding.h"
#include "domain/organization.h"
#include "domain/person.h"

namespace socorg {

enum class LeaderReviewKind { kPreReview, kElection, kChange };
std::string_view ToString(LeaderReviewKind k);
std::string_view LabelZh(LeaderReviewKind k);
std::optional<LeaderReviewKind> ParseLeaderReviewKind(std::string_view s);

struct LeaderReviewRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string region_code;
  LeaderReviewKind kind = LeaderReviewKind::kPreReview;
  std::string name, id_number;  // id_number normalised; never public
  std::vector<PersonRole> roles;
  std::string term_start;
  Outcome outcome = Outcome::kNeedsReview;
  std::optional<std::int64_t> pre_review_id;  // filings: the pre-review they follow
  std::string on_date, created_by, created_at;
};

// The findings taken together: fail when any failed, else needs review when any does, else pass.
Outcome Overall(const std::vector<Finding>& fs);

// LEADER-PRE-REVIEW, for an election filing of a 负责人 (IsLeadingRole): pass when a pre-review of the same
// person dated on or before the term start (reviewed *before* the election) exists and did not fail; fail when
// there is none, when the latest was after the term start, or when it failed. `pre` is the person's latest
// pre-review in the organization, if any.
Finding CheckPreReview(const std::optional<LeaderReviewRecord>& pre, Date term_start);

}  // namespace socorg
