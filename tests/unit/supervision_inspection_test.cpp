#include <gtest/gtest.h>

#include <sodium.h>

#include "domain/supervision/inspection_draw.h"

namespace socorg::supervision {
namespace {

std::vector<std::string> Population(int n) {
  std::vector<std::string> p;
  for (int i = 0; i < n; ++i) p.push_back("5115250" + std::to_string(10000000000 + i));
  return p;
}

std::vector<DrawInspector> Roster(int n) {
  std::vector<DrawInspector> r;
  for (int i = 1; i <= n; ++i) r.push_back({"I" + std::to_string(i), "检查员" + std::to_string(i)});
  return r;
}

TEST(Inspection, Sha256KnownVector) {
  ASSERT_GE(sodium_init(), 0);
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// The minimum ratio by the authority's level: 3% county, 4% city, 5% province, 10% ministry.
TEST(Inspection, MinimumRatioByLevel) {
  RulesConfig cfg;
  struct Case {
    RegionLevel level;
    int permille;
    Outcome want;
  } cases[] = {
      {RegionLevel::kCounty, 29, Outcome::kFail},    {RegionLevel::kCounty, 30, Outcome::kPass},
      {RegionLevel::kCity, 39, Outcome::kFail},      {RegionLevel::kCity, 40, Outcome::kPass},
      {RegionLevel::kProvince, 49, Outcome::kFail},  {RegionLevel::kProvince, 50, Outcome::kPass},
      {RegionLevel::kNational, 99, Outcome::kFail},  {RegionLevel::kNational, 100, Outcome::kPass},
      {RegionLevel::kNational, 1001, Outcome::kFail},
  };
  for (auto c : cases) EXPECT_EQ(CheckPlanRatio(c.level, c.permille, cfg).outcome, c.want) << c.permille;
}

TEST(Inspection, CountRoundsUp) {
  EXPECT_EQ(DrawCount(232, 100), 24u);  // Xilingol: 10% of 232 league-level organizations
  EXPECT_EQ(DrawCount(100, 30), 3u);
  EXPECT_EQ(DrawCount(101, 30), 4u);
  EXPECT_EQ(DrawCount(0, 30), 0u);
}

TEST(Inspection, ReproducibleAndOrderIndependent) {
  auto pop = Population(500);
  auto a = Draw(pop, Roster(10), {}, "2025-plan-152502", 30, 2);
  std::reverse(pop.begin(), pop.end());
  auto b = Draw(pop, Roster(10), {}, "2025-plan-152502", 30, 2);
  ASSERT_TRUE(a && b);
  ASSERT_EQ(a->drawn.size(), 15u);
  EXPECT_EQ(a->population_digest, b->population_digest);
  for (size_t i = 0; i < a->drawn.size(); ++i) {
    EXPECT_EQ(a->drawn[i].uscc, b->drawn[i].uscc);
    EXPECT_EQ(a->drawn[i].inspectors, b->drawn[i].inspectors);
    EXPECT_EQ(a->drawn[i].key, Sha256Hex("2025-plan-152502:" + a->drawn[i].uscc));
    EXPECT_EQ(a->drawn[i].inspectors.size(), 2u);
    EXPECT_NE(a->drawn[i].inspectors[0], a->drawn[i].inspectors[1]);
  }
  // Keys ascend: the draw is the lowest hashes.
  for (size_t i = 1; i < a->drawn.size(); ++i) EXPECT_LT(a->drawn[i - 1].key, a->drawn[i].key);
  auto c = Draw(Population(500), Roster(10), {}, "another seed", 30, 2);
  EXPECT_NE(a->drawn[0].uscc, c->drawn[0].uscc);
}

// ≥ 2 inspectors per organization, skipping the ones with a declared conflict.
TEST(Inspection, SkipsConflictedInspectors) {
  auto pop = Population(50);
  auto plain = Draw(pop, Roster(4), {}, "s", 100, 2);
  ASSERT_TRUE(plain);
  const auto& first = plain->drawn[0];
  std::set<std::pair<std::string, std::string>> conflicts{{first.inspectors[0], first.uscc}};
  auto skipped = Draw(pop, Roster(4), conflicts, "s", 100, 2);
  ASSERT_TRUE(skipped);
  EXPECT_EQ(skipped->drawn[0].uscc, first.uscc);
  EXPECT_EQ(skipped->drawn[0].inspectors[0], first.inspectors[1]);
  EXPECT_NE(skipped->drawn[0].inspectors[1], first.inspectors[0]);
  // Other organizations are unaffected.
  EXPECT_EQ(skipped->drawn[1].inspectors, plain->drawn[1].inspectors);
  // With 3 inspectors and 2 conflicted, fewer than 2 remain: refused.
  std::set<std::pair<std::string, std::string>> many{{"I1", first.uscc}, {"I2", first.uscc}};
  auto refused = Draw(pop, Roster(3), many, "s", 100, 2);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "not_enough_inspectors");
}

TEST(Inspection, RejectsEmptySeed) { EXPECT_EQ(Draw(Population(5), Roster(2), {}, "", 100, 2).error().field, "seed"); }

}  // namespace
}  // namespace socorg::supervision
