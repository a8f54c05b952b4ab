// Administrative divisions (DOMAIN §2.3): subtree membership by code, parents, and the division table
// loaded from data/divisions.tsv.
#include "domain/region.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "app/app_context.h"

namespace socorg {
namespace {

TEST(Region, Shape) {
  EXPECT_TRUE(IsRegionCodeShape("152502"));
  EXPECT_TRUE(IsRegionCodeShape("100000"));
  for (const char* bad : {"", "15250", "1525021", "15250a", " 52502", "１５２５０２"})
    EXPECT_FALSE(IsRegionCodeShape(bad)) << bad;
}

TEST(Region, Levels) {
  EXPECT_EQ(LevelOfRegion("100000"), RegionLevel::kNational);
  EXPECT_EQ(LevelOfRegion("150000"), RegionLevel::kProvince);
  EXPECT_EQ(LevelOfRegion("152500"), RegionLevel::kCity);
  EXPECT_EQ(LevelOfRegion("152502"), RegionLevel::kCounty);
  EXPECT_EQ(LevelOfRegion("350211"), RegionLevel::kCounty);
}

TEST(Region, IsWithinRegionTable) {
  struct Case {
    const char* code;
    const char* root;
    bool within;
  } cases[] = {
      // national: everything
      {"100000", "100000", true},
      {"150000", "100000", true},
      {"152500", "100000", true},
      {"152502", "100000", true},
      {"350211", "100000", true},
      // province
      {"150000", "150000", true},
      {"152500", "150000", true},
      {"152502", "150000", true},
      {"100000", "150000", false},  // the nation is not inside a province
      {"110000", "150000", false},
      {"110105", "150000", false},
      {"152502", "110000", false},  // 110000 vs 152502: Beijing does not contain Xilinhot
      {"110000", "152502", false},
      // city (league)
      {"152500", "152500", true},
      {"152502", "152500", true},
      {"152501", "152500", true},
      {"150000", "152500", false},  // a parent is not within its child
      {"150100", "152500", false},
      {"152600", "152500", false},
      // county (banner)
      {"152502", "152502", true},
      {"152501", "152502", false},
      {"152500", "152502", false},
      {"150000", "152502", false},  // 150000 vs 152502
      {"100000", "152502", false},
      // malformed never matches
      {"", "100000", false},
      {"15250", "150000", false},
      {"152502", "1500", false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(IsWithinRegion(c.code, c.root), c.within) << c.code << " within " << c.root;
}

TEST(Region, ParentRegion) {
  EXPECT_EQ(ParentRegion("152502"), "152500");
  EXPECT_EQ(ParentRegion("152500"), "150000");
  EXPECT_EQ(ParentRegion("150000"), "100000");
  EXPECT_EQ(ParentRegion("350211"), "350200");
  EXPECT_EQ(ParentRegion("100000"), "");
}

TEST(Region, PrefixSelectsExactlyTheSubtree) {
  EXPECT_EQ(RegionPrefix("100000"), "");
  EXPECT_EQ(RegionPrefix("150000"), "15");
  EXPECT_EQ(RegionPrefix("152500"), "1525");
  EXPECT_EQ(RegionPrefix("152502"), "152502");
  // The prefix and IsWithinRegion agree on every code of a sample.
  for (const char* root : {"150000", "152500", "152502", "110000"})
    for (const char* code : {"150000", "152500", "152502", "152501", "110000", "110105", "350211"})
      EXPECT_EQ(std::string_view(code).starts_with(RegionPrefix(root)), IsWithinRegion(code, root))
          << code << " / " << root;
}

class DivisionsFile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto d = LoadDivisions(std::string(SOCORG_SOURCE_DIR) + "/data/divisions.tsv");
    ASSERT_TRUE(d.has_value()) << d.error().message_en;
    divisions_ = new Divisions(std::move(*d));
  }
  static void TearDownTestSuite() {
    delete divisions_;
    divisions_ = nullptr;
  }
  static Divisions* divisions_;
};
Divisions* DivisionsFile::divisions_ = nullptr;

TEST_F(DivisionsFile, HasProvinceCityAndCountyLevels) {
  ASSERT_NE(divisions_, nullptr);
  EXPECT_GT(divisions_->size(), 3000u);  // GB/T 2260: 31 provinces, ~330 cities, ~2,800 counties
  const Division* nmg = divisions_->Find("150000");
  ASSERT_NE(nmg, nullptr);
  EXPECT_EQ(nmg->name, "内蒙古自治区");
  EXPECT_EQ(nmg->parent, "");
  const Division* xlgl = divisions_->Find("152500");
  ASSERT_NE(xlgl, nullptr);
  EXPECT_EQ(xlgl->name, "锡林郭勒盟");
  EXPECT_EQ(xlgl->parent, "150000");
  const Division* jimei = divisions_->Find("350211");
  ASSERT_NE(jimei, nullptr);
  EXPECT_EQ(jimei->name, "集美区");
}

TEST_F(DivisionsFile, XilingolIsAChildOfInnerMongolia) {
  auto children = divisions_->Children("150000");
  auto it = std::find_if(children.begin(), children.end(), [](const Division* d) { return d->code == "152500"; });
  ASSERT_NE(it, children.end());
  EXPECT_EQ((*it)->name, "锡林郭勒盟");
  for (const Division* d : children) EXPECT_EQ(d->parent, "150000") << d->code;
  auto banners = divisions_->Children("152500");
  EXPECT_TRUE(std::any_of(banners.begin(), banners.end(), [](const Division* d) { return d->code == "152502"; }));
  // Provinces are the nation's children.
  auto provinces = divisions_->Children("100000");
  EXPECT_GE(provinces.size(), 31u);
}

TEST_F(DivisionsFile, ParentsAreConsistentWithCodes) {
  // Every division's recorded parent is in the table and contains it by code.
  for (const Division& d : divisions_->All()) {
    if (d.parent.empty()) {
      EXPECT_EQ(LevelOfRegion(d.code), RegionLevel::kProvince) << d.code;
      continue;
    }
    EXPECT_TRUE(divisions_->Contains(d.parent)) << d.code << " -> " << d.parent;
    EXPECT_TRUE(IsWithinRegion(d.code, d.parent)) << d.code << " -> " << d.parent;
  }
}

TEST_F(DivisionsFile, FullName) {
  EXPECT_EQ(divisions_->FullName("152502"), "内蒙古自治区 锡林郭勒盟 锡林浩特市");
  EXPECT_EQ(divisions_->FullName("152500"), "内蒙古自治区 锡林郭勒盟");
  EXPECT_EQ(divisions_->FullName("150000"), "内蒙古自治区");
  EXPECT_EQ(divisions_->FullName("100000"), "全国");
  EXPECT_EQ(divisions_->FullName("999999"), "999999");  // unknown: the code itself
}

TEST_F(DivisionsFile, Contains) {
  EXPECT_TRUE(divisions_->Contains("100000"));
  EXPECT_TRUE(divisions_->Contains("152502"));
  EXPECT_FALSE(divisions_->Contains("152599"));
  EXPECT_FALSE(divisions_->Contains(""));
  EXPECT_EQ(divisions_->Find("152599"), nullptr);
}

}  // namespace
}  // namespace socorg
