// Founding minimums by type and level (DOMAIN §3), with the boundaries on both sides.
#include "domain/founding.h"

#include <gtest/gtest.h>

#include <string>

namespace socorg {
namespace {

const RulesConfig kCfg{};

const Finding* FindRule(const std::vector<Finding>& fs, const std::string& id) {
  for (auto& f : fs)
    if (f.rule_id == id) return &f;
  return nullptr;
}

Outcome OutcomeOf(const FoundingFacts& facts, const std::string& rule) {
  auto fs = CheckFoundingMinimums(facts, kCfg);
  const Finding* f = FindRule(fs, rule);
  EXPECT_NE(f, nullptr) << "no finding " << rule;
  return f ? f->outcome : Outcome::kNeedsReview;
}

FoundingFacts Group(OrgLevel level, int individual, int units, std::int64_t funds, std::string name = "锡林浩特市摄影协会") {
  FoundingFacts f;
  f.type = OrgType::kSocialGroup;
  f.level = level;
  f.name = std::move(name);
  f.individual_members = individual;
  f.unit_members = units;
  f.funds = funds;
  return f;
}

TEST(FoundingSocialGroup, Members) {
  struct Case {
    int individual, units;
    Outcome want;
  } cases[] = {
      {49, 0, Outcome::kFail}, {50, 0, Outcome::kPass},  {0, 29, Outcome::kFail},  {0, 30, Outcome::kPass},
      {25, 25, Outcome::kPass},  // mixed: 50 in total
      {25, 24, Outcome::kFail},  {49, 1, Outcome::kPass},  {1, 29, Outcome::kFail}, {1, 49, Outcome::kPass}, {0, 0, Outcome::kFail},
      {200, 0, Outcome::kPass},
  };
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(Group(OrgLevel::kCounty, c.individual, c.units, 50'000), "FOUND-SG-MEMBERS"), c.want)
        << c.individual << " individual + " << c.units << " units";
}

TEST(FoundingSocialGroup, FundsLocalAndNational) {
  struct Case {
    OrgLevel level;
    std::int64_t funds;
    Outcome want;
  } cases[] = {
      {OrgLevel::kCounty, 29'999, Outcome::kFail},       {OrgLevel::kCounty, 30'000, Outcome::kPass},
      {OrgLevel::kMunicipal, 29'999, Outcome::kFail},    {OrgLevel::kMunicipal, 30'000, Outcome::kPass},
      {OrgLevel::kProvincial, 29'999, Outcome::kFail},   {OrgLevel::kProvincial, 30'000, Outcome::kPass},
      {OrgLevel::kNational, 99'999, Outcome::kFail},     {OrgLevel::kNational, 100'000, Outcome::kPass},
      {OrgLevel::kNational, 30'000, Outcome::kFail},
  };
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(Group(c.level, 60, 0, c.funds, "中国摄影协会"), "FOUND-SG-FUNDS"), c.want)
        << ToString(c.level) << " " << c.funds;
}

TEST(FoundingSocialGroup, NationalWordsOnlyAtNationalLevel) {
  struct Case {
    OrgLevel level;
    const char* name;
    Outcome want;
  } cases[] = {
      {OrgLevel::kCounty, "中国锡林浩特摄影协会", Outcome::kFail},
      {OrgLevel::kCounty, "锡林浩特全国马术协会", Outcome::kFail},
      {OrgLevel::kMunicipal, "锡林郭勒盟中华文化促进会", Outcome::kFail},
      {OrgLevel::kProvincial, "内蒙古中国书法研究会", Outcome::kFail},
      {OrgLevel::kCounty, "锡林浩特市摄影协会", Outcome::kPass},
      {OrgLevel::kNational, "中国摄影家协会", Outcome::kPass},
      {OrgLevel::kNational, "中华全国工商业联合会", Outcome::kPass},
  };
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(Group(c.level, 60, 0, 200'000, c.name), "FOUND-NAME-NATIONAL-WORDS"), c.want)
        << ToString(c.level) << " " << c.name;
}

TEST(FoundingSocialGroup, AllPassingFactsGiveNoFailure) {
  auto fs = CheckFoundingMinimums(Group(OrgLevel::kCounty, 50, 0, 30'000), kCfg);
  EXPECT_FALSE(AnyFailed(fs));
  EXPECT_EQ(fs.size(), 3u);
  for (auto& f : fs) {
    EXPECT_FALSE(f.basis.empty()) << f.rule_id;  // every decision carries its legal basis
    EXPECT_FALSE(f.explanation_zh.empty()) << f.rule_id;
  }
}

TEST(FoundingSocialGroup, MinimumsFollowConfig) {
  RulesConfig cfg;
  cfg.social_group_funds_local = 50'000;
  auto fs = CheckFoundingMinimums(Group(OrgLevel::kCounty, 60, 0, 30'000), cfg);
  ASSERT_NE(FindRule(fs, "FOUND-SG-FUNDS"), nullptr);
  EXPECT_EQ(FindRule(fs, "FOUND-SG-FUNDS")->outcome, Outcome::kFail);
}

FoundingFacts Foundation(OrgLevel level, bool public_fundraising, std::int64_t funds, int directors = 7) {
  FoundingFacts f;
  f.type = OrgType::kFoundation;
  f.level = level;
  f.name = "锡林郭勒盟助学基金会";
  f.public_fundraising = public_fundraising;
  f.funds = funds;
  f.directors = directors;
  return f;
}

TEST(FoundingFoundation, OriginalFund) {
  struct Case {
    OrgLevel level;
    bool pub;
    std::int64_t funds;
    Outcome want;
  } cases[] = {
      {OrgLevel::kMunicipal, false, 1'999'999, Outcome::kFail},  {OrgLevel::kMunicipal, false, 2'000'000, Outcome::kPass},
      {OrgLevel::kNational, false, 2'000'000, Outcome::kPass},   // non-public: 2M at any level
      {OrgLevel::kMunicipal, true, 3'999'999, Outcome::kFail},   {OrgLevel::kMunicipal, true, 4'000'000, Outcome::kPass},
      {OrgLevel::kProvincial, true, 4'000'000, Outcome::kPass},  {OrgLevel::kCounty, true, 2'000'000, Outcome::kFail},
      {OrgLevel::kNational, true, 7'999'999, Outcome::kFail},    {OrgLevel::kNational, true, 8'000'000, Outcome::kPass},
      {OrgLevel::kNational, true, 4'000'000, Outcome::kFail},
  };
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(Foundation(c.level, c.pub, c.funds), "FOUND-FOUNDATION-FUND"), c.want)
        << ToString(c.level) << (c.pub ? " public " : " non-public ") << c.funds;
}

TEST(FoundingFoundation, BoardOfFiveToTwentyFive) {
  struct Case {
    int directors;
    Outcome want;
  } cases[] = {{0, Outcome::kFail}, {4, Outcome::kFail}, {5, Outcome::kPass},
               {25, Outcome::kPass}, {26, Outcome::kFail}};
  for (const auto& c : cases)
    EXPECT_EQ(OutcomeOf(Foundation(OrgLevel::kMunicipal, false, 2'000'000, c.directors), "FOUND-FOUNDATION-BOARD"),
              c.want)
        << c.directors << " directors";
}

TEST(FoundingAgency, NoNationalWordsAtAnyLevel) {
  for (OrgLevel level : {OrgLevel::kCounty, OrgLevel::kProvincial, OrgLevel::kNational}) {
    FoundingFacts f;
    f.type = OrgType::kSocialServiceAgency;
    f.level = level;
    f.name = "中国爱心社会工作服务中心";
    EXPECT_EQ(OutcomeOf(f, "FOUND-NAME-NATIONAL-WORDS"), Outcome::kFail) << ToString(level);
    f.name = "锡林浩特市爱心社会工作服务中心";
    EXPECT_EQ(OutcomeOf(f, "FOUND-NAME-NATIONAL-WORDS"), Outcome::kPass) << ToString(level);
  }
}

TEST(FoundingAgency, NoMinimumFundsByDefault) {
  FoundingFacts f;
  f.type = OrgType::kSocialServiceAgency;
  f.name = "锡林浩特市爱心社会工作服务中心";
  f.funds = 0;
  EXPECT_EQ(OutcomeOf(f, "FOUND-AGENCY-FUNDS"), Outcome::kPass);
}

}  // namespace
}  // namespace socorg
