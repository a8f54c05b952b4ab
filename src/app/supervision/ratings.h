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
// After the notice period and once every objection is decided (RATING-NOTICE; 422 notice_period /
// objections_pending): decided, valid rating_valid_years, with a certificate number for 3A and above
// (RATING-CERTIFICATE).
Result<RatingRecord> DecideRating(AppContext& ctx, const Actor& a, std::int64_t rating_id);

// An objection to a rating under notice, within its period (422 notice_closed the day after notice_until).
// `a` null: from the public (name and contact optional; the contact is never published nor audited); otherwise
// the rated organization's own account (403 for any other caller). 404 for a rating not under notice.
struct ObjectionInput {
  std::string name, contact, content;
};
Result<RatingObjectionRecord> ObjectToRating(AppContext& ctx, const Actor* a, std::int64_t rating_id,
                                             const ObjectionInput& in, const std::string& source);
// Officers over the organization decide a pending objection while the rating is on notice; an upheld one may
// change the proposed grade (1..5).
Result<RatingObjectionRecord> DecideObjection(AppContext& ctx, const Actor& a, std::int64_t objection_id, bool upheld,
                                              const std::string& reason, std::optional<int> grade);
// Officers and auditors who may read the organization.
Result<std::vector<RatingObjectionRecord>> RatingObjections(AppContext& ctx, const Actor& a, std::int64_t rating_id);
// RATING-CANCEL-FRAUD: a rating on notice or decided (and not expired) is cancelled today; its certificate is
// withdrawn and no new application is eligible before today + rating_cancel_reapply_years.
Result<RatingRecord> CancelRatingForFraud(AppContext& ctx, const Actor& a, std::int64_t rating_id,
                                          const std::string& ground, const std::string& reason);
// Officers and auditors: a round's ratings (with organization, pending objections) within their jurisdiction.
Result<std::vector<RatingRecord>> RoundRatings(AppContext& ctx, const Actor& a, std::int64_t round_id);
// Public: ratings under notice (the portal's 评估结果公示), newest notice first.
Result<Page<RatingRecord>> PublicRatingNotices(AppContext& ctx, const std::string& region, int page, int page_size);
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
