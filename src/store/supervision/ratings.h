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
// notice -> decided; kConflict "not_in_notice" for a rating in any other status.
Status DecideRating(Connection& c, std::int64_t id, Date decided_on, Date valid_until,
                    const std::string& now);
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
