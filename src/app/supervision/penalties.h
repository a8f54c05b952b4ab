// Administrative penalties 行政处罚 (DOMAIN §10) and rectification orders 整改通知 (§9; they feed the
// anomaly list, §8). Officers over the organization. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/supervision/penalty.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

// kConflict "duplicate_decision_no" for a decision number already recorded.
Result<PenaltyRecord> RecordPenalty(AppContext& ctx, const Actor& a, const std::string& key,
                                    const PenaltyInput& in);
// Issued today with a deadline after today; `source` says where it comes from ("manual", ...).
Result<RectificationRecord> OrderRectification(AppContext& ctx, const Actor& a, const std::string& key,
                                               Date deadline, const std::string& content,
                                               const std::string& source);
// Verified completion on `on` (default today).
Status CompleteRectificationOrder(AppContext& ctx, const Actor& a, std::int64_t id, std::optional<Date> on);

}  // namespace socorg::supervision
