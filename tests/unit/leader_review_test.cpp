// Joint review of responsible persons 联审 (DOMAIN §5): each check is a Finding with pass / fail /
// needs review.
#include "domain/leader_review.h"

#include <gtest/gtest.h>

#include "test_helpers.h"

namespace socorg {
namespace {

const RulesConfig kCfg{};
const Date kToday = Date::FromYmd(2026, 1, 15);
const std::string kId1949 = "11010519491231002X";  // DOMAIN §2.2 vector: born 1949-12-31

LeaderCandidate Candidate(std::vector<PersonRole> roles, Date term_start = Date::FromYmd(2025, 6, 1)) {
  LeaderCandidate c;
  c.name = "王芳";
  c.id_number = testing::MakeId("152502", "19700101", "002");
  c.roles = std::move(roles);
  c.term_start = term_start;
  c.civil_servant = false;
  return c;
}

const Finding* FindRule(const std::vector<Finding>& fs, const std::string& id) {
  for (auto& f : fs)
    if (f.rule_id == id) return &f;
  return nullptr;
}

Outcome OutcomeOf(const std::vector<Finding>& fs, const std::string& id) {
  const Finding* f = FindRule(fs, id);
  EXPECT_NE(f, nullptr) << "no finding " << id;
  return f ? f->outcome : Outcome::kNeedsReview;
}

TEST(LeaderReview, AgeSeventyOnTermStartPassesSeventyOneFails) {
  struct Case {
    Date term_start;
    Outcome want;
    const char* age;
  } cases[] = {
      {Date::FromYmd(2019, 12, 31), Outcome::kPass, "70"},  // the 70th birthday
      {Date::FromYmd(2020, 12, 30), Outcome::kPass, "70"},  // the day before the 71st birthday
      {Date::FromYmd(2020, 12, 31), Outcome::kFail, "71"},  // the 71st birthday
      {Date::FromYmd(2021, 6, 1), Outcome::kFail, "71"},
      {Date::FromYmd(2010, 1, 1), Outcome::kPass, "60"},
  };
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kChair}, c.term_start);
    cand.id_number = kId1949;
    auto fs = ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg);
    const Finding* f = FindRule(fs, "LEADER-AGE");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->outcome, c.want) << c.term_start.ToString();
    bool has_age = false;
    for (auto& [k, v] : f->facts)
      if (k == "age") has_age = v == c.age;
    EXPECT_TRUE(has_age) << c.term_start.ToString() << " should record age " << c.age;
  }
}

TEST(LeaderReview, AgeLimitFollowsConfig) {
  RulesConfig cfg;
  cfg.leader_max_age = 65;
  LeaderCandidate cand = Candidate({PersonRole::kChair}, Date::FromYmd(2015, 12, 31));  // 66
  cand.id_number = kId1949;
  EXPECT_EQ(OutcomeOf(ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, cfg), "LEADER-AGE"), Outcome::kFail);
}

TEST(LeaderReview, IdNumberIsCheckedAndMaskedInFacts) {
  LeaderCandidate cand = Candidate({PersonRole::kDirector});
  cand.id_number = kId1949;
  auto fs = ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg);
  const Finding* f = FindRule(fs, "LEADER-ID");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::kPass);
  // A Finding is shown with the application: it never carries the full ID number.
  for (const Finding& x : fs)
    for (auto& [k, v] : x.facts) EXPECT_EQ(v.find(kId1949), std::string::npos) << x.rule_id << "." << k;
  ASSERT_FALSE(f->facts.empty());
  EXPECT_EQ(f->facts[0].second, "110105********002X");

  cand.id_number = "110105194912310021";  // wrong check character
  auto bad = ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg);
  EXPECT_EQ(OutcomeOf(bad, "LEADER-ID"), Outcome::kFail);
  EXPECT_EQ(FindRule(bad, "LEADER-AGE"), nullptr);  // no age from an invalid number
}

