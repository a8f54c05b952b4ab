// An explainable automated decision (DESIGN.md "Explainable rules"): which rule, on what legal basis,
// from which facts, with what outcome.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/legal_basis.h"  // BasisText(rule_id): what every rule puts in Finding::basis

namespace socorg {

enum class Outcome { kPass, kFail, kNeedsReview };

inline const char* ToString(Outcome o) {
  switch (o) {
    case Outcome::kPass: return "pass";
    case Outcome::kFail: return "fail";
    case Outcome::kNeedsReview: return "needs_review";
  }
  return "needs_review";
}
inline std::optional<Outcome> ParseOutcome(std::string_view s) {
  if (s == "pass") return Outcome::kPass;
  if (s == "fail") return Outcome::kFail;
  if (s == "needs_review") return Outcome::kNeedsReview;
  return std::nullopt;
}

struct Finding {
  std::string rule_id;    // e.g. "LEADER-AGE"
  std::string basis;      // BasisText(rule_id), e.g. "《社会团体登记管理条例》第十二条第三款" (domain/legal_basis.h)
  std::string title_zh;   // what was checked, in Chinese
  std::vector<std::pair<std::string, std::string>> facts;  // the facts used, name -> value
  Outcome outcome = Outcome::kNeedsReview;
  std::string explanation_zh;
  std::string explanation_en;
};

inline bool AnyFailed(const std::vector<Finding>& fs) {
  for (auto& f : fs)
    if (f.outcome == Outcome::kFail) return true;
  return false;
}

}  // namespace socorg
