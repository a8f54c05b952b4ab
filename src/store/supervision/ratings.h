// Rating rounds, ratings and rating changes (DOMAIN §7; tables rating_rounds, ratings, rating_changes).
// Functions run inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

Result<std::int64_t> InsertRound(Connection& c, const supervision::RatingRoundRecord& r);
// id, region, year, name and opening date (not created_by / created_at).
Result<std::optional<supervision::RatingRoundRecord>> GetRound(Connection& c, std::int64_t id);
// Rounds of the authorities in the prefix, newest first, at most `limit`; fields as GetRound.
Result<std::vector<supervision::RatingRoundRecord>> RoundsIn(Connection& c, const std::string& region_prefix,
                                                             int limit);

// kConflict when the organization is already rated in the round.
Result<std::int64_t> InsertRating(Connection& c, const supervision::RatingRecord& r);
Result<std::optional<supervision::RatingRecord>> GetRating(Connection& c, std::int64_t id);
// notice -> decided with the certificate number ("" for none); kConflict "not_in_notice" for a rating in any
// other status.
Status DecideRating(Connection& c, std::int64_t id, Date decided_on, Date valid_until,
                    const std::string& certificate_no, const std::string& now);
// notice | decided -> cancelled; kConflict "not_cancellable" otherwise.
Status CancelRating(Connection& c, std::int64_t id, Date on, const std::string& ground, const std::string& reason,
                    Date reapply_from, const std::string& now);
// The ratings of a round with org, round_name and pending_objections joined (1000 at most), by id.
Result<std::vector<supervision::RatingRecord>> RatingsInRound(Connection& c, std::int64_t round_id);
// Ratings under public notice (status notice) of organizations in the prefix, joined as RatingsInRound; the
// latest notice first.
Result<supervision::Page<supervision::RatingRecord>> PublicNotices(Connection& c, const std::string& region_prefix,
                                                                   int limit, int offset);

// Objections to a rating under notice (table rating_objections).
Result<std::int64_t> InsertObjection(Connection& c, const supervision::RatingObjectionRecord& o);
Result<std::optional<supervision::RatingObjectionRecord>> GetObjection(Connection& c, std::int64_t id);
Result<std::vector<supervision::RatingObjectionRecord>> ObjectionsOf(Connection& c, std::int64_t rating_id);
Result<int> PendingObjections(Connection& c, std::int64_t rating_id);
// pending -> upheld | dismissed; kConflict "already_decided" otherwise.
Status DecideObjection(Connection& c, std::int64_t id, supervision::ObjectionStatus status, Date on,
                       const std::string& reason, const std::string& by, std::optional<int> grade_before,
                       std::optional<int> grade_after);
// Marks a recorded change reverted on `on` (a downgrade whose penalty was annulled).
Status RevertRatingChange(Connection& c, std::int64_t rating_id, supervision::RatingChangeKind kind,
                          std::int64_t trigger_id, Date on);
Status SetRatingGrade(Connection& c, std::int64_t id, int grade, supervision::RatingStatus status,
                      const std::string& now);
// By id (the latest last).
Result<std::vector<supervision::RatingRecord>> RatingsOf(Connection& c, std::int64_t org_id);

// kConflict when (rating, kind, trigger) is already recorded.
Status InsertRatingChange(Connection& c, const supervision::RatingChangeRecord& r);
// By id.
Result<std::vector<supervision::RatingChangeRecord>> RatingChangesOf(Connection& c, std::int64_t org_id);

// Decided ratings of the organizations in the prefix, by grade.
Result<std::vector<supervision::GradeCount>> GradeDistribution(Connection& c,
                                                               const std::string& region_prefix);

}  // namespace socorg::supervision_store
