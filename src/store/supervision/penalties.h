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
// By decision date, annulled ones included (PenaltyRecord::Annulled).
Result<std::vector<supervision::PenaltyRecord>> PenaltiesOf(Connection& c, std::int64_t org_id);
Result<std::optional<supervision::PenaltyRecord>> GetPenalty(Connection& c, std::int64_t id);
// Records the latest outcome (upheld | annulled | changed) with the kind and amount now in force, keeping the
// first decision's on the first change; kConflict "penalty_annulled" when the penalty is already annulled.
Status ApplyPenaltyOutcome(Connection& c, std::int64_t id, const std::string& outcome, Date on,
                           supervision::PenaltyKind kind, std::int64_t amount);
Result<std::int64_t> InsertPenaltyOutcome(Connection& c, const supervision::PenaltyOutcomeRecord& o);
// The organization's outcomes, by id.
Result<std::vector<supervision::PenaltyOutcomeRecord>> PenaltyOutcomesOf(Connection& c, std::int64_t org_id);

Result<std::int64_t> InsertRectification(Connection& c, const supervision::RectificationRecord& r);
Result<std::optional<supervision::RectificationRecord>> GetRectification(Connection& c, std::int64_t id);
// kConflict "already_completed" when the order is already completed (or does not exist).
Status CompleteRectification(Connection& c, std::int64_t id, Date on);
// By deadline.
Result<std::vector<supervision::RectificationRecord>> RectificationsOf(Connection& c, std::int64_t org_id);

}  // namespace socorg::supervision_store