TEST(LeaderReview, ConsecutiveTerms) {
  struct Case {
    int previous;
    Outcome want;
  } cases[] = {{0, Outcome::kPass}, {1, Outcome::kPass}, {2, Outcome::kFail}, {3, Outcome::kFail}};
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kChair});
    cand.previous_consecutive_terms = c.previous;
    EXPECT_EQ(OutcomeOf(ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg), "LEADER-TERMS"), c.want)
        << c.previous << " previous terms";
  }
}

TEST(LeaderReview, ConcurrentLegalRepresentative) {
  struct Case {
    std::vector<OtherPosition> elsewhere;
    Outcome want;
    const char* why;
  } cases[] = {
      {{}, Outcome::kPass, "no other position"},
      {{{"锡林浩特市摄影协会", OrgType::kSocialGroup, PersonRole::kLegalRep, true}}, Outcome::kFail,
       "legal rep of another active social group"},
      {{{"锡林浩特市摄影协会", OrgType::kSocialGroup, PersonRole::kLegalRep, false}}, Outcome::kPass,
       "the other social group is no longer active"},
      {{{"锡林浩特市爱心社会工作服务中心", OrgType::kSocialServiceAgency, PersonRole::kLegalRep, true}}, Outcome::kPass,
       "the other organization is not a social group"},
      {{{"锡林浩特市摄影协会", OrgType::kSocialGroup, PersonRole::kDirector, true}}, Outcome::kPass,
       "a director elsewhere is not a legal representative"},
      {{{"甲协会", OrgType::kSocialGroup, PersonRole::kLegalRep, false},
        {"乙协会", OrgType::kSocialGroup, PersonRole::kLegalRep, true}},
       Outcome::kFail, "one of several is active"},
  };
  for (const auto& c : cases) {
    auto fs = ReviewLeader(Candidate({PersonRole::kLegalRep}), OrgType::kSocialGroup, c.elsewhere, kToday, kCfg);
    EXPECT_EQ(OutcomeOf(fs, "LEADER-CONCURRENT-LEGAL-REP"), c.want) << c.why;
  }
}

TEST(LeaderReview, ConcurrentChairOrSecretaryGeneral) {
  std::vector<OtherPosition> chair_elsewhere{{"锡林浩特市马术协会", OrgType::kSocialGroup, PersonRole::kChair, true}};
  std::vector<OtherPosition> sg_elsewhere{
      {"锡林浩特市马术协会", OrgType::kSocialGroup, PersonRole::kSecretaryGeneral, true}};
  std::vector<OtherPosition> inactive{{"锡林浩特市马术协会", OrgType::kSocialGroup, PersonRole::kChair, false}};
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kChair}), OrgType::kSocialGroup, chair_elsewhere, kToday, kCfg),
                      "LEADER-CONCURRENT-CHAIR"),
            Outcome::kFail);
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kSecretaryGeneral}), OrgType::kSocialGroup, sg_elsewhere,
                                   kToday, kCfg),
                      "LEADER-CONCURRENT-CHAIR"),
            Outcome::kFail);
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kChair}), OrgType::kSocialGroup, inactive, kToday, kCfg),
                      "LEADER-CONCURRENT-CHAIR"),
            Outcome::kPass);
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kChair}), OrgType::kSocialGroup, {}, kToday, kCfg),
                      "LEADER-CONCURRENT-CHAIR"),
            Outcome::kPass);
}

TEST(LeaderReview, ChairAndSecretaryGeneralMustDiffer) {
  auto both = ReviewLeader(Candidate({PersonRole::kChair, PersonRole::kSecretaryGeneral}), OrgType::kSocialGroup, {},
                           kToday, kCfg);
  EXPECT_EQ(OutcomeOf(both, "LEADER-CHAIR-NOT-SG"), Outcome::kFail);
  EXPECT_TRUE(AnyFailed(both));
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kChair}), OrgType::kSocialGroup, {}, kToday, kCfg),
                      "LEADER-CHAIR-NOT-SG"),
            Outcome::kPass);
  EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kSecretaryGeneral, PersonRole::kLegalRep}),
                                   OrgType::kSocialGroup, {}, kToday, kCfg),
                      "LEADER-CHAIR-NOT-SG"),
            Outcome::kPass);
}

