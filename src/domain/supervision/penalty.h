// Administrative penalties 行政处罚 (DOMAIN §10): warning, order to correct, fine, confiscation, suspension
// of activity, revocation. Each has a decision date, a document number, a legal basis and (for fines and
// confiscations) an amount. How a penalty counts for the credit lists (§8) is decided here.
#pragma once

#include <string>

#include "domain/error.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

struct PenaltyInput {
  PenaltyKind kind = PenaltyKind::kWarning;
  Date decided_on;
  std::int64_t amount = 0;
  std::string decision_no;  // 处罚决定书文号
  std::string basis;        // the article applied
  std::string reason;
};
// kInvalid naming the field: missing document number or basis, a decision dated after `today`, a fine or
// confiscation without a positive amount, or an amount on a kind that carries none.
Status ValidatePenalty(const PenaltyInput& p, Date today);

// §8 anomaly ⑤: a warning, or a fine (or confiscation) below serious_fine_yuan. ¥49,999 is minor.
bool IsMinorPenalty(const PenaltyFact& p, const RulesConfig& cfg);
// §8 serious ④: a fine at or above serious_fine_yuan. ¥50,000 is serious.
bool IsLargeFine(const PenaltyFact& p, const RulesConfig& cfg);
// Any penalty that is a listable credit event (everything except a bare order to correct).
bool IsListablePenalty(const PenaltyFact& p);

}  // namespace socorg::supervision
