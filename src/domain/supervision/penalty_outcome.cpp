#include "domain/supervision/penalty_outcome.h"

#include <algorithm>

#include "domain/legal_basis.h"

namespace socorg::supervision {

std::string_view ToString(OutcomeChannel c) {
  return c == OutcomeChannel::kReconsideration ? "reconsideration" : "litigation";
}
std::string_view LabelZh(OutcomeChannel c) { return c == OutcomeChannel::kReconsideration ? "行政复议" : "行政诉讼"; }
std::optional<OutcomeChannel> ParseOutcomeChannel(std::string_view s) {
  for (auto c : {OutcomeChannel::kReconsideration, OutcomeChannel::kLitigation})
    if (ToString(c) == s) return c;
  return std::nullopt;
}

std::string_view ToString(OutcomeResult r) {
  switch (r) {
    case OutcomeResult::kUpheld: return "upheld";
    case OutcomeResult::kAnnulled: return "annulled";
    case OutcomeResult::kChanged: return "changed";
  }
  return "";
}
std::string_view LabelZh(OutcomeResult r) {
  switch (r) {
    case OutcomeResult::kUpheld: return "维持";
    case OutcomeResult::kAnnulled: return "撤销";
    case OutcomeResult::kChanged: return "变更";
  }
  return "";
}
std::optional<OutcomeResult> ParseOutcomeResult(std::string_view s) {
  for (auto r : {OutcomeResult::kUpheld, OutcomeResult::kAnnulled, OutcomeResult::kChanged})
    if (ToString(r) == s) return r;
  return std::nullopt;
}

int Severity(PenaltyKind k) {
  switch (k) {
    case PenaltyKind::kOrderCorrect: return 0;
    case PenaltyKind::kWarning: return 1;
    case PenaltyKind::kFine:
    case PenaltyKind::kConfiscation: return 2;
    case PenaltyKind::kSuspension: return 3;
    case PenaltyKind::kRevocation: return 4;
  }
  return 0;
}

namespace {
bool Monetary(PenaltyKind k) { return k == PenaltyKind::kFine || k == PenaltyKind::kConfiscation; }
}  // namespace

Status ValidateOutcome(const PenaltyFact& p, Date penalty_decided_on, bool annulled, const PenaltyOutcomeInput& in,
                       Date today) {
  auto invalid = [](std::string code, std::string zh, std::string en, std::string field) {
    return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
  };
  if (annulled)
    return Fail(ErrorKind::kRuleViolation, "penalty_annulled", "该处罚决定已被撤销", "the penalty was annulled",
                "id");
  if (in.decision_no.empty())
    return invalid("required", "缺少复议决定书或判决书文号", "decision_no is required", "decision_no");
  if (in.authority.empty()) return invalid("required", "缺少复议机关或人民法院", "authority is required", "authority");
  if (in.decided_on > today)
    return invalid("future_date", "决定日期不能晚于今天", "decided_on is in the future", "decided_on");
  if (in.decided_on < penalty_decided_on)
    return invalid("before_penalty", "复议或诉讼结果不能早于处罚决定日期",
                   "the outcome cannot precede the penalty decision", "decided_on");
  if (in.result != OutcomeResult::kChanged) {
    if (in.kind || in.amount != 0)
      return invalid("change_not_allowed", "只有变更决定才填写新的处罚种类或金额",
                     "kind and amount belong to a change only", in.kind ? "kind" : "amount");
    return {};
  }
  PenaltyKind kind = in.kind.value_or(p.kind);
  if (Monetary(kind) && in.amount <= 0)
    return invalid("amount_required", "罚款或没收须填写变更后的金额", "a fine or confiscation needs a positive amount",
                   "amount");
  if (!Monetary(kind) && in.amount != 0)
    return invalid("amount_not_allowed", "该处罚种类不涉及金额", "this kind of penalty has no amount", "amount");
  if (in.amount > 1'000'000'000'000LL) return invalid("amount_too_large", "金额过大", "amount too large", "amount");
  if (kind == p.kind && in.amount == p.amount)
    return invalid("no_change", "变更决定未改变处罚种类或金额", "the change changes neither kind nor amount",
                   in.kind ? "kind" : "amount");
  auto worse = [&](const char* field) {
    return Fail(ErrorKind::kRuleViolation, "change_more_severe",
                "变更不得加重处罚（PENALTY-OUTCOME-NO-WORSE，" + BasisText("PENALTY-OUTCOME-NO-WORSE") + "）",
                "a change may not make the penalty heavier (PENALTY-OUTCOME-NO-WORSE)", field);
  };
  if (Severity(kind) > Severity(p.kind)) return worse("kind");
  if (Severity(kind) == Severity(p.kind) && Monetary(kind) && Monetary(p.kind) && in.amount > p.amount)
    return worse("amount");
  return {};
}

namespace {
bool PenaltyDerived(const ListingFact& l) {
  switch (l.cause) {
    case CreditCause::kMinorPenalty:
    case CreditCause::kLargeFine:
    case CreditCause::kSuspension:
    case CreditCause::kRepeatedPenalties: return true;
    case CreditCause::kRevoked: return l.source_id != 0;  // 0: the register's revocation without a decision
    case CreditCause::kAnomalyTwoYears:
      return l.source_id >> 48 == static_cast<std::int64_t>(CreditCause::kMinorPenalty);
    default: return false;
  }
}
}  // namespace

std::vector<std::int64_t> StalePenaltyListings(std::span<const ListingFact> stored,
                                               const std::vector<DesiredListing>& desired) {
  std::vector<std::int64_t> out;
  for (const auto& l : stored) {
    if (!PenaltyDerived(l) || l.exit_reason == ExitReason::kCorrected) continue;
    bool wanted = std::any_of(desired.begin(), desired.end(), [&](const DesiredListing& d) {
      return d.cause == l.cause && d.source_id == l.source_id;
    });
    if (!wanted) out.push_back(l.id);
  }
  return out;
}

}  // namespace socorg::supervision
