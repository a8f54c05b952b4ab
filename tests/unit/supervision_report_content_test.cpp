// Typed annual-report content (#13 item 3): validation with field errors and the foundation spending rules
// AR-FDN-SPEND-PUBLIC / -NONPUBLIC / AR-FDN-ADMIN-COST at their boundaries (基金会管理条例 art. 29, 慈善法 art. 61).
#include <gtest/gtest.h>

#include "domain/legal_basis.h"
#include "domain/supervision/report_content.h"

namespace socorg::supervision {
namespace {

ReportContent Foundation(bool public_fundraising, std::int64_t charitable, std::int64_t management,
                         std::int64_t total_exp) {
  ReportContent c;
  c.present = true;
  c.finances.public_fundraising = public_fundraising;
  c.finances.charitable_expenditure = charitable;
  c.finances.management_costs = management;
  c.finances.total_expenditure = total_exp;
  return c;
}

const Finding* Find(const std::vector<Finding>& fs, const char* id) {
  for (const auto& f : fs)
    if (f.rule_id == id) return &f;
  return nullptr;
}

std::string FieldOf(const Status& s) { return s ? "" : s.error().field; }
std::string CodeOf(const Status& s) { return s ? "" : s.error().code; }

TEST(ReportContent, RulesHaveBasis) {
  for (const char* id : {kRuleSpendPublic, kRuleSpendNonPublic, kRuleAdminCost, "AR-OPINION-REQUIRED"}) {
    EXPECT_FALSE(BasisText(id).empty()) << id;
  }
  EXPECT_NE(BasisText(kRuleSpendPublic).find("第二十九条"), std::string::npos);
  EXPECT_NE(BasisText(kRuleSpendPublic).find("慈善法"), std::string::npos);
}

// 70% of the previous year's income: exactly 70% passes, one fen less fails.
TEST(ReportContent, PublicFoundationSeventyPercentBoundary) {
  PriorYears p;
  p.income_1 = 1'000'000'00;  // ¥1,000,000.00
  auto at = SpendingFindings(OrgType::kFoundation, Foundation(true, 700'000'00, 0, 800'000'00), p);
  ASSERT_NE(Find(at, kRuleSpendPublic), nullptr);
  EXPECT_EQ(Find(at, kRuleSpendPublic)->outcome, Outcome::kPass);
  auto below = SpendingFindings(OrgType::kFoundation, Foundation(true, 700'000'00 - 1, 0, 800'000'00), p);
  const Finding* f = Find(below, kRuleSpendPublic);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->outcome, Outcome::kFail);
  bool has_min = false;
  for (auto& [k, v] : f->facts) has_min = has_min || (k == "required_min" && v == "700000.00");
  EXPECT_TRUE(has_min);
  EXPECT_EQ(Find(below, kRuleSpendNonPublic), nullptr);
  // A remainder: 70% of 1.01 yuan is 0.707 yuan; 70 fen is not enough, 71 fen is.
  p.income_1 = 101;
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 70, 0, 100), p), kRuleSpendPublic)->outcome,
            Outcome::kFail);
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 71, 0, 100), p), kRuleSpendPublic)->outcome,
            Outcome::kPass);
}

// 慈善法 art. 61: or 70% of the three-year average income.
TEST(ReportContent, PublicFoundationThreeYearAverage) {
  PriorYears p;
  p.income_1 = 300, p.income_2 = 100, p.income_3 = 200;  // average 200, 70% = 140
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 140, 0, 200), p), kRuleSpendPublic)->outcome,
            Outcome::kPass);
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 139, 0, 200), p), kRuleSpendPublic)->outcome,
            Outcome::kFail);
  p.income_3.reset();  // without three years only the previous year counts: 70% of 300 = 210
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 140, 0, 200), p), kRuleSpendPublic)->outcome,
            Outcome::kFail);
}

TEST(ReportContent, NonPublicFoundationEightPercentBoundary) {
  PriorYears p;
  p.net_assets_1 = 10'000'000'00;  // ¥10,000,000: 8% = ¥800,000
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(false, 800'000'00, 0, 900'000'00), p),
                 kRuleSpendNonPublic)->outcome,
            Outcome::kPass);
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(false, 800'000'00 - 1, 0, 900'000'00), p),
                 kRuleSpendNonPublic)->outcome,
            Outcome::kFail);
  EXPECT_EQ(SpendingRatioBp(OrgType::kFoundation, Foundation(false, 800'000'00, 0, 1), p), 800);
  EXPECT_EQ(SpendingRatioBp(OrgType::kFoundation, Foundation(false, 800'000'00 - 1, 0, 1), p), 799);
}