TEST(LeaderReview, CivilServant) {
  struct Case {
    std::optional<bool> civil_servant, approved;
    Outcome want;
  } cases[] = {
      {true, std::nullopt, Outcome::kFail},      // serving, no approval: fail
      {true, false, Outcome::kFail},
      {true, true, Outcome::kPass},
      {false, std::nullopt, Outcome::kPass},
      {std::nullopt, std::nullopt, Outcome::kNeedsReview},  // not declared: a person checks
  };
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kDirector});
    cand.civil_servant = c.civil_servant;
    cand.civil_servant_approved = c.approved;
    EXPECT_EQ(OutcomeOf(ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg), "LEADER-CIVIL-SERVANT"), c.want)
        << (c.civil_servant ? (*c.civil_servant ? "serving" : "not serving") : "undeclared");
  }
}

TEST(LeaderReview, DishonestDebtorListIsNeverSilentlyPassed) {
  auto fs = ReviewLeader(Candidate({PersonRole::kChair}), OrgType::kSocialGroup, {}, kToday, kCfg);
  EXPECT_EQ(OutcomeOf(fs, "LEADER-DISHONEST-DEBTOR"), Outcome::kNeedsReview);
}

TEST(LeaderReview, CleanCandidateHasNoFailureAndEveryFindingHasABasis) {
  auto fs = ReviewLeader(Candidate({PersonRole::kLegalRep, PersonRole::kChair}), OrgType::kSocialGroup, {}, kToday, kCfg);
  EXPECT_FALSE(AnyFailed(fs));
  for (const char* id : {"LEADER-ID", "LEADER-AGE", "LEADER-TERMS", "LEADER-CONCURRENT-LEGAL-REP",
                         "LEADER-CONCURRENT-CHAIR", "LEADER-CHAIR-NOT-SG", "LEADER-CIVIL-SERVANT",
                         "LEADER-DISHONEST-DEBTOR"})
    EXPECT_NE(FindRule(fs, id), nullptr) << id;
  for (auto& f : fs) {
    EXPECT_FALSE(f.basis.empty()) << f.rule_id;
    EXPECT_FALSE(f.title_zh.empty()) << f.rule_id;
  }
}

TEST(LeaderReview, SocialGroupOnlyChecksDoNotApplyToAgencies) {
  std::vector<OtherPosition> elsewhere{{"甲协会", OrgType::kSocialGroup, PersonRole::kLegalRep, true}};
  auto fs = ReviewLeader(Candidate({PersonRole::kLegalRep}), OrgType::kSocialServiceAgency, elsewhere, kToday, kCfg);
  EXPECT_EQ(FindRule(fs, "LEADER-CONCURRENT-LEGAL-REP"), nullptr);
}

// 慈善法第十六条第（二）项: "自刑罚执行完毕之日起未逾五年". Completed on 2020-03-10: the five years end on 2025-03-10,
// still within them; the bar is lifted on 2025-03-11.
TEST(LeaderReview, CriminalRecordFiveYearsForCharities) {
  const Date done = Date::FromYmd(2020, 3, 10);
  struct Case {
    Date term_start;
    Outcome want;
    const char* why;
  } cases[] = {
      {Date::FromYmd(2025, 3, 9), Outcome::kFail, "the day before five years"},
      {Date::FromYmd(2025, 3, 10), Outcome::kFail, "five years exactly: not yet exceeded (未逾)"},
      {Date::FromYmd(2025, 3, 11), Outcome::kPass, "the day after five years"},
      {Date::FromYmd(2021, 1, 1), Outcome::kFail, "one year after"},
  };
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kChair}, c.term_start);
    cand.criminal_record = true;
    cand.sentence_completed_on = done;
    auto fs = ReviewLeader(cand, LeaderReviewContext{OrgType::kSocialGroup, true, {}}, {}, kToday, kCfg);
    EXPECT_EQ(OutcomeOf(fs, "LEADER-CRIMINAL-RECORD"), c.want) << c.why;
  }
  EXPECT_TRUE(WithinSentenceBar(done, Date::FromYmd(2025, 3, 10)));
  EXPECT_FALSE(WithinSentenceBar(done, Date::FromYmd(2025, 3, 11)));
  // A sentence completed on 29 February: the corresponding day in 2029 is the end of February.
  EXPECT_TRUE(WithinSentenceBar(Date::FromYmd(2024, 2, 29), Date::FromYmd(2029, 2, 28)));
  EXPECT_FALSE(WithinSentenceBar(Date::FromYmd(2024, 2, 29), Date::FromYmd(2029, 3, 1)));
}

