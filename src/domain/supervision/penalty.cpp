#include "domain/supervision/penalty.h"

#include "domain/legal_basis.h"

namespace socorg::supervision {

Status ValidatePenalty(const PenaltyInput& p, Date today) {
  auto invalid = [](std::string code, std::string zh, std::string en, std::string field) {
    return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
  };
  if (p.decision_no.empty()) return invalid("required", "缺少处罚决定书文号", "decision_no is required", "decision_no");
  if (p.decision_no.size() > 100) return invalid("too_long", "文号过长", "decision_no too long", "decision_no");
  if (p.basis.empty()) return invalid("required", "缺少处罚依据", "basis is required", "basis");
  if (p.decided_on > today)
    return invalid("future_date", "处罚决定日期不能晚于今天", "decided_on is in the future", "decided_on");
  bool monetary = p.kind == PenaltyKind::kFine || p.kind == PenaltyKind::kConfiscation;
  if (monetary && p.amount <= 0)
    return invalid("amount_required", "罚款或没收须填写金额", "a fine or confiscation needs a positive amount", "amount");
  if (!monetary && p.amount != 0)
    return invalid("amount_not_allowed", "该处罚种类不涉及金额", "this kind of penalty has no amount", "amount");
  if (p.amount > 1'000'000'000'000LL) return invalid("amount_too_large", "金额过大", "amount too large", "amount");
  if (p.fine_basis == FineBasis::kNone) {
    if (p.base_amount != 0)
      return invalid("fine_basis_required", "填写违法经营额或违法所得时须注明罚款计算依据",
                     "a base_amount needs a fine_basis (illegal_turnover or illegal_gains)", "fine_basis");
    return {};
  }
  if (p.kind != PenaltyKind::kFine)
    return invalid("fine_basis_not_allowed", "只有罚款有计算依据", "only a fine has a fine_basis", "fine_basis");
  if (p.base_amount <= 0 || p.base_amount > 1'000'000'000'000LL)
    return invalid("base_amount_required", "请填写违法经营额或违法所得（元，正整数）",
                   "base_amount (the illegal turnover or gains, yuan) must be a positive integer", "base_amount");
  FineBounds b = *BoundsFor(p.fine_basis, p.base_amount);
  if (p.amount < b.min || p.amount > b.max) {
    bool turnover = p.fine_basis == FineBasis::kIllegalTurnover;
    std::string range = std::to_string(b.min) + "–" + std::to_string(b.max);
    return invalid("fine_out_of_bounds",
                   std::string("罚款金额应为") + (turnover ? "违法经营额的1至3倍" : "违法所得的3至5倍") + "（" +
                       range + "元）（PENALTY-FINE-BOUNDS，" + BasisText("PENALTY-FINE-BOUNDS") + "）",
                   std::string("the fine must be ") + (turnover ? "1-3 times the illegal turnover" : "3-5 times the illegal gains") +
                       " (" + range + " yuan; PENALTY-FINE-BOUNDS)",
                   "amount");
  }
  return {};
}

std::string_view ToString(FineBasis b) {
  switch (b) {
    case FineBasis::kNone: return "";
    case FineBasis::kIllegalTurnover: return "illegal_turnover";
    case FineBasis::kIllegalGains: return "illegal_gains";
  }
  return "";
}
std::optional<FineBasis> ParseFineBasis(std::string_view s) {
  for (auto b : {FineBasis::kNone, FineBasis::kIllegalTurnover, FineBasis::kIllegalGains})
    if (ToString(b) == s) return b;
  return std::nullopt;
}

std::optional<FineBounds> BoundsFor(FineBasis b, std::int64_t base) {
  switch (b) {
    case FineBasis::kNone: return std::nullopt;
    case FineBasis::kIllegalTurnover: return FineBounds{base, 3 * base};
    case FineBasis::kIllegalGains: return FineBounds{3 * base, 5 * base};
  }
  return std::nullopt;
}

bool IsMinorPenalty(const PenaltyFact& p, const RulesConfig& cfg) {
  if (p.kind == PenaltyKind::kWarning) return true;
  if (p.kind == PenaltyKind::kFine || p.kind == PenaltyKind::kConfiscation) return p.amount < cfg.serious_fine_yuan;
  return false;
}

bool IsLargeFine(const PenaltyFact& p, const RulesConfig& cfg) {
  return (p.kind == PenaltyKind::kFine || p.kind == PenaltyKind::kConfiscation) && p.amount >= cfg.serious_fine_yuan;
}

bool IsListablePenalty(const PenaltyFact& p) { return p.kind != PenaltyKind::kOrderCorrect; }

}  // namespace socorg::supervision
