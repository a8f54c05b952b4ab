// The supervision figures of the dashboard (DOMAIN §20) across the sections' tables. The report, rating
// and flag statistics are with their sections (reports.h, ratings.h, flags.h).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// For organizations / authorities in the prefix: penalties decided in [from, to] by kind (with the sum of
// the fines), organizations on each credit list on `to`, plans drawn in [from, to] (with the organizations
// drawn) and their items by result, illegal-organization cases opened in [from, to] by status.
Result<supervision::OverviewCounts> SupervisionCounts(Connection& c, const std::string& region_prefix,
                                                      Date from, Date to);

// The same figures without the penalty and credit parts (which the dashboard takes from memory,
// app/supervision/dashboard_stats.h): plans, their items and cases, none of which joins orgs.
Result<supervision::OverviewCounts> InspectionAndCaseCounts(Connection& c, const std::string& region_prefix,
                                                            Date from, Date to);

// The compact facts of the in-memory dashboard statistics (app/supervision/dashboard_stats.h), each table
// read in pages of `page` rows by id (keyset). Text as stored; the caller parses.
struct FlagFact {
  std::int64_t org_id = 0;
  std::string kind, handling, outcome;
};
Status ForEachFlagFact(Connection& c, int page, const std::function<void(const FlagFact&)>& fn);
struct RatingFact {  // decided ratings only (GradeDistribution counts no other)
  std::int64_t org_id = 0;
  int grade = 0;
};
Status ForEachDecidedRating(Connection& c, int page, const std::function<void(const RatingFact&)>& fn);
struct PenaltyFact {
  std::int64_t org_id = 0;
  std::string kind, decided_on;
  std::int64_t amount = 0;
};
Status ForEachPenaltyFact(Connection& c, int page, const std::function<void(const PenaltyFact&)>& fn);
struct ListingFact {
  std::int64_t org_id = 0;
  std::string list, entered_on;
  std::optional<std::string> exited_on;
};
Status ForEachListingFact(Connection& c, int page, const std::function<void(const ListingFact&)>& fn);

}  // namespace socorg::supervision_store