TEST(LeaderReview, CriminalRecordDeclarationsAndWhereTheBarApplies) {
  auto outcome = [](std::optional<bool> record, std::optional<Date> done, LeaderReviewContext org,
                    std::vector<PersonRole> roles) -> std::optional<Outcome> {
    LeaderCandidate cand = Candidate(std::move(roles));
    cand.criminal_record = record;
    cand.sentence_completed_on = done;
    auto fs = ReviewLeader(cand, org, {}, kToday, kCfg);
    const Finding* f = FindRule(fs, "LEADER-CRIMINAL-RECORD");
    return f ? std::optional(f->outcome) : std::nullopt;
  };
  const LeaderReviewContext charity{OrgType::kSocialServiceAgency, true, {}};
  const Date recent = Date::FromYmd(2023, 1, 1);
  EXPECT_EQ(outcome(std::nullopt, std::nullopt, charity, {PersonRole::kLegalRep}), Outcome::kNeedsReview);
  EXPECT_EQ(outcome(false, std::nullopt, charity, {PersonRole::kLegalRep}), Outcome::kPass);
  EXPECT_EQ(outcome(true, std::nullopt, charity, {PersonRole::kLegalRep}), Outcome::kNeedsReview)
      << "no completion date: a person decides, the rule does not guess";
  EXPECT_EQ(outcome(true, recent, charity, {PersonRole::kLegalRep}), Outcome::kFail);
  // Not a charity, not a foundation: no statutory bar, no finding.
  EXPECT_EQ(outcome(true, recent, {OrgType::kSocialGroup, false, {}}, {PersonRole::kChair}), std::nullopt);
  // A charity's director is not one of its 负责人.
  EXPECT_EQ(outcome(true, recent, charity, {PersonRole::kDirector}), std::nullopt);
  // 基金会管理条例第二十三条第二款: a foundation's chair, vice chairs, secretary general, charity or not.
  EXPECT_EQ(outcome(true, recent, {OrgType::kFoundation, false, {}}, {PersonRole::kViceChair}), Outcome::kFail);
  EXPECT_EQ(outcome(true, recent, {OrgType::kFoundation, false, {}}, {PersonRole::kDirector}), std::nullopt);
  // The old signature (kept for callers without the charity status) still applies the foundation bar.
  LeaderCandidate cand = Candidate({PersonRole::kSecretaryGeneral});
  cand.criminal_record = true, cand.sentence_completed_on = recent;
  EXPECT_EQ(OutcomeOf(ReviewLeader(cand, OrgType::kFoundation, {}, kToday, kCfg), "LEADER-CRIMINAL-RECORD"),
            Outcome::kFail);
}

