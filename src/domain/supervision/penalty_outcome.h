// Reconsideration 行政复议 and litigation 行政诉讼 outcomes of an administrative penalty (DOMAIN §10): the
// decision is upheld (维持 / 驳回), annulled (撤销) or changed (变更: another kind or amount). An annulled
// penalty no longer exists for any rule; a changed one counts with its new kind and amount from its original
// decision date. Everything derived follows (docs/supervision.md "Penalty outcomes").
//
//   PENALTY-OUTCOME          the outcome is recorded with the body's decision number, date and authority
//                            (行政复议法 arts. 63, 64, 68; 行政诉讼法 arts. 69, 70, 77)
//   PENALTY-OUTCOME-NO-WORSE a change may not make the penalty more severe for the organization
//                            (行政复议法 art. 63(2); 行政诉讼法 art. 77(2))
//   PENALTY-OUTCOME-CREDIT   an automatic credit listing derived from penalties that the penalties in force no
//                            longer imply was an error: it is corrected (exit reason `corrected`), with the
//                            serious entry it escalated to
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

enum class OutcomeChannel : std::uint8_t { kReconsideration, kLitigation };
std::string_view ToString(OutcomeChannel c);
std::string_view LabelZh(OutcomeChannel c);
std::optional<OutcomeChannel> ParseOutcomeChannel(std::string_view s);

enum class OutcomeResult : std::uint8_t { kUpheld, kAnnulled, kChanged };
std::string_view ToString(OutcomeResult r);
std::string_view LabelZh(OutcomeResult r);
std::optional<OutcomeResult> ParseOutcomeResult(std::string_view s);

struct PenaltyOutcomeInput {
  OutcomeChannel channel = OutcomeChannel::kReconsideration;
  OutcomeResult result = OutcomeResult::kUpheld;
  Date decided_on;
  std::string decision_no;  // 行政复议决定书 / 判决书 number
  std::string authority;    // the reconsideration body or the court
  std::optional<PenaltyKind> kind;  // changed: the new kind (default: unchanged)
  std::int64_t amount = 0;          // changed: the new amount (yuan) for a fine or confiscation
  std::string reason;
};

// Order of severity used by PENALTY-OUTCOME-NO-WORSE: order to correct < warning < fine = confiscation <
// suspension < revocation.
int Severity(PenaltyKind k);

// kInvalid naming the field: missing decision_no or authority, decided_on before the penalty's decision or
// after today, a change that changes nothing or carries an amount its kind has none of (or none for a fine);
// kRuleViolation "penalty_annulled" when the penalty is already annulled, "change_more_severe" on field kind or
// amount for a change that makes the penalty heavier (PENALTY-OUTCOME-NO-WORSE).
Status ValidateOutcome(const PenaltyFact& in_force, Date penalty_decided_on, bool annulled,
                       const PenaltyOutcomeInput& in, Date today);

// PENALTY-OUTCOME-CREDIT: ids of the stored automatic listings derived from penalties (anomaly ⑤, serious ③④⑤⑦
// from a decision, and the serious entries escalated from an anomaly ⑤ entry) that `desired` (EvaluateCredit over
// the penalties in force) no longer contains and that are not corrected already.
std::vector<std::int64_t> StalePenaltyListings(std::span<const ListingFact> stored,
                                               const std::vector<DesiredListing>& desired);

}  // namespace socorg::supervision
