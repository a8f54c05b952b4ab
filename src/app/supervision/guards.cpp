#include "app/supervision/guards.h"

#include "app/supervision/facts.h"
#include "domain/supervision/charity.h"

namespace socorg::supervision {
namespace {

const char* CodeOf(const std::string& rule_id) {
  if (rule_id == "CHARITY-SERIOUS") return "charity_serious_list";
  if (rule_id == "CHARITY-ANOMALY") return "charity_anomaly_list";
  if (rule_id == "CHARITY-PENALTY") return "charity_recent_penalty";
  return "charity_registered_too_recently";
}

Status CharityGuard(Connection& c, const OrgRecord& org, Action action, Date on, const RulesConfig& rules) {
  if (action != Action::kRecognizeCharity) return {};
  detail::FactsHolder h;
  SOCORG_TRY_VOID(detail::LoadFacts(c, org, h));
  for (const Finding& f : CheckCharityRecognition(h.facts, on, rules))
    if (f.outcome == Outcome::kFail)
      return Fail(ErrorKind::kRuleViolation, CodeOf(f.rule_id),
                  "不予认定为慈善组织：" + f.explanation_zh + "（" + f.rule_id + "；" + f.basis + "）",
                  "not recognised as a charity: " + f.explanation_en + " (" + f.rule_id + ")", "charity");
  return {};
}

}  // namespace

void RegisterActionGuards(AppContext& ctx) { ctx.action_guards.push_back(CharityGuard); }

}  // namespace socorg::supervision