TEST(ReportContent, ManagementCostsTenPercentBoundary) {
  PriorYears p;
  p.income_1 = 100;
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 80, 100'000, 1'000'000), p), kRuleAdminCost)
                ->outcome,
            Outcome::kPass);
  EXPECT_EQ(Find(SpendingFindings(OrgType::kFoundation, Foundation(true, 80, 100'001, 1'000'000), p), kRuleAdminCost)
                ->outcome,
            Outcome::kFail);
}

TEST(ReportContent, MissingFiguresNeedReviewAndOtherTypesHaveNone) {
  PriorYears none;
  auto fs = SpendingFindings(OrgType::kFoundation, Foundation(true, 80, 1, 100), none);
  EXPECT_EQ(Find(fs, kRuleSpendPublic)->outcome, Outcome::kNeedsReview);
  EXPECT_EQ(Find(fs, kRuleAdminCost)->outcome, Outcome::kPass);
  EXPECT_FALSE(SpendingRatioBp(OrgType::kFoundation, Foundation(true, 80, 1, 100), none));
  EXPECT_TRUE(SpendingFindings(OrgType::kSocialGroup, Foundation(true, 1, 1, 100), none).empty());
  ReportContent absent;
  EXPECT_TRUE(SpendingFindings(OrgType::kFoundation, absent, none).empty());
}

TEST(ReportContent, ValidationFieldErrors) {
  ReportContent c;
  c.present = true;
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.finances.assets = -1;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "finances.assets_fen");
  EXPECT_EQ(CodeOf(ValidateReportContent(c, 2024)), "negative_amount");
  c.finances.assets = 1000, c.finances.liabilities = 300, c.finances.net_assets = 701;
  EXPECT_EQ(CodeOf(ValidateReportContent(c, 2024)), "net_assets_mismatch");
  c.finances.net_assets = 700;
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.finances.net_assets = -50, c.finances.assets = 250, c.finances.liabilities = 300;  // negative net assets allowed
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.finances.income_donations = 100, c.finances.income_dues = 50, c.finances.total_income = 151;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "finances.total_income_fen");
  c.finances.total_income = 150;
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.finances.total_expenditure = 100, c.finances.charitable_expenditure = 101;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "finances.charitable_expenditure_fen");
  c.finances.charitable_expenditure = 90, c.finances.management_costs = 11;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "finances.management_costs_fen");
  c.finances.management_costs = 10;
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.activities_count = 1;
  c.activities.push_back({"年会", Date::FromYmd(2025, 1, 1), 10});
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "activities.items[0].held_on");
  c.activities[0].held_on = Date::FromYmd(2024, 12, 31);
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.activities.push_back({"讲座", std::nullopt, 0});
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "activities.count");
  c.activities_count = 2;
  c.election_held = true;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "governance.election_on");
  c.election_on = Date::FromYmd(2023, 12, 31);
  EXPECT_EQ(CodeOf(ValidateReportContent(c, 2024)), "date_outside_year");
  c.election_on = Date::FromYmd(2024, 1, 1);
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.party_org_kind = "cell";
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "party.org_kind");
  c.party_org_kind = "branch", c.party_members = 2;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "party.members");
  c.party_members = 3;
  c.disclosed = true;
  EXPECT_EQ(FieldOf(ValidateReportContent(c, 2024)), "disclosure.where");
  c.disclosure_where = "慈善中国";
  EXPECT_TRUE(ValidateReportContent(c, 2024));
  c.finances.staff_salaries = kMaxAmountFen + 1;
  EXPECT_EQ(CodeOf(ValidateReportContent(c, 2024)), "out_of_range");
}

TEST(ReportContent, FenText) {
  EXPECT_EQ(FenText(123456), "1234.56");
  EXPECT_EQ(FenText(5), "0.05");
  EXPECT_EQ(FenText(-5), "-0.05");
}

}  // namespace
}  // namespace socorg::supervision