TEST(LeaderReview, PoliticalRightsEverDeprivedFails) {
  struct Case {
    std::optional<bool> deprived;
    std::optional<Date> until;
    Outcome want;
    const char* why;
  } cases[] = {
      {std::nullopt, std::nullopt, Outcome::kNeedsReview, "not declared"},
      {false, std::nullopt, Outcome::kPass, "never deprived"},
      {true, Date::FromYmd(2027, 1, 1), Outcome::kFail, "being deprived now"},
      {true, Date::FromYmd(2001, 1, 1), Outcome::kFail, "deprived once, long ago: 曾经 still bars"},
  };
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kLegalRep});
    cand.political_rights_deprived = c.deprived;
    cand.political_rights_deprived_until = c.until;
    for (OrgType t : {OrgType::kSocialGroup, OrgType::kSocialServiceAgency, OrgType::kFoundation})
      EXPECT_EQ(OutcomeOf(ReviewLeader(cand, t, {}, kToday, kCfg), "LEADER-POLITICAL-RIGHTS"), c.want)
          << c.why << " " << ToString(t);
  }
  LeaderCandidate director = Candidate({PersonRole::kDirector});
  director.political_rights_deprived = true;
  EXPECT_EQ(FindRule(ReviewLeader(director, OrgType::kSocialGroup, {}, kToday, kCfg), "LEADER-POLITICAL-RIGHTS"),
            nullptr)
      << "the regulations bar 拟任负责人";
}

TEST(LeaderReview, BranchManagersOnlyWhereBranchesMayExist) {
  struct Case {
    OrgType type;
    Outcome want;
  } cases[] = {{OrgType::kSocialGroup, Outcome::kPass},
               {OrgType::kFoundation, Outcome::kPass},
               {OrgType::kSocialServiceAgency, Outcome::kFail},  // 民办非企业单位不得设立分支机构
               {OrgType::kCommunity, Outcome::kFail}};
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(ReviewLeader(Candidate({PersonRole::kBranchManager}), c.type, {}, kToday, kCfg),
                        "LEADER-BRANCH-MANAGER"),
              c.want)
        << ToString(c.type);
}

TEST(LeaderReview, SupervisorHoldsNoIncompatiblePost) {
  struct Case {
    std::vector<PersonRole> roles, held_here;
    std::optional<Outcome> want;
    const char* why;
  } cases[] = {
      {{PersonRole::kSupervisor}, {}, Outcome::kPass, "a supervisor alone"},
      {{PersonRole::kSupervisor, PersonRole::kDirector}, {}, Outcome::kFail, "supervisor and director at once"},
      {{PersonRole::kSupervisor, PersonRole::kFinanceManager}, {}, Outcome::kFail, "supervisor and finance"},
      {{PersonRole::kSupervisor}, {PersonRole::kChair}, Outcome::kFail, "already the chair here"},
      {{PersonRole::kFinanceManager}, {PersonRole::kSupervisor}, Outcome::kFail, "already the supervisor here"},
      {{PersonRole::kSupervisor}, {PersonRole::kSpokesperson}, Outcome::kPass, "spokesperson is compatible"},
      {{PersonRole::kDirector}, {}, std::nullopt, "no supervisor involved"},
  };
  for (const auto& c : cases) {
    auto fs = ReviewLeader(Candidate(c.roles), LeaderReviewContext{OrgType::kFoundation, false, c.held_here}, {},
                           kToday, kCfg);
    const Finding* f = FindRule(fs, "LEADER-SUPERVISOR-INCOMPATIBLE");
    if (!c.want) {
      EXPECT_EQ(f, nullptr) << c.why;
      continue;
    }
    ASSERT_NE(f, nullptr) << c.why;
    EXPECT_EQ(f->outcome, *c.want) << c.why;
  }
}

