// Party building rules (DOMAIN §13; issue #16): the branch requirement at 3 formal members, coverage of smaller
// organizations, the temporary branch's eligibility and term (the day its council's term ends and the day after),
// 党建入章, input checks, coverage fractions and participation in major decisions.
#include <gtest/gtest.h>

#include "domain/legal_basis.h"
#include "domain/party/party.h"

namespace socorg::party {
namespace {

Date D(const char* s) { return *Date::Parse(s); }

const Finding* Rule(const std::vector<Finding>& fs, const std::string& id) {
  for (const auto& f : fs)
    if (f.rule_id == id) return &f;
  return nullptr;
}

PartyData With(int formal, OrgKind kind) {
  PartyData d;
  d.as_of = D("2025-01-01");
  d.formal_members = formal;
  d.kind = kind;
  d.charter_clause = true;
  return d;
}

PartyData Temporary(const char* term_ends, int council = 3) {
  PartyData d = With(0, OrgKind::kTemporary);
  d.temporary = {council, "锡林郭勒盟社会工作部", D("2024-01-01"), D(term_ends)};
  return d;
}

TEST(PartyRules, ThreeFormalMembersRequireAnOwnBranch) {
  for (OrgKind k : {OrgKind::kNone, OrgKind::kJoint, OrgKind::kTemporary}) {
    auto fs = Evaluate(With(3, k), D("2025-06-01"));
    ASSERT_NE(Rule(fs, "PARTY-BRANCH-REQUIRED"), nullptr);
    EXPECT_EQ(Rule(fs, "PARTY-BRANCH-REQUIRED")->outcome, Outcome::kFail) << ToString(k);
    EXPECT_EQ(Rule(fs, "PARTY-SMALL-COVERED"), nullptr);
    EXPECT_TRUE(NeedsBranch(With(3, k)));
  }
  for (OrgKind k : {OrgKind::kBranch, OrgKind::kGeneralBranch, OrgKind::kCommittee}) {
    EXPECT_EQ(Rule(Evaluate(With(3, k), D("2025-06-01")), "PARTY-BRANCH-REQUIRED")->outcome, Outcome::kPass);
    EXPECT_FALSE(NeedsBranch(With(3, k)));
  }
}

TEST(PartyRules, TwoFormalMembersNeedAJointBranchOrAnInstructor) {
  auto fs = Evaluate(With(2, OrgKind::kNone), D("2025-06-01"));
  EXPECT_EQ(Rule(fs, "PARTY-BRANCH-REQUIRED"), nullptr);
  EXPECT_EQ(Rule(fs, "PARTY-SMALL-COVERED")->outcome, Outcome::kFail);
  EXPECT_FALSE(NeedsBranch(With(2, OrgKind::kNone)));
  EXPECT_EQ(Rule(Evaluate(With(2, OrgKind::kJoint), D("2025-06-01")), "PARTY-SMALL-COVERED")->outcome, Outcome::kPass);
  PartyData instructor = With(2, OrgKind::kNone);
  instructor.instructor = true;
  EXPECT_EQ(Rule(Evaluate(instructor, D("2025-06-01")), "PARTY-SMALL-COVERED")->outcome, Outcome::kPass);
  EXPECT_FALSE(HasPartyOrganization(instructor, D("2025-06-01")));
  EXPECT_TRUE(HasPartyWork(instructor, D("2025-06-01")));
  PartyData liaison = With(0, OrgKind::kNone);
  liaison.liaison = true;
  EXPECT_TRUE(HasPartyWork(liaison, D("2025-06-01")));
}

TEST(PartyRules, ATemporaryBranchEndsWithItsCouncilsTerm) {
  PartyData d = Temporary("2025-03-31");
  auto on = Evaluate(d, D("2025-03-31"));
  EXPECT_EQ(Rule(on, "PARTY-TEMP-TERM")->outcome, Outcome::kPass);
  EXPECT_EQ(Rule(on, "PARTY-TEMP-ELIGIBLE")->outcome, Outcome::kPass);
  EXPECT_TRUE(HasPartyOrganization(d, D("2025-03-31")));
  auto after = Evaluate(d, D("2025-04-01"));
  EXPECT_EQ(Rule(after, "PARTY-TEMP-TERM")->outcome, Outcome::kFail);
  EXPECT_FALSE(HasPartyOrganization(d, D("2025-04-01")));
  EXPECT_FALSE(HasPartyWork(d, D("2025-04-01")));
}

TEST(PartyRules, ATemporaryBranchNeedsThreeCouncilMembersAndAnApproval) {
  Date today = D("2025-06-01");
  EXPECT_TRUE(Validate(Temporary("2026-01-01"), today));
  auto two = Validate(Temporary("2026-01-01", 2), today);
  ASSERT_FALSE(two);
  EXPECT_EQ(two.error().code, "temporary_branch_not_eligible");
  EXPECT_EQ(two.error().kind, ErrorKind::kRuleViolation);
  PartyData unapproved = Temporary("2026-01-01");
  unapproved.temporary.approved_by.clear();
  EXPECT_EQ(Validate(unapproved, today).error().field, "organization.approved_by");
  PartyData undated = Temporary("2026-01-01");
  undated.temporary.approved_on.reset();
  EXPECT_EQ(Validate(undated, today).error().field, "organization.approved_on");
  PartyData no_term = Temporary("2026-01-01");
  no_term.temporary.term_ends.reset();
  EXPECT_EQ(Validate(no_term, today).error().field, "organization.term_ends");
  PartyData early = Temporary("2023-12-31");
  EXPECT_EQ(Validate(early, today).error().code, "term_before_approval");
  PartyData branch_with_term = With(3, OrgKind::kBranch);
  branch_with_term.temporary.term_ends = D("2026-01-01");
  EXPECT_EQ(Validate(branch_with_term, today).error().code, "not_temporary");
}

TEST(PartyRules, InputChecks) {
  Date today = D("2025-06-01");
  PartyData d = With(3, OrgKind::kBranch);
  EXPECT_TRUE(Validate(d, today));
  d.formal_members = -1;
  EXPECT_EQ(Validate(d, today).error().field, "formal_members");
  d = With(1, OrgKind::kBranch);
  d.probationary_members = 1;
  d.transferred_in = 3;
  EXPECT_EQ(Validate(d, today).error().code, "transferred_exceeds_members");
  d.transferred_in = 2;
  EXPECT_TRUE(Validate(d, today));
  d = With(1, OrgKind::kJoint);
  EXPECT_EQ(Validate(d, today).error().field, "organization.joint_branch_id");
  d.joint_branch_id = 7;
  EXPECT_TRUE(Validate(d, today));
  d = With(3, OrgKind::kBranch);
  d.as_of = D("2025-06-02");
  EXPECT_EQ(Validate(d, today).error().code, "future_date");
  d = With(3, OrgKind::kBranch);
  d.charter_clause = false;
  d.charter_clause_on = D("2024-01-01");
  EXPECT_EQ(Validate(d, today).error().field, "charter_clause_on");
}

TEST(PartyRules, CharterClause) {
  PartyData d = With(3, OrgKind::kBranch);
  EXPECT_EQ(Rule(Evaluate(d, D("2025-06-01")), "PARTY-CHARTER-CLAUSE")->outcome, Outcome::kPass);
  d.charter_clause = false;
  EXPECT_EQ(Rule(Evaluate(d, D("2025-06-01")), "PARTY-CHARTER-CLAUSE")->outcome, Outcome::kFail);
}

TEST(PartyRules, CoverageIsAFractionToFourPlaces) {
  EXPECT_DOUBLE_EQ(CoverageFraction(175, 232), 0.7543);  // Xilingol: 75.4%
  EXPECT_DOUBLE_EQ(CoverageFraction(0, 0), 0);
  EXPECT_DOUBLE_EQ(CoverageFraction(232, 232), 1);
  EXPECT_DOUBLE_EQ(CoverageFraction(1, 3), 0.3333);
}

TEST(PartyRules, EveryRuleHasItsBasis) {
  for (const char* id : {"PARTY-BRANCH-REQUIRED", "PARTY-SMALL-COVERED", "PARTY-TEMP-ELIGIBLE", "PARTY-TEMP-TERM",
                         "PARTY-CHARTER-CLAUSE", "PARTY-DECISION-REPORT", "PARTY-DECISION-DEVIATION"}) {
    EXPECT_NE(FindRuleBasis(id), nullptr) << id;
    EXPECT_FALSE(BasisText(std::string_view(id)).empty()) << id;
  }
  EXPECT_NE(BasisText("PARTY-BRANCH-REQUIRED").find("《中国共产党章程》第三十条第一款"), std::string::npos);
}

TEST(PartyDecisions, ADisagreementIsReportedByItsDeadline) {
  Decision d;
  d.decided_on = D("2025-06-01");
  d.agrees = false;
  d.report_due = D("2025-06-10");
  EXPECT_EQ(DecisionStatus(d), "pending_report");
  EXPECT_EQ(EvaluateDecision(d, D("2025-06-10"))[0].outcome, Outcome::kNeedsReview);  // the last day: not late
  EXPECT_EQ(EvaluateDecision(d, D("2025-06-11"))[0].outcome, Outcome::kFail);
  d.reported_on = D("2025-06-10");
  EXPECT_EQ(EvaluateDecision(d, D("2025-07-01"))[0].outcome, Outcome::kPass);
  EXPECT_EQ(DecisionStatus(d), "awaiting_execution");
  d.reported_on = D("2025-06-11");
  EXPECT_EQ(EvaluateDecision(d, D("2025-07-01"))[0].outcome, Outcome::kFail);  // reported, but late
  d.executed_on = D("2025-06-20");
  EXPECT_EQ(DecisionStatus(d), "done");
  d.deviation = "超出预算";
  d.deviation_on = D("2025-06-25");
  EXPECT_EQ(DecisionStatus(d), "deviation");
  EXPECT_EQ(Rule(EvaluateDecision(d, D("2025-07-01")), "PARTY-DECISION-DEVIATION")->outcome, Outcome::kNeedsReview);
  d.corrected_on = D("2025-06-28");
  EXPECT_EQ(DecisionStatus(d), "done");
  EXPECT_EQ(Rule(EvaluateDecision(d, D("2025-07-01")), "PARTY-DECISION-DEVIATION")->outcome, Outcome::kPass);
}

TEST(PartyDecisions, AnAgreementNeedsNoReport) {
  Decision d;
  d.decided_on = D("2025-06-01");
  EXPECT_EQ(DecisionStatus(d), "awaiting_execution");
  EXPECT_TRUE(EvaluateDecision(d, D("2025-07-01")).empty());
}

TEST(PartyNames, WireNamesRoundTrip) {
  for (OrgKind k : {OrgKind::kNone, OrgKind::kBranch, OrgKind::kGeneralBranch, OrgKind::kCommittee, OrgKind::kJoint,
                    OrgKind::kTemporary})
    EXPECT_EQ(ParseOrgKind(ToString(k)), k);
  EXPECT_EQ(ParseOrgKind("cell"), std::nullopt);
  EXPECT_EQ(ParseMatterKind("major_economic"), MatterKind::kEconomic);
  EXPECT_EQ(ParseParticipation("signed_opinion"), Participation::kSignedOpinion);
}

}  // namespace
}  // namespace socorg::party
