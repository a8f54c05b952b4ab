#include "domain/leader_review.h"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/resident_id.h"

namespace socorg {
namespace {

bool Has(const std::vector<PersonRole>& roles, PersonRole r) {
  return std::find(roles.begin(), roles.end(), r) != roles.end();
}

Finding Make(std::string id, std::string basis, std::string title, Outcome o, std::string zh, std::string en,
             std::vector<std::pair<std::string, std::string>> facts) {
  return Finding{std::move(id), std::move(basis), std::move(title), std::move(facts), o, std::move(zh),
                 std::move(en)};
}

}  // namespace

std::vector<Finding> ReviewLeader(const LeaderCandidate& c, OrgType org_type,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg) {
  std::vector<Finding> out;
  auto id = CheckResidentId(c.id_number, today);
  out.push_back(Make("LEADER-ID", BasisText("LEADER-ID"), "身份证号码",
                     id.valid ? Outcome::kPass : Outcome::kFail,
                     id.valid ? "身份证号码有效" : id.problem_zh, id.valid ? "valid ID number" : id.problem_en,
                     {{"id_number", MaskResidentId(id.normalized)}}));
  if (id.valid) {
    int age = id.birth_date->YearsUntil(c.term_start);
    bool ok = age <= cfg.leader_max_age;
    out.push_back(Make("LEADER-AGE", BasisText("LEADER-AGE"), "任职年龄",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "任职时年龄 " + std::to_string(age) + " 岁，未超过 " + std::to_string(cfg.leader_max_age) + " 岁"
                          : "任职时年龄 " + std::to_string(age) + " 岁，超过 " + std::to_string(cfg.leader_max_age) + " 岁",
                       "age " + std::to_string(age) + " at term start, limit " + std::to_string(cfg.leader_max_age),
                       {{"birth_date", id.birth_date->ToString()},
                        {"term_start", c.term_start.ToString()},
                        {"age", std::to_string(age)}}));
  }
  {
    bool ok = c.previous_consecutive_terms < cfg.leader_max_consecutive_terms;
    out.push_back(Make("LEADER-TERMS", BasisText("LEADER-TERMS"), "连任届数",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "连任未超过 " + std::to_string(cfg.leader_max_consecutive_terms) + " 届"
                          : "已连续任职 " + std::to_string(c.previous_consecutive_terms) + " 届，不得再连任",
                       ok ? "within the consecutive-term limit" : "consecutive-term limit reached",
                       {{"previous_consecutive_terms", std::to_string(c.previous_consecutive_terms)},
                        {"limit", std::to_string(cfg.leader_max_consecutive_terms)}}));
  }
  if (org_type == OrgType::kSocialGroup && Has(c.roles, PersonRole::kLegalRep)) {
    std::string other;
    for (auto& p : elsewhere)
      if (p.org_active && p.org_type == OrgType::kSocialGroup && p.role == PersonRole::kLegalRep) other = p.org_name;
    bool ok = other.empty();
    out.push_back(Make("LEADER-CONCURRENT-LEGAL-REP", BasisText("LEADER-CONCURRENT-LEGAL-REP"),
                       "兼任其他社会团体法定代表人", ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "未担任其他社会团体法定代表人" : "已担任“" + other + "”法定代表人",
                       ok ? "not legal representative of another social group"
                          : "already legal representative of another social group",
                       {{"other_org", other}}));
  }
  if (org_type == OrgType::kSocialGroup &&
      (Has(c.roles, PersonRole::kChair) || Has(c.roles, PersonRole::kSecretaryGeneral))) {
    std::string other;
    for (auto& p : elsewhere)
      if (p.org_active && p.org_type == OrgType::kSocialGroup &&
          (p.role == PersonRole::kChair || p.role == PersonRole::kSecretaryGeneral))
        other = p.org_name + " " + std::string(LabelZh(p.role));
    bool ok = other.empty();
    out.push_back(Make("LEADER-CONCURRENT-CHAIR", BasisText("LEADER-CONCURRENT-CHAIR"), "兼任其他社会团体会长、秘书长",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "未在其他社会团体担任会长或秘书长" : "已担任：" + other,
                       ok ? "not chair or secretary general elsewhere"
                          : "already chair or secretary general of another social group",
                       {{"other_position", other}}));
  }
  if (Has(c.roles, PersonRole::kChair) || Has(c.roles, PersonRole::kSecretaryGeneral)) {
    bool both = Has(c.roles, PersonRole::kChair) && Has(c.roles, PersonRole::kSecretaryGeneral);
    out.push_back(Make("LEADER-CHAIR-NOT-SG", BasisText("LEADER-CHAIR-NOT-SG"), "会长与秘书长不得由同一人兼任",
                       both ? Outcome::kFail : Outcome::kPass,
                       both ? "同一人同时担任会长和秘书长" : "未同时担任会长和秘书长",
                       both ? "the same person is chair and secretary general" : "chair and secretary general differ",
                       {}));
  }
  {
    Outcome o = Outcome::kNeedsReview;
    std::string zh = "是否为在职公务员未申报，需人工核实", en = "civil-servant status not declared";
    if (c.civil_servant.has_value() && !*c.civil_servant) {
      o = Outcome::kPass, zh = "申报为非在职公务员", en = "declared not a serving civil servant";
    } else if (c.civil_servant.value_or(false)) {
      bool approved = c.civil_servant_approved.value_or(false);
      o = approved ? Outcome::kPass : Outcome::kFail;
      zh = approved ? "在职公务员兼职已经批准" : "在职公务员兼职未经批准";
      en = approved ? "serving civil servant with approval" : "serving civil servant without approval";
    }
    out.push_back(Make("LEADER-CIVIL-SERVANT", BasisText("LEADER-CIVIL-SERVANT"), "公务员兼职", o, zh, en, {}));
  }
  // No data source is connected for these yet; they go to a person, never silently pass.
  out.push_back(Make("LEADER-DISHONEST-DEBTOR", BasisText("LEADER-DISHONEST-DEBTOR"), "失信被执行人", Outcome::kNeedsReview,
                     "需查询人民法院失信被执行人名单", "check the court's list of dishonest judgment debtors", {}));
  return out;
}

}  // namespace socorg