TEST(LeaderReview, ProfessionalPostsAndPartyWorkers) {
  auto fs = ReviewLeader(Candidate({PersonRole::kLegalRep, PersonRole::kFinanceManager}), OrgType::kSocialGroup, {},
                         kToday, kCfg);
  EXPECT_EQ(OutcomeOf(fs, "LEADER-FINANCE-SEPARATION"), Outcome::kNeedsReview);
  EXPECT_EQ(FindRule(ReviewLeader(Candidate({PersonRole::kFinanceManager}), OrgType::kSocialGroup, {}, kToday, kCfg),
                     "LEADER-FINANCE-SEPARATION"),
            nullptr);
  // Project, membership and HR posts get the checks every person gets (ID, age, civil servant, debtor list).
  auto pm = ReviewLeader(Candidate({PersonRole::kProjectManager, PersonRole::kMembershipManager, PersonRole::kHrManager}),
                         OrgType::kSocialGroup, {}, kToday, kCfg);
  EXPECT_FALSE(AnyFailed(pm));
  for (const char* id : {"LEADER-ID", "LEADER-AGE", "LEADER-CIVIL-SERVANT", "LEADER-DISHONEST-DEBTOR"})
    EXPECT_NE(FindRule(pm, id), nullptr) << id;
  EXPECT_EQ(FindRule(pm, "LEADER-POLITICAL-RIGHTS"), nullptr);

  struct Case {
    std::optional<bool> member;
    Outcome want;
  } cases[] = {{true, Outcome::kPass}, {false, Outcome::kFail}, {std::nullopt, Outcome::kNeedsReview}};
  for (const auto& c : cases) {
    LeaderCandidate cand = Candidate({PersonRole::kPartyWorker});
    cand.party_member = c.member;
    EXPECT_EQ(OutcomeOf(ReviewLeader(cand, OrgType::kSocialGroup, {}, kToday, kCfg), "LEADER-PARTY-WORKER"), c.want);
  }
}

// Terms on record: 2015-01-05 (founding), 2018-01-05, 2021-01-05 (current, ends 2024-01-05).
TEST(LeaderReview, ConsecutiveTermsFromTheRegister) {
  const Date t1 = Date::FromYmd(2015, 1, 5), t2 = Date::FromYmd(2018, 1, 5), t3 = Date::FromYmd(2021, 1, 5);
  const std::vector<Date> terms{t3, t1, t2, t2};  // any order, duplicates (an event's old and new values)
  const std::optional<Date> end = Date::FromYmd(2024, 1, 5);
  struct Case {
    std::vector<Date> held;
    Date term_start;
    TermOccasion occasion;
    int want;
    const char* why;
  } cases[] = {
      {{}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 0, "never held"},
      {{t3}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 1, "held the current term"},
      {{t2, t3}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 2, "held the last two: the limit is reached"},
      {{t1, t2, t3}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 3, "three in a row"},
      {{t1, t3}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 1, "a gap in 2018 breaks the run"},
      {{Date::FromYmd(2019, 6, 1), t3}, Date::FromYmd(2024, 1, 5), TermOccasion::kElection, 2,
       "appointed mid-term in 2019: that term counts"},
      {{t2}, Date::FromYmd(2022, 3, 1), TermOccasion::kChange, 1, "a change within the current term: previous is 2018"},
      {{t2, Date::FromYmd(2022, 3, 1)}, Date::FromYmd(2022, 3, 1), TermOccasion::kChange, 1,
       "the record of the term being taken is not a previous term"},
      {{t2}, Date::FromYmd(2023, 6, 1), TermOccasion::kElection, 0,
       "an early election (before the term end) is a new term: 2021 was not held"},
      {{t2, t3}, Date::FromYmd(2023, 6, 1), TermOccasion::kElection, 2, "early election after two held terms"},
      {{t3}, Date::FromYmd(2014, 1, 1), TermOccasion::kChange, 0, "before every term on record"},
      {{t2}, t3, TermOccasion::kElection, 1, "the election already filed: the term taken is the current one"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(PreviousConsecutiveTerms(terms, end, c.held, c.term_start, c.occasion), c.want) << c.why;
  EXPECT_EQ(PreviousConsecutiveTerms({}, std::nullopt, {t1}, t2, TermOccasion::kElection), 0) << "no terms on record";
}

TEST(PersonRoles, NamesRoundTrip) {
  EXPECT_EQ(AllPersonRoles().size(), 13u);
  for (PersonRole r : AllPersonRoles()) {
    EXPECT_EQ(ParsePersonRole(ToString(r)), r);
    EXPECT_FALSE(LabelZh(r).empty());
  }
  EXPECT_FALSE(ParsePersonRole("emperor").has_value());
}

}  // namespace
}  // namespace socorg
