#include "domain/supervision/charity.h"

#include <string>

#include "domain/supervision/penalty.h"

namespace socorg::supervision {

std::vector<Finding> CheckCharityRecognition(const OrgFacts& org, Date on, const RulesConfig& cfg) {
  std::vector<Finding> out;
  auto add = [&](const char* id, const char* title, bool pass, std::string zh, std::string en,
                 std::vector<std::pair<std::string, std::string>> facts) {
    out.push_back(Finding{id, BasisText(id), title, std::move(facts),
                          pass ? Outcome::kPass : Outcome::kFail, std::move(zh), std::move(en)});
  };
  auto listed = [&](CreditList list) -> const ListingFact* {
    for (const auto& l : org.listings)
      if (l.list() == list && l.ActiveOn(on)) return &l;
    return nullptr;
  };
  const ListingFact* serious = listed(CreditList::kSerious);
  add("CHARITY-SERIOUS", "未被列入严重违法失信名单", !serious,
      serious ? "该组织自 " + serious->entered_on.ToString() + " 起被列入严重违法失信名单" : "未被列入严重违法失信名单",
      serious ? "on the serious-dishonesty list since " + serious->entered_on.ToString() : "not on the serious list",
      {{"as_of", on.ToString()}, {"serious_since", serious ? serious->entered_on.ToString() : ""}});
  const ListingFact* anomaly = listed(CreditList::kAnomaly);
  add("CHARITY-ANOMALY", "未被列入活动异常名录", !anomaly,
      anomaly ? "该组织自 " + anomaly->entered_on.ToString() + " 起被列入活动异常名录" : "未被列入活动异常名录",
      anomaly ? "on the activity-anomaly list since " + anomaly->entered_on.ToString() : "not on the anomaly list",
      {{"as_of", on.ToString()}, {"anomaly_since", anomaly ? anomaly->entered_on.ToString() : ""}});
  Date from = on.AddYears(-cfg.charity_penalty_free_years);
  int penalties = 0;
  std::string last;
  for (const auto& p : org.penalties)
    if (IsListablePenalty(p) && p.decided_on > from && p.decided_on <= on) ++penalties, last = p.decided_on.ToString();
  std::string years = std::to_string(cfg.charity_penalty_free_years);
  add("CHARITY-PENALTY", "申请前二年内未受行政处罚", penalties == 0,
      penalties ? "申请前" + years + "年内受到" + std::to_string(penalties) + "次行政处罚（最近一次 " + last + "）"
                : "申请前" + years + "年内未受行政处罚",
      penalties ? "penalised within the " + years + " years before the recognition (last on " + last + ")"
                : "no penalty within the " + years + " years before",
      {{"penalties_after", from.ToString()}, {"as_of", on.ToString()}, {"penalties", std::to_string(penalties)}});
  bool old_enough = org.registered_on && org.registered_on->AddYears(cfg.charity_min_registered_years) <= on;
  std::string min_years = std::to_string(cfg.charity_min_registered_years);
  add("CHARITY-AGE", "登记满1年", old_enough,
      old_enough ? "登记已满" + min_years + "年" : "登记不满" + min_years + "年，尚无完整的上一年度慈善活动支出",
      old_enough ? "registered long enough" : "registered less than " + min_years + " year(s)",
      {{"registered_on", org.registered_on ? org.registered_on->ToString() : ""}, {"as_of", on.ToString()}});
  return out;
}

}  // namespace socorg::supervision
