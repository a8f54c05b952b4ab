// Administrative penalties (DOMAIN §10; table penalties) and rectification orders (table
// rectification_orders: issued by hand or from an inspection result, §9; they feed the anomaly list, §8).
// Functions run inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// kConflict for a decision number already recorded.
Result<std::int64_t> InsertPenalty(Connection& c, const supervision::PenaltyRecord& r);
// By decision date.
Result<std::vector<supervision::PenaltyRecord>> PenaltiesOf(Connection& c, std::int64_t org_id);

Result<std::int64_t> InsertRectification(Connection& c, const supervision::RectificationRecord& r);
Result<std::optional<supervision::RectificationRecord>> GetRectification(Connection& c, std::int64_t id);
// kConflict "already_completed" when the order is already completed (or does not exist).
Status CompleteRectification(Connection& c, std::int64_t id, Date on);
// By deadline.
Result<std::vector<supervision::RectificationRecord>> RectificationsOf(Connection& c, std::int64_t org_id);

}  // namespace socorg::supervision_store
