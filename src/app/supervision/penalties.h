// Administrative penalties 行政处罚 (DOMAIN §10) and rectification orders 整改通知 (§9; they feed the
// anomaly list, §8). Officers over the organization. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/supervision/penalty.h"
#include "domain/supervision/penalty_outcome.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

// kConflict "duplicate_decision_no" for a decision number already recorded.
Result<PenaltyRecord> RecordPenalty(AppContext& ctx, const Actor& a, const std::string& key,
                                    const PenaltyInput& in);
// PENALTY-OUTCOME: a reconsideration or litigation outcome of a penalty (officers over the organization).
// Annulled: the penalty counts for no rule any more; changed: it counts with its new kind and amount from its
// decision date. In the same transaction everything derived follows: credit listings the penalties in force no
// longer imply are corrected and newly implied ones entered (PENALTY-OUTCOME-CREDIT), and a rating downgrade
// for a penalty that no longer counts is reverted. Errors as ValidateOutcome; 404 for an unknown penalty.
Result<PenaltyOutcomeRecord> RecordPenaltyOutcome(AppContext& ctx, const Actor& a, std::int64_t penalty_id,
                                                  const PenaltyOutcomeInput& in);
// Issued today with a deadline after today; `source` says where it comes from ("manual", ...).
Result<RectificationRecord> OrderRectification(AppContext& ctx, const Actor& a, const std::string& key,
                                               Date deadline, const std::string& content,
                                               const std::string& source);
// Verified completion on `on` (default today).
Status CompleteRectificationOrder(AppContext& ctx, const Actor& a, std::int64_t id, std::optional<Date> on);

}  // namespace socorg::supervision
