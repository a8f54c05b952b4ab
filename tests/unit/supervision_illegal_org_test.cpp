#include <gtest/gtest.h>

#include "domain/supervision/illegal_org.h"

namespace socorg::supervision {
namespace {

TEST(IllegalOrg, ProcedureOrder) {
  struct Case {
    CaseStatus from;
    CaseStep step;
    std::optional<CaseStatus> to;
  } cases[] = {
      {CaseStatus::kProposed, CaseStep::kFile, CaseStatus::kFiled},
      {CaseStatus::kProposed, CaseStep::kInvestigate, std::nullopt},  // nothing is investigated before 立案
      {CaseStatus::kProposed, CaseStep::kPropose, std::nullopt},
      {CaseStatus::kProposed, CaseStep::kClose, CaseStatus::kClosed},  // 不予立案
      {CaseStatus::kFiled, CaseStep::kFile, std::nullopt},             // filed once
      {CaseStatus::kFiled, CaseStep::kInvestigate, CaseStatus::kInvestigating},
      {CaseStatus::kInvestigating, CaseStep::kInvestigate, CaseStatus::kInvestigating},
      {CaseStatus::kFiled, CaseStep::kReport, std::nullopt},
      {CaseStatus::kInvestigating, CaseStep::kReport, CaseStatus::kReported},
      {CaseStatus::kReported, CaseStep::kBan, std::nullopt},  // 取缔决定 needs 法制审核
      {CaseStatus::kReported, CaseStep::kLegalReview, CaseStatus::kLegalReviewed},
      {CaseStatus::kLegalReviewed, CaseStep::kBan, CaseStatus::kBanned},
      {CaseStatus::kReported, CaseStep::kDissuade, CaseStatus::kDissuaded},
      {CaseStatus::kInvestigating, CaseStep::kRefer, CaseStatus::kReferred},
      {CaseStatus::kBanned, CaseStep::kClose, std::nullopt},
  };
  for (auto c : cases) {
    auto r = NextCaseStatus(c.from, c.step);
    if (c.to) {
      ASSERT_TRUE(r) << ToString(c.from) << " " << ToString(c.step);
      EXPECT_EQ(*r, *c.to);
    } else {
      ASSERT_FALSE(r) << ToString(c.from) << " " << ToString(c.step);
      EXPECT_EQ(r.error().kind, ErrorKind::kRuleViolation);
    }
  }
}

TEST(IllegalOrg, FilingApprovedBySecondOfficerOfTheHandlingAuthority) {
  EXPECT_EQ(CheckFilingApproval("xlht", "xlht2", "152502", "152502").outcome, Outcome::kPass);
  EXPECT_EQ(CheckFilingApproval("xlht", "xlht", "152502", "152502").outcome, Outcome::kFail);  // own proposal
  EXPECT_EQ(CheckFilingApproval("xlht", "nmg", "152502", "150000").outcome, Outcome::kFail);   // another authority
  EXPECT_EQ(CheckFilingApproval("xlht", "", "152502", "152502").outcome, Outcome::kFail);
  Finding f = CheckFilingApproval("xlht", "xlht2", "152502", "152502");
  EXPECT_EQ(f.rule_id, "ILLEGAL-FILING-APPROVAL");
}

TEST(IllegalOrg, TwoCertifiedOfficers) {
  RulesConfig cfg;
  EXPECT_EQ(CheckInvestigators({{"甲", "E1"}}, cfg).outcome, Outcome::kFail);
  EXPECT_EQ(CheckInvestigators({{"甲", "E1"}, {"乙", ""}}, cfg).outcome, Outcome::kFail);
  EXPECT_EQ(CheckInvestigators({{"甲", "E1"}, {"甲", "E1"}}, cfg).outcome, Outcome::kFail);
  EXPECT_EQ(CheckInvestigators({{"甲", "E1"}, {"乙", "E2"}}, cfg).outcome, Outcome::kPass);
}

TEST(IllegalOrg, TargetsAgainstTheRegister) {
  EXPECT_EQ(CheckTarget(IllegalTarget::kUnregistered, std::nullopt).outcome, Outcome::kPass);
  EXPECT_EQ(CheckTarget(IllegalTarget::kUnregistered, RegisterMatch{OrgType::kCommunity, OrgStatus::kActive}).outcome,
            Outcome::kFail);  // filed community organizations are not targets
  EXPECT_EQ(CheckTarget(IllegalTarget::kUnregistered, RegisterMatch{OrgType::kSocialGroup, OrgStatus::kActive}).outcome,
            Outcome::kFail);
  EXPECT_EQ(CheckTarget(IllegalTarget::kPreparationOverreach, RegisterMatch{OrgType::kSocialGroup, OrgStatus::kPreparing})
                .outcome,
            Outcome::kPass);
  EXPECT_EQ(CheckTarget(IllegalTarget::kAfterRevocation, RegisterMatch{OrgType::kFoundation, OrgStatus::kRevoked}).outcome,
            Outcome::kPass);
  EXPECT_EQ(CheckTarget(IllegalTarget::kAfterRevocation, RegisterMatch{OrgType::kFoundation, OrgStatus::kActive}).outcome,
            Outcome::kFail);
}

TEST(IllegalOrg, Jurisdiction) {
  EXPECT_EQ(*HandlingAuthority({"152502"}, std::nullopt), "152502");
  EXPECT_EQ(*HandlingAuthority({"152502", "152501"}, std::nullopt), "152502");
  EXPECT_EQ(*HandlingAuthority({"152502", "110105"}, std::nullopt), "100000");  // cross-province -> ministry
  EXPECT_EQ(*HandlingAuthority({"152502"}, std::string("152500")), "152500");   // 提级管辖 by the league
  EXPECT_EQ(*HandlingAuthority({"152502"}, std::string("150000")), "150000");
  auto bad = HandlingAuthority({"152502"}, std::string("110000"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "takeover_region");
  EXPECT_FALSE(HandlingAuthority({"152502"}, std::string("152501")));  // a sibling, not a higher authority
}

}  // namespace
}  // namespace socorg::supervision
