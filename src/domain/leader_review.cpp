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

bool AnyLeading(const std::vector<PersonRole>& roles) {
  return std::any_of(roles.begin(), roles.end(), IsLeadingRole);
}

}  // namespace

bool WithinSentenceBar(Date completed_on, Date on) { return on <= completed_on.AddYears(5); }

int PreviousConsecutiveTerms(std::vector<Date> starts, std::optional<Date> current_term_end,
                             const std::vector<Date>& held_starts, Date term_start, TermOccasion occasion) {
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  if (starts.empty()) return 0;
  // B: the start of the term taken. Previous terms are the recorded ones before it.
  bool new_term = (current_term_end && term_start >= *current_term_end) ||
                  (occasion == TermOccasion::kElection && term_start > starts.back());
  Date taken = term_start;
  if (!new_term) {
    auto it = std::upper_bound(starts.begin(), starts.end(), term_start);
    if (it == starts.begin()) return 0;
    taken = *std::prev(it);
  }
  auto end = std::lower_bound(starts.begin(), starts.end(), taken);  // the previous terms: [begin, end)
  int n = 0;
  for (auto it = end; it != starts.begin();) {
    --it;
    Date from = *it, to = std::next(it) == end ? taken : *std::next(it);
    bool held = std::any_of(held_starts.begin(), held_starts.end(), [&](Date h) { return from <= h && h < to; });
    if (!held) break;
    ++n;
  }
  return n;
}

std::vector<Finding> ReviewLeader(const LeaderCandidate& c, OrgType org_type,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg) {
  return ReviewLeader(c, LeaderReviewContext{org_type, false, {}}, elsewhere, today, cfg);
}

