// Rating evaluation 等级评估 (DOMAIN §7): rounds, eligibility, scoring, public notice, decision, and the
// grade statistics. Officers over the organization (or the round's region). Access as in use_cases.h.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/finding.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

// A round of the officer's region ("" = the actor's own) for a year within one of today's.
Result<std::int64_t> OpenRatingRound(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                     const std::string& name);
Result<std::vector<Finding>> RatingEligibility(AppContext& ctx, const Actor& a, const std::string& key,
                                               bool under_investigation);
// Scores a rating in a round (kRuleViolation "not_eligible" with the failed findings' ids when ineligible);
// the result goes to public notice until today + rating_notice_days.
Result<RatingRecord> ScoreRating(AppContext& ctx, const Actor& a, std::int64_t round_id,
                                 const std::string& key, const std::map<std::string, int>& scores,
                                 bool under_investigation);
// After the notice period: decided, valid rating_valid_years.
Result<RatingRecord> DecideRating(AppContext& ctx, const Actor& a, std::int64_t rating_id);
struct RatingStats {
  std::map<int, std::int64_t> by_grade;
  std::int64_t rated = 0;
  int three_a_plus_permille = 0;
  std::string computed_at;  // when the in-memory statistics were read (dashboard_stats.h)
};
Result<RatingStats> GetRatingStats(AppContext& ctx, const Actor& a, const std::string& region);
// Officers and auditors: the rounds of the region, newest first (200 at most).
Result<std::vector<RatingRoundRecord>> ListRatingRounds(AppContext& ctx, const Actor& a,
                                                        const std::string& region);

}  // namespace socorg::supervision
