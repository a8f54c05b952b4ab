// Administrative penalties 行政处罚 (DOMAIN §10): warning, order to correct, fine, confiscation, suspension
// of activity, revocation. Each has a decision date, a document number, a legal basis and (for fines and
// confiscations) an amount. How a penalty counts for the credit lists (§8) is decided here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

// What a fine is measured against (社会团体登记管理条例 art. 30 para. 2, 民办非企业单位登记管理暂行条例 art. 25
// para. 2): 1–3× the illegal turnover 违法经营额 or 3–5× the illegal gains 违法所得. kNone: a fine under
// another article (its bounds are not checked here).
enum class FineBasis : std::uint8_t { kNone, kIllegalTurnover, kIllegalGains };
std::string_view ToString(FineBasis b);  // kNone: ""
std::optional<FineBasis> ParseFineBasis(std::string_view s);
struct FineBounds {
  std::int64_t min = 0, max = 0;  // yuan, inclusive
};
// PENALTY-FINE-BOUNDS: turnover × [1, 3], gains × [3, 5]; nullopt for kNone.
std::optional<FineBounds> BoundsFor(FineBasis b, std::int64_t base_amount);

struct PenaltyInput {
  PenaltyKind kind = PenaltyKind::kWarning;
  Date decided_on;
  std::int64_t amount = 0;
  std::string decision_no;  // 处罚决定书文号
  std::string basis;        // the article applied
  std::string reason;
  FineBasis fine_basis = FineBasis::kNone;
  std::int64_t base_amount = 0;  // yuan: the illegal turnover or gains the fine is a multiple of
};
// kInvalid naming the field: missing document number or basis, a decision dated after `today`, a fine or
// confiscation without a positive amount, or an amount on a kind that carries none; a fine_basis on a kind
// other than a fine, a fine_basis without a positive base_amount (field base_amount), a base_amount without
// a fine_basis, and (PENALTY-FINE-BOUNDS) a fine outside its basis's bounds (field amount).
Status ValidatePenalty(const PenaltyInput& p, Date today);

// §8 anomaly ⑤: a warning, or a fine (or confiscation) below serious_fine_yuan. ¥49,999 is minor.
bool IsMinorPenalty(const PenaltyFact& p, const RulesConfig& cfg);
// §8 serious ④: a fine at or above serious_fine_yuan. ¥50,000 is serious.
bool IsLargeFine(const PenaltyFact& p, const RulesConfig& cfg);
// Any penalty that is a listable credit event (everything except a bare order to correct).
bool IsListablePenalty(const PenaltyFact& p);

}  // namespace socorg::supervision