std::vector<Finding> ReviewLeader(const LeaderCandidate& c, const LeaderReviewContext& ctx,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg) {
  const OrgType org_type = ctx.org_type;
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
  const bool leading = AnyLeading(c.roles);
  // 慈善法第十六条第（二）项 (charities' 负责人); 基金会管理条例第二十三条第二款 (a foundation's chair, vice chairs,
  // secretary general). Compared on the term start, as the age is.
  bool fdn_post = org_type == OrgType::kFoundation &&
                  (Has(c.roles, PersonRole::kChair) || Has(c.roles, PersonRole::kViceChair) ||
                   Has(c.roles, PersonRole::kSecretaryGeneral));
  if ((ctx.charity && leading) || fdn_post) {
    Outcome o = Outcome::kNeedsReview;
    std::string zh = "是否受过刑事处罚未申报，需人工核实", en = "criminal record not declared";
    std::string bar_until;
    if (c.criminal_record.has_value() && !*c.criminal_record) {
      o = Outcome::kPass, zh = "申报无刑事处罚记录", en = "declared no criminal record";
    } else if (c.criminal_record.value_or(false)) {
      if (!c.sentence_completed_on) {
        zh = "受过刑事处罚，刑罚执行完毕日期未申报，需人工核实", en = "sentenced; completion date not declared";
      } else {
        Date until = c.sentence_completed_on->AddYears(5);
        bar_until = until.ToString();
        bool within = WithinSentenceBar(*c.sentence_completed_on, c.term_start);
        o = within ? Outcome::kFail : Outcome::kPass;
        zh = within ? "刑罚执行完毕（" + c.sentence_completed_on->ToString() + "）之日起未逾五年（至 " + bar_until + "）"
                    : "刑罚执行完毕（" + c.sentence_completed_on->ToString() + "）之日起已逾五年";
        en = within ? "within 5 years of completing a sentence (until " + bar_until + ")"
                    : "more than 5 years since the sentence was completed";
      }
    }
    std::vector<std::pair<std::string, std::string>> facts{{"term_start", c.term_start.ToString()}};
    if (c.sentence_completed_on) facts.push_back({"sentence_completed_on", c.sentence_completed_on->ToString()});
    if (!bar_until.empty()) facts.push_back({"bar_until", bar_until});
    out.push_back(Make("LEADER-CRIMINAL-RECORD", BasisText("LEADER-CRIMINAL-RECORD"), "刑事处罚记录（五年内）", o, zh, en,
                       std::move(facts)));
  }
  // 社会团体登记管理条例第十三条第（三）项, 民办非企业单位登记管理暂行条例第十一条第二款第（四）项, 基金会管理条例第二十三条
  // 第二款: deprived of political rights, now or ever. Community filings are under none of them.
  if (leading && org_type != OrgType::kCommunity) {
    Outcome o = Outcome::kNeedsReview;
    std::string zh = "是否受过剥夺政治权利的刑事处罚未申报，需人工核实", en = "deprivation of political rights not declared";
    std::vector<std::pair<std::string, std::string>> facts;
    if (c.political_rights_deprived.has_value() && !*c.political_rights_deprived) {
      o = Outcome::kPass, zh = "申报未受过剥夺政治权利的刑事处罚", en = "declared never deprived of political rights";
    } else if (c.political_rights_deprived.value_or(false)) {
      o = Outcome::kFail;
      bool serving = !c.political_rights_deprived_until || *c.political_rights_deprived_until >= today;
      zh = serving ? "正在被剥夺政治权利" : "曾经受到剥夺政治权利的刑事处罚";
      en = serving ? "currently deprived of political rights" : "was deprived of political rights";
      if (c.political_rights_deprived_until)
        facts.push_back({"deprived_until", c.political_rights_deprived_until->ToString()});
    }
    out.push_back(Make("LEADER-POLITICAL-RIGHTS", BasisText("LEADER-POLITICAL-RIGHTS"), "剥夺政治权利", o, zh, en,
                       std::move(facts)));
  }
  if (Has(c.roles, PersonRole::kBranchManager)) {
    bool ok = org_type == OrgType::kSocialGroup || org_type == OrgType::kFoundation;
    out.push_back(Make("LEADER-BRANCH-MANAGER", BasisText("LEADER-BRANCH-MANAGER"), "分支机构负责人",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "该类组织可依法设立分支机构、代表机构" : "该类组织不得设立分支机构，不能登记分支机构负责人",
                       ok ? "this type of organization may have branches"
                          : "this type of organization may not have branches",
                       {{"org_type", std::string(ToString(org_type))}}));
  }
  {
    // A supervisor checks the board and the accounts: not a director, not the finance manager, in this record or
    // one already held here (基金会管理条例第二十二条第一款; the model charters say the same for the other types).
    auto conflicting = [](const std::vector<PersonRole>& rs) {
      return Has(rs, PersonRole::kDirector) || Has(rs, PersonRole::kFinanceManager) || AnyLeading(rs);
    };
    bool applies = Has(c.roles, PersonRole::kSupervisor) ||
                   (Has(ctx.held_here, PersonRole::kSupervisor) && conflicting(c.roles));
    if (applies) {
      bool ok = !((Has(c.roles, PersonRole::kSupervisor) && (conflicting(c.roles) || conflicting(ctx.held_here))) ||
                  (Has(ctx.held_here, PersonRole::kSupervisor) && conflicting(c.roles)));
      out.push_back(Make("LEADER-SUPERVISOR-INCOMPATIBLE", BasisText("LEADER-SUPERVISOR-INCOMPATIBLE"),
                         "监事不得兼任理事、负责人或财会人员", ok ? Outcome::kPass : Outcome::kFail,
                         ok ? "监事未兼任理事、负责人或财会人员" : "同一人既任监事又任理事、负责人或财务负责人",
                         ok ? "the supervisor holds no incompatible post"
                            : "a supervisor may not be a director, a leader or the finance manager",
                         {}));
    }
  }
  if (Has(c.roles, PersonRole::kFinanceManager) && Has(c.roles, PersonRole::kLegalRep)) {
    out.push_back(Make("LEADER-FINANCE-SEPARATION", BasisText("LEADER-FINANCE-SEPARATION"), "财务负责人不相容职务",
                       Outcome::kNeedsReview, "法定代表人兼任财务负责人，需核实不相容职务分离",
                       "the legal representative is also the finance manager: check segregation of duties", {}));
  }
  if (Has(c.roles, PersonRole::kPartyWorker)) {
    Outcome o = !c.party_member ? Outcome::kNeedsReview : *c.party_member ? Outcome::kPass : Outcome::kFail;
    out.push_back(Make("LEADER-PARTY-WORKER", BasisText("LEADER-PARTY-WORKER"), "党务工作者", o,
                       o == Outcome::kPass   ? "申报为正式党员"
                       : o == Outcome::kFail ? "党务工作者应为正式党员"
                                             : "党员身份未申报，需向党组织核实",
                       o == Outcome::kPass   ? "declared a formal party member"
                       : o == Outcome::kFail ? "a party worker must be a formal party member"
                                             : "party membership not declared",
                       {}));
  }
  // No data source is connected for these yet; they go to a person, never silently pass.
  out.push_back(Make("LEADER-DISHONEST-DEBTOR", BasisText("LEADER-DISHONEST-DEBTOR"), "失信被执行人", Outcome::kNeedsReview,
                     "需查询人民法院失信被执行人名单", "check the court's list of dishonest judgment debtors", {}));
  return out;
}

}  // namespace socorg
