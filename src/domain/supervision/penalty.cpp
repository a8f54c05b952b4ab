#include "domain/supervision/penalty.h"

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
  return {};
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
