// The rules configuration file (config/socorg.json): the core's keys at the top level, each module's under
// its own key, the older flat layout still read, and unknown keys or wrong types refused with the key named.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "app/app_context.h"

namespace socorg {
namespace {

class ConfigFile : public ::testing::Test {
 protected:
  std::string Write(const std::string& text) {
    std::ofstream(path_) << text;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_ = (std::filesystem::temp_directory_path() / ("socorg-config-" + std::to_string(::getpid()) + ".json")).string();
};

TEST_F(ConfigFile, MissingFileGivesTheDefaults) {
  auto cfg = LoadRulesConfig("/nonexistent/socorg.json");
  ASSERT_TRUE(cfg);
  EXPECT_EQ(cfg->term_years, RulesConfig{}.term_years);
  EXPECT_EQ(cfg->serious_fine_yuan, RulesConfig{}.serious_fine_yuan);
}

TEST_F(ConfigFile, ModuleKeysUnderTheModuleSection) {
  auto cfg = LoadRulesConfig(Write(R"({"term_years": 4, "supervision": {"serious_fine_yuan": 30000, "_comment": "x"}})"));
  ASSERT_TRUE(cfg) << cfg.error().message_en;
  EXPECT_EQ(cfg->term_years, 4);
  EXPECT_EQ(cfg->serious_fine_yuan, 30000);
}

TEST_F(ConfigFile, FlatLayoutStillRead) {
  auto cfg = LoadRulesConfig(Write(R"({"zombie_min_signals": 3})"));
  ASSERT_TRUE(cfg) << cfg.error().message_en;
  EXPECT_EQ(cfg->zombie_min_signals, 3);
}

TEST_F(ConfigFile, UnknownKeysAreRefused) {
  auto top = LoadRulesConfig(Write(R"({"term_year": 4})"));
  ASSERT_FALSE(top);
  EXPECT_EQ(top.error().code, "unknown_config_key");
  EXPECT_NE(top.error().field.find("term_year"), std::string::npos);
  auto inner = LoadRulesConfig(Write(R"({"supervision": {"term_years": 4}})"));  // a core key in a module
  ASSERT_FALSE(inner);
  EXPECT_NE(inner.error().field.find("supervision.term_years"), std::string::npos);
}

TEST_F(ConfigFile, WrongTypesAreRefused) {
  auto bad = LoadRulesConfig(Write(R"({"supervision": {"serious_fine_yuan": "many"}})"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, "bad_config");
  EXPECT_FALSE(LoadRulesConfig(Write(R"({"supervision": 3})")));
  EXPECT_FALSE(LoadRulesConfig(Write(R"([1, 2])")));
}

TEST_F(ConfigFile, ValuesOutsideTheirRangeAreRefused) {
  // A rule written for at least one signal, a real month and day, and grades in descending order.
  for (const char* text : {R"({"supervision": {"zombie_min_signals": 0}})", R"({"supervision": {"zombie_min_signals": 5}})",
                           R"({"supervision": {"annual_report_authority_month": 13}})",
                           R"({"supervision": {"annual_report_authority_month": 2, "annual_report_authority_day": 30}})",
                           R"({"supervision": {"rating_grade_3a": 850}})", R"({"term_years": 0})",
                           R"({"supervision": {"unreachable_letter_min_days": 70}})"}) {
    auto bad = LoadRulesConfig(Write(text));
    ASSERT_FALSE(bad) << text;
    EXPECT_EQ(bad.error().code, "config_out_of_range") << text;
    EXPECT_EQ(bad.error().field.rfind(path_ + ":", 0), 0u) << bad.error().field;
  }
  auto edge = LoadRulesConfig(Write(R"({"supervision": {"zombie_min_signals": 4, "annual_report_authority_month": 2,
                                        "annual_report_authority_day": 28, "rating_grade_3a": 799}})"));
  ASSERT_TRUE(edge) << edge.error().message_en;
  EXPECT_TRUE(CheckRulesConfig(RulesConfig{}));
}

TEST(RulesOverrides, AppliedOverTheConfigurationInForceWithTheirFieldNamed) {
  RulesConfig base;
  base.zombie_min_signals = 3;
  auto field = [](std::string_view k) { return "config." + std::string(k); };
  auto r = ApplyRulesJson(nlohmann::json::parse(R"({"anomaly_auto_exit_months": 9})"), base, field);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->anomaly_auto_exit_months, 9);
  EXPECT_EQ(r->zombie_min_signals, 3) << "untouched keys keep the value in force";
  auto bad = ApplyRulesJson(nlohmann::json::parse(R"({"supervision": {"zombie_min_signals": 0}})"), base, field);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "config.zombie_min_signals");
  auto unknown = ApplyRulesJson(nlohmann::json::parse(R"({"nosuch": 1})"), base, field);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().field, "config.nosuch");
  // The writer and the reader agree: the configuration in force reads back as itself.
  auto round = ApplyRulesJson(RulesConfigJson(base), RulesConfig{}, field);
  ASSERT_TRUE(round);
  EXPECT_EQ(RulesConfigJson(*round), RulesConfigJson(base));
}

TEST_F(ConfigFile, TheShippedFileHasTheDefaults) {
  auto cfg = LoadRulesConfig(std::string(SOCORG_SOURCE_DIR) + "/config/socorg.json");
  ASSERT_TRUE(cfg) << cfg.error().message_en;
  RulesConfig d;
  EXPECT_EQ(cfg->serious_fine_yuan, d.serious_fine_yuan);
  EXPECT_EQ(cfg->inspection_permille_national, d.inspection_permille_national);
  EXPECT_EQ(cfg->rating_grade_5a, d.rating_grade_5a);
  EXPECT_EQ(cfg->leader_max_age, d.leader_max_age);
}

}  // namespace
}  // namespace socorg
