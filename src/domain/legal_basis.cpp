// The rule-id → legal-basis table. Articles were checked against the statute texts in
// /work/shared/reference/laws/ (社会团体登记管理条例 2016 revision, 民办非企业单位登记管理暂行条例 1998,
// 基金会管理条例 2004). Statutes that are not in reference/laws — the MCA measures on credit information,
// evaluation and random inspections, the 2025 measures on banning illegal organizations, the zombie-organization
// notice and the leader-review documents — are cited as a whole, without an article, as DOMAIN.md and the
// rule files cite them; no article number is given that could not be checked.
#include "domain/legal_basis.h"

namespace socorg {
namespace {

// Statutes in reference/laws.
constexpr std::string_view kSg = "《社会团体登记管理条例》";
constexpr std::string_view kPneu = "《民办非企业单位登记管理暂行条例》";
constexpr std::string_view kFdn = "《基金会管理条例》";

// Not in reference/laws: cited without an article (DOMAIN.md and the rule files name them).
constexpr LegalRef kCredit{"《社会组织信用信息管理办法》", "",
                           "Measures for the Administration of Credit Information of Social Organizations "
                           "(MCA Order No. 60)"};
constexpr LegalRef kRating{"《社会组织评估管理办法》", "",
                           "Measures for the Evaluation of Social Organizations (MCA Order No. 39)"};
constexpr LegalRef kSpotCheck{"《社会组织抽查暂行办法》", "",
                              "Interim Measures for Random Inspections of Social Organizations"};
constexpr LegalRef kRandomNotice{"《国务院办公厅关于推广随机抽查规范事中事后监管的通知》", "",
                                 "General Office of the State Council Notice on Promoting Random Inspections "
                                 "to Regulate Ongoing and Ex-post Supervision"};
constexpr LegalRef kBanning{"《取缔非法社会组织办法》", "",
                            "Measures for Banning Illegal Social Organizations (in force 1 May 2025)"};
constexpr LegalRef kZombieNotice{"《民政部关于开展“僵尸型”社会组织专项整治的通知》", "",
                                 "MCA Notice on the Special Campaign against \"Zombie\" Social Organizations"};
constexpr LegalRef kCharterTemplate{"《社会组织章程示范文本》", "",
                                    "Model Charter of Social Organizations (term elections)"};
constexpr LegalRef kLeaderMeasures{"《社会组织负责人管理办法》", "",
                                   "Measures for the Administration of Responsible Persons of Social Organizations"};
constexpr LegalRef kCivilServant{"《关于规范公务员兼职的规定》", "",
                                 "Provisions on Regulating Part-time Posts Held by Civil Servants"};
constexpr LegalRef kCharityRecognition{"《慈善组织认定办法》", "",
                                       "Measures for the Recognition of Charitable Organizations (MCA Order No. 58)"};
constexpr LegalRef kCharityLaw{"《中华人民共和国慈善法》", "第十条第二款",
                               "Charity Law of the People's Republic of China, Art. 10(2)"};
constexpr LegalRef kReconsiderationDecision{
    "《中华人民共和国行政复议法》", "第六十三条、第六十四条、第六十八条",
    "Administrative Reconsideration Law of the People's Republic of China, Arts. 63, 64, 68 (change, annulment, "
    "upholding)"};
constexpr LegalRef kLitigationJudgment{
    "《中华人民共和国行政诉讼法》", "第六十九条、第七十条、第七十七条",
    "Administrative Litigation Law of the People's Republic of China, Arts. 69, 70, 77 (dismissal, annulment, "
    "change)"};
constexpr LegalRef kReconsiderationNoWorse{"《中华人民共和国行政复议法》", "第六十三条第二款",
                                           "Administrative Reconsideration Law, Art. 63(2)"};
constexpr LegalRef kLitigationNoWorse{"《中华人民共和国行政诉讼法》", "第七十七条第二款",
                                      "Administrative Litigation Law, Art. 77(2)"};
constexpr LegalRef kCharityLawLeaders{"《中华人民共和国慈善法》", "第十六条第（二）项",
                                      "Charity Law of the People's Republic of China, Art. 16(ii)"};
constexpr LegalRef kCivilCodePeriods{"《中华人民共和国民法典》", "第二百零一条、第二百零二条",
                                     "Civil Code of the People's Republic of China, Arts. 201-202 (periods)"};
constexpr LegalRef kPartyGuidance{"《关于加强社会组织党的建设工作的意见（试行）》", "",
                                  "Opinions on Strengthening Party Building in Social Organizations (Trial)"};
// §13 party building (issue #16). The Party Constitution's article is cited from its published text (2022).
constexpr LegalRef kPartyConstitution{"《中国共产党章程》", "第三十条第一款",
                                      "Constitution of the Communist Party of China, Art. 30(1)"};
constexpr LegalRef kBranchRegulations{"《中国共产党支部工作条例（试行）》", "",
                                      "Regulations on the Work of Party Branches (Trial)"};
constexpr LegalRef kIdNumber{"GB 11643-1999《公民身份号码》", "", "GB 11643-1999 Citizen Identification Number"};

constexpr LegalRef Sg(std::string_view article, std::string_view en) { return {kSg, article, en}; }
constexpr LegalRef Pneu(std::string_view article, std::string_view en) { return {kPneu, article, en}; }
constexpr LegalRef Fdn(std::string_view article, std::string_view en) { return {kFdn, article, en}; }

// English titles with the article (kept literal so that each line reads as it is shown).
#define SG_EN(art) "Regulations on the Registration and Administration of Social Groups, " art
#define PNEU_EN(art) "Interim Regulations on the Registration and Administration of Private Non-enterprise Units, " art
#define FDN_EN(art) "Regulations on the Administration of Foundations, " art

std::vector<RuleBasis> MakeTable() {
  std::vector<RuleBasis> t;
  auto add = [&t](std::string_view id, std::vector<LegalRef> refs, std::string_view domain_ref,
                  std::string_view practice_zh = {}, std::string_view practice_en = {}) {
    t.push_back(RuleBasis{id, std::move(refs), practice_zh, practice_en, domain_ref});
  };

  // --- founding minimums (domain/founding.cpp) ---
  add("FOUND-SG-MEMBERS", {Sg("第十条第一款第（一）项", SG_EN("Art. 10(1)(i)"))}, "DOMAIN §3");
  add("FOUND-SG-FUNDS", {Sg("第十条第一款第（五）项", SG_EN("Art. 10(1)(v)"))}, "DOMAIN §3");
  // One rule id for social groups and agencies: each type's regulation says it.
  add("FOUND-NAME-NATIONAL-WORDS",
      {Sg("第十条第二款", SG_EN("Art. 10(2)")), Pneu("第八条第二款", PNEU_EN("Art. 8(2)"))}, "DOMAIN §3");
  // The regulation asks for assets fit for the activity; the minimum amount is local (config).
  add("FOUND-AGENCY-FUNDS", {Pneu("第八条第一款第（四）项", PNEU_EN("Art. 8(1)(iv)"))}, "DOMAIN §3 [config]",
      "最低开办资金按本地规定（可配置）", "minimum funds as set locally (configurable)");
  add("FOUND-FOUNDATION-FUND", {Fdn("第八条第（二）项", FDN_EN("Art. 8(ii)"))}, "DOMAIN §3");
  add("FOUND-FOUNDATION-BOARD", {Fdn("第二十条第一款", FDN_EN("Art. 20(1)"))}, "DOMAIN §3");

  // --- joint review of responsible persons (domain/leader_review.cpp) ---
  add("LEADER-ID", {kIdNumber}, "DOMAIN §2.2");
  add("LEADER-AGE", {kLeaderMeasures}, "DOMAIN §5 [config]", "任职年龄上限按本地规定（可配置）",
      "age limit as set locally (configurable)");
  add("LEADER-TERMS", {}, "DOMAIN §5 [config]", "负责人联审实践：连任届数上限（可配置）",
      "joint-review practice: limit on consecutive terms (configurable)");
  add("LEADER-CONCURRENT-LEGAL-REP", {Sg("第十二条第三款", SG_EN("Art. 12(3)"))}, "DOMAIN §5");
  add("LEADER-CONCURRENT-CHAIR", {}, "DOMAIN §5 [practice]", "负责人联审实践：不兼任其他社会团体会长、秘书长",
      "joint-review practice: not chair or secretary general of another social group");
  add("LEADER-CHAIR-NOT-SG", {}, "DOMAIN §5 [practice]", "负责人联审实践：会长与秘书长不由同一人兼任",
      "joint-review practice: the chair is not also the secretary general");
  add("LEADER-CIVIL-SERVANT", {kCivilServant}, "DOMAIN §5");
  // The 5 years run from the day after the sentence was completed to the same day five years later (Civil Code).
  add("LEADER-CRIMINAL-RECORD",
      {kCharityLawLeaders, Fdn("第二十三条第二款", FDN_EN("Art. 23(2)")), kCivilCodePeriods}, "DOMAIN §5");
  add("LEADER-POLITICAL-RIGHTS",
      {Sg("第十三条第（三）项", SG_EN("Art. 13(iii)")), Pneu("第十一条第二款第（四）项", PNEU_EN("Art. 11(2)(iv)")),
       Fdn("第二十三条第二款", FDN_EN("Art. 23(2)"))},
      "DOMAIN §5");
  add("LEADER-BRANCH-MANAGER",
      {Pneu("第十三条", PNEU_EN("Art. 13")), Fdn("第十二条", FDN_EN("Art. 12"))}, "DOMAIN §3, §5");
  add("LEADER-SUPERVISOR-INCOMPATIBLE", {Fdn("第二十二条第一款", FDN_EN("Art. 22(1)")), kCharterTemplate}, "DOMAIN §5");
  add("LEADER-FINANCE-SEPARATION", {}, "DOMAIN §5 [practice]", "内部控制实践：不相容职务分离（法定代表人不兼任财务负责人）",
      "internal-control practice: segregation of duties (the legal representative is not the finance manager)");
  add("LEADER-PARTY-WORKER", {kPartyGuidance}, "DOMAIN §5, §13");
  add("LEADER-PRE-REVIEW", {kLeaderMeasures}, "DOMAIN §5 [practice]",
      "负责人管理实践：一前一备、变更必备（换届前事前审查，换届后备案，变更必须备案）",
      "practice: reviewed before the election, filed after it, every change filed");
  add("LEADER-DISHONEST-DEBTOR", {}, "DOMAIN §5", "负责人联审实践：核查人民法院失信被执行人名单",
      "joint-review practice: check of the courts' list of dishonest judgment debtors");

  // --- §6 annual reports ---
  add("AR-DUE",
      {Sg("第二十八条", SG_EN("Art. 28")), Pneu("第二十三条", PNEU_EN("Art. 23")),
       Fdn("第三十六条", FDN_EN("Art. 36"))},
      "DOMAIN §6");
  // #13 item 3: the supervisory unit's review before the conclusion, and the foundation spending rules.
  add("AR-OPINION-REQUIRED",
      {Sg("第二十八条第一款", SG_EN("Art. 28(1)")), Pneu("第二十三条第一款", PNEU_EN("Art. 23(1)")),
       Fdn("第三十六条", FDN_EN("Art. 36"))},
      "DOMAIN §6", "直接登记、无业务主管单位的组织不适用",
      "not applicable to organizations registered directly, without a supervisory unit");
  add("AR-FDN-SPEND-PUBLIC",
      {Fdn("第二十九条第一款", FDN_EN("Art. 29(1)")),
       {"《中华人民共和国慈善法》", "第六十一条第一款", "Charity Law of the People's Republic of China, Art. 61(1)"}},
      "DOMAIN §6, §17", "慈善法另许以前三年收入平均数额的70%为准；特殊情况应报告并公开说明",
      "the Charity Law also allows 70% of the three-year average income; exceptions are reported and explained");
  add("AR-FDN-SPEND-NONPUBLIC", {Fdn("第二十九条第一款", FDN_EN("Art. 29(1)"))}, "DOMAIN §6, §17",
      "基金余额按上一年度末净资产计", "the fund balance is taken as the previous year-end net assets");
  add("AR-FDN-ADMIN-COST",
      {Fdn("第二十九条第二款", FDN_EN("Art. 29(2)")),
       {"《中华人民共和国慈善法》", "第六十一条第一款", "Charity Law of the People's Republic of China, Art. 61(1)"}},
      "DOMAIN §6, §17", "以管理费用（工资福利和行政办公支出）计", "measured as management costs (wages and office costs)");

  // --- §7 ratings ---
  for (std::string_view id :
       {"RATING-ELIG-AGE", "RATING-ELIG-VALID", "RATING-ELIG-REPORT", "RATING-ELIG-PENALTY", "RATING-ELIG-CREDIT",
        "RATING-ELIG-CASE", "RATING-EXPIRED", "RATING-DOWNGRADE-UNQUALIFIED", "RATING-DOWNGRADE-TWICE-BASIC",
        "RATING-DOWNGRADE-PENALTY"})
    add(id, {kRating}, "DOMAIN §7");
  // #13: public notice and objections, cancellation for fraud, certificates (办法 cited as a whole: see top).
  add("RATING-NOTICE", {kRating}, "DOMAIN §7 [config]", "公示期天数按本地规定（可配置，默认7日）",
      "length of the notice period as set locally (configurable, default 7 days)");
  add("RATING-CANCEL-FRAUD", {kRating}, "DOMAIN §7");
  add("RATING-ELIG-CANCELLED", {kRating}, "DOMAIN §7 [config]", "取消等级后不得重新申请的年限按本地规定（可配置，默认2年）",
      "years without a new application after a cancellation, as set locally (configurable, default 2)");
  add("RATING-CERTIFICATE", {kRating}, "DOMAIN §7");

  // --- §8 credit ---
  for (std::string_view id :
       {"CREDIT-ANOMALY-REPORT", "CREDIT-ANOMALY-RECTIFICATION", "CREDIT-ANOMALY-PENALTY", "CREDIT-ANOMALY-MANUAL",
        "CREDIT-SERIOUS-ESCALATION", "CREDIT-SERIOUS-LARGE-FINE", "CREDIT-SERIOUS-SUSPENSION",
        "CREDIT-SERIOUS-REPEATED-PENALTIES", "CREDIT-SERIOUS-REVOKED", "CREDIT-SERIOUS-MANUAL",
        "CREDIT-SERIOUS-REPAIR", "CREDIT-ANOMALY-UNREACHABLE"})
    add(id, {kCredit}, "DOMAIN §8");
  // ② from the party module's data (#16): the credit measures and the rule that requires the organization.
  add("CREDIT-ANOMALY-PARTY", {kCredit, kPartyConstitution}, "DOMAIN §8, §13");

  // --- §9 random inspections ---
  for (std::string_view id : {"INSPECTION-RATIO", "INSPECTION-ONE-DRAW", "INSPECTION-SPECIAL", "INSPECTION-CHECKLIST"})
    add(id, {kSpotCheck, kRandomNotice}, "DOMAIN §9");

  // --- §10 penalties: fines of 1-3 times the illegal turnover or 3-5 times the illegal gains ---
  add("PENALTY-FINE-BOUNDS",
      {Sg("第三十条第二款", SG_EN("Art. 30(2)")), Pneu("第二十五条第二款", PNEU_EN("Art. 25(2)"))}, "DOMAIN §10");

  // --- §10 reconsideration and litigation outcomes of a penalty (#13). The 2023 行政复议法 and the 2017
  // 行政诉讼法 are not in reference/laws: their articles are cited from the published texts.
  add("PENALTY-OUTCOME", {kReconsiderationDecision, kLitigationJudgment}, "DOMAIN §10");
  add("PENALTY-OUTCOME-NO-WORSE", {kReconsiderationNoWorse, kLitigationNoWorse}, "DOMAIN §10");
  add("PENALTY-OUTCOME-CREDIT", {kReconsiderationDecision, kLitigationJudgment, kCredit}, "DOMAIN §8, §10");

  // --- §13 party building (issue #16) ---
  add("PARTY-BRANCH-REQUIRED", {kPartyConstitution, kBranchRegulations, kPartyGuidance}, "DOMAIN §13");
  add("PARTY-SMALL-COVERED", {kBranchRegulations, kPartyGuidance}, "DOMAIN §13");
  add("PARTY-TEMP-ELIGIBLE", {kBranchRegulations}, "DOMAIN §13 [practice]",
      "内江市社会组织临时党支部建设指引：理事会中组织关系未转入的正式党员3名以上，经有审批预备党员权限的上级党组织批准",
      "Neijiang guide on temporary branches: 3 or more formal members on the council whose membership is not "
      "transferred, approved by a superior organization that may approve probationary members");
  add("PARTY-TEMP-TERM", {kBranchRegulations}, "DOMAIN §13 [practice]",
      "内江市社会组织临时党支部建设指引：任期与理事会任期一致，理事会任期届满时临时党支部自然撤销",
      "Neijiang guide: the term equals the council's; the branch ends when the council's term ends");
  add("PARTY-CHARTER-CLAUSE", {kPartyGuidance, kCharterTemplate}, "DOMAIN §13");
  add("PARTY-DECISION-REPORT", {kPartyGuidance}, "DOMAIN §13 [practice]",
      "抚顺市社会组织党组织参与重大决策指引：对重要事项有不同意见的向上级党组织报告（报告期限在登记决策时确定）",
      "Fushun guide on participation in major decisions: a disagreement on an important matter is reported to "
      "the superior party organization (by the deadline set when the decision is recorded)");
  add("PARTY-DECISION-DEVIATION", {kPartyGuidance}, "DOMAIN §13 [practice]",
      "抚顺市社会组织党组织参与重大决策指引：跟踪决策执行，发现偏差及时纠正",
      "Fushun guide: execution is tracked and deviations corrected");

  // --- §17 charity recognition (the supervision module's guard on the core action) ---
  for (std::string_view id : {"CHARITY-SERIOUS", "CHARITY-ANOMALY", "CHARITY-PENALTY", "CHARITY-AGE"})
    add(id, {kCharityLaw, kCharityRecognition}, "DOMAIN §8, §17");

  // --- §11 zombie organizations, §4 elections and revocation ---
  add("ZOMBIE", {kZombieNotice}, "DOMAIN §11 [practice]");
  add("LOW-ACTIVITY-COMMUNITY", {kZombieNotice}, "DOMAIN §11 [practice, config]",
      "社区社会组织备案管理实践：连续无活动记录的月数（可配置）",
      "community filing practice: months without recorded activity (configurable)");
  // The charter sets how leaders are elected (and so the term); a foundation's term is at most 5 years.
  add("ELECTION-OVERDUE",
      {Sg("第十四条第（五）项", SG_EN("Art. 14(v)")), Fdn("第二十条第一款", FDN_EN("Art. 20(1)")),
       kCharterTemplate},
      "DOMAIN §4");
  // Not accepting supervision and inspection (年检) as required; revocation where serious.
  add("REVOKE-NO-INSPECTION",
      {Sg("第三十条第一款第（三）项", SG_EN("Art. 30(1)(iii)")),
       Pneu("第二十五条第一款第（三）项", PNEU_EN("Art. 25(1)(iii)")),
       Fdn("第四十二条第一款第（五）项", FDN_EN("Art. 42(1)(v)"))},
      "DOMAIN §4", "实践中连续2年未参加年检（可配置）", "in practice 2 consecutive years without inspection (configurable)");

  // --- §4 life cycle: change, election filing, liquidation and deregistration, revocation (domain/lifecycle.h) ---
  add("CHANGE-CONSENT",
      {Sg("第十八条", SG_EN("Art. 18")), Pneu("第十五条", PNEU_EN("Art. 15")),
       Fdn("第十五条第二款", FDN_EN("Art. 15(2)"))},
      "DOMAIN §1, §4");
  add("CHANGE-WINDOW-30D", {Sg("第十八条", SG_EN("Art. 18")), Pneu("第十五条", PNEU_EN("Art. 15"))}, "DOMAIN §4");
  add("CHANGE-CHARTER-APPROVAL",
      {Sg("第十八条第二款", SG_EN("Art. 18(2)")), Pneu("第十五条第二款", PNEU_EN("Art. 15(2)")),
       Fdn("第十五条第二款", FDN_EN("Art. 15(2)"))},
      "DOMAIN §4");
  add("CHANGE-PUBLISH",
      {Sg("第二十三条", SG_EN("Art. 23")), Pneu("第十八条", PNEU_EN("Art. 18")), Fdn("第十九条", FDN_EN("Art. 19"))},
      "DOMAIN §4");
  add("CHANGE-LEGAL-REP-REVIEW", {kLeaderMeasures}, "DOMAIN §4, §5 [practice]",
      "负责人联审实践：一前一备、变更必备，变更法定代表人须经联审",
      "joint-review practice: a new legal representative is reviewed before the change is registered");
  add("ELECTION-FILING-1M", {kCharterTemplate}, "DOMAIN §4", "换届完成后1个月内报登记管理机关备案",
      "an election is filed with the registration authority within one month after it was held");
  add("ELECTION-TERM", {Sg("第十四条第（五）项", SG_EN("Art. 14(v)")), kCharterTemplate}, "DOMAIN §4 [config]",
      "每届任期按章程，最长年限可配置（默认5年）", "the term as the charter sets it, at most the configured years (default 5)");
  add("FDN-BOARD-TERM", {Fdn("第二十条第一款", FDN_EN("Art. 20(1)"))}, "DOMAIN §3, §4");
  add("DEREG-LIQUIDATION",
      {Sg("第二十条", SG_EN("Art. 20")), Sg("第二十一条第一款", SG_EN("Art. 21(1)")),
       Pneu("第十六条第二款", PNEU_EN("Art. 16(2)")), Pneu("第十七条第一款", PNEU_EN("Art. 17(1)")),
       Fdn("第十八条", FDN_EN("Art. 18"))},
      "DOMAIN §4");
  add("DEREG-CONSENT",
      {Sg("第十九条", SG_EN("Art. 19")), Sg("第二十一条第一款", SG_EN("Art. 21(1)")),
       Pneu("第十七条第一款", PNEU_EN("Art. 17(1)"))},
      "DOMAIN §4");
  add("DEREG-15-DAYS",
      {Sg("第二十一条第一款", SG_EN("Art. 21(1)")), Pneu("第十七条第一款", PNEU_EN("Art. 17(1)")),
       Fdn("第十八条第二款", FDN_EN("Art. 18(2)"))},
      "DOMAIN §4");
  add("REVOKE-NO-ACTIVITY", {Sg("第二十九条", SG_EN("Art. 29")), Fdn("第四十一条第（一）项", FDN_EN("Art. 41(i)"))},
      "DOMAIN §4");

  // --- §12 illegal organizations ---
  add("ILLEGAL-TARGET",
      {kBanning, Sg("第三十二条", SG_EN("Art. 32")), Pneu("第二十七条", PNEU_EN("Art. 27")),
       Fdn("第四十条", FDN_EN("Art. 40"))},
      "DOMAIN §12");
  add("ILLEGAL-FILING-APPROVAL", {kBanning}, "DOMAIN §12");
  add("ILLEGAL-OFFICERS", {kBanning}, "DOMAIN §12");
  add("ILLEGAL-JURISDICTION", {kBanning}, "DOMAIN §12");
  return t;
}

#undef SG_EN
#undef PNEU_EN
#undef FDN_EN

std::string Join(const RuleBasis& b, bool en) {
  std::string out;
  const char* sep = en ? "; " : "；";
  for (const auto& r : b.refs) {
    if (!out.empty()) out += sep;
    if (en) {
      out += r.title_en;
    } else {
      out += r.statute;
      out += r.article;
    }
  }
  std::string_view note = en ? b.practice_en : b.practice_zh;
  if (!note.empty()) {
    if (!out.empty()) out += sep;
    out += note;
  }
  return out;
}

}  // namespace

const std::vector<RuleBasis>& AllRuleBases() {
  static const std::vector<RuleBasis> table = MakeTable();
  return table;
}

const RuleBasis* FindRuleBasis(std::string_view rule_id) {
  for (const auto& b : AllRuleBases())
    if (b.rule_id == rule_id) return &b;
  return nullptr;
}

std::string BasisText(const RuleBasis& b) { return Join(b, false); }
std::string BasisTextEn(const RuleBasis& b) { return Join(b, true); }

std::string BasisText(std::string_view rule_id) {
  const RuleBasis* b = FindRuleBasis(rule_id);
  return b ? BasisText(*b) : std::string();
}
std::string BasisTextEn(std::string_view rule_id) {
  const RuleBasis* b = FindRuleBasis(rule_id);
  return b ? BasisTextEn(*b) : std::string();
}

}  // namespace socorg
