// Rating evaluation 等级评估 (DOMAIN §7; 社会组织评估管理办法, 民政部令第39号). Grades 1A-5A valid 5 years
// [config]; a score out of 1000 by indicator groups gives the grade by configurable thresholds.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/finding.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

inline constexpr int kMaxRatingScore = 1000;

// Indicator groups and their maximum points by organization type [config-able; defaults here].
struct IndicatorGroup {
  std::string key, label_zh;
  int max_points = 0;
};
std::vector<IndicatorGroup> IndicatorSet(OrgType type);

// Validates group scores against the type's indicator set (every group present, 0..max) and returns the
// total; kInvalid naming the group otherwise.
Result<int> TotalScore(OrgType type, const std::map<std::string, int>& scores);

// 5A ≥ 900, 4A ≥ 800, 3A ≥ 700, 2A ≥ 600, else 1A [config].
int GradeForScore(int score, const RulesConfig& cfg);

// Eligibility on `on` (the round's date): one Finding per condition, each pass/fail with its facts.
//   RATING-ELIG-AGE       registered ≥ 2 full years [config]
//   RATING-ELIG-VALID     never rated, or the previous grade has expired
//   RATING-ELIG-REPORT    took part in last year's inspection, not 不合格, not 基本合格 two years running
//   RATING-ELIG-PENALTY   no administrative penalty decided from 1 Jan of last year up to `on`
//   RATING-ELIG-CREDIT    not on a credit list
//   RATING-ELIG-CASE      not under investigation (a fact the officer supplies)
//   RATING-ELIG-CANCELLED not within rating_cancel_reapply_years of a cancellation for fraud (rating_notice.h)
std::vector<Finding> CheckRatingEligibility(const OrgFacts& org, Date on, bool under_investigation,
                                            const RulesConfig& cfg);

// What the ratings job does to a current rating on `today`.
enum class RatingChangeKind : std::uint8_t { kExpired, kDowngradeUnqualified, kDowngradeTwiceBasic, kDowngradePenalty };
std::string_view ToString(RatingChangeKind k);
std::optional<RatingChangeKind> ParseRatingChangeKind(std::string_view s);
struct RatingChange {
  RatingChangeKind kind;
  std::int64_t trigger_id = 0;  // report year or penalty id: with the kind, the change's stable key
  Date on;
  int from_grade = 0, to_grade = 0;
};
// Expiry when valid_until < today; one-level downgrades for an 不合格 conclusion, two consecutive 基本合格,
// or an administrative penalty decided after the rating decision. Changes already recorded (by key) are
// passed in `recorded` and not produced again; the grade never drops below 1A.
std::vector<RatingChange> EvaluateRatingChanges(const OrgFacts& org, Date today, const RulesConfig& cfg,
                                                const std::vector<std::pair<RatingChangeKind, std::int64_t>>& recorded);
Finding ExplainRatingChange(const RatingChange& c, const RulesConfig& cfg);

// Share of grades ≥ 3A among `grades` (1..5), in per-mille; 0 when empty.
int ThreeAPlusPermille(const std::vector<int>& grades);

}  // namespace socorg::supervision
