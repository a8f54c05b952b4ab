// The rule-id → legal-basis table (issue #14 item 4): every rule id the domain uses has an entry, and what is
// shown is a statute and article, never an internal DOMAIN section.
#include "domain/legal_basis.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "domain/founding.h"
#include "domain/supervision/zombie.h"

namespace socorg {
namespace {

// String literals in src/domain that look like rule ids ("LEADER-AGE", "CREDIT-SERIOUS-REPAIR", …).
std::set<std::string> RuleIdsInDomainSources() {
  static const std::set<std::string> kNotRuleIds = {"YYYY-MM-DD", "UTF-8"};
  const std::regex literal("\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\"");
  std::set<std::string> ids;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(SOCORG_SOURCE_DIR) + "/src/domain")) {
    auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".cpp" && ext != ".h")) continue;
    if (e.path().filename() == "legal_basis.cpp") continue;  // the table itself
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it)
      if (!kNotRuleIds.count((*it)[1].str())) ids.insert((*it)[1].str());
  }
  return ids;
}

TEST(LegalBasis, EveryRuleIdInTheDomainHasAnEntry) {
  auto ids = RuleIdsInDomainSources();
  ids.insert("ZOMBIE");  // the one id without a hyphen (domain/supervision/zombie.cpp)
  EXPECT_GT(ids.size(), 40u) << "the scan found too few rule ids to be looking at the sources";
  for (const auto& id : ids) EXPECT_NE(FindRuleBasis(id), nullptr) << "no legal basis for rule " << id;
}

TEST(LegalBasis, EntriesShowStatutesNeverInternalSections) {
  std::set<std::string_view> seen;
  for (const auto& b : AllRuleBases()) {
    EXPECT_TRUE(seen.insert(b.rule_id).second) << "duplicate " << b.rule_id;
    EXPECT_FALSE(b.refs.empty() && b.practice_zh.empty()) << b.rule_id << " has neither a statute nor a note";
    EXPECT_EQ(b.practice_zh.empty(), b.practice_en.empty()) << b.rule_id;
    EXPECT_EQ(b.domain_ref.rfind("DOMAIN §", 0), 0u) << b.rule_id << " keeps its internal cross-reference";
    for (const auto& r : b.refs) {
      EXPECT_NE(r.statute.find("《"), std::string_view::npos) << b.rule_id << " " << r.statute;
      EXPECT_TRUE(r.article.empty() || r.article.rfind("第", 0) == 0) << b.rule_id << " " << r.article;
      EXPECT_FALSE(r.title_en.empty()) << b.rule_id;
    }
    for (const std::string& text : {BasisText(b), BasisTextEn(b)}) {
      EXPECT_FALSE(text.empty()) << b.rule_id;
      EXPECT_EQ(text.find("DOMAIN"), std::string::npos) << b.rule_id << ": " << text;
      EXPECT_EQ(text.find("§"), std::string::npos) << b.rule_id << ": " << text;
    }
  }
}

TEST(LegalBasis, DisplayTextJoinsStatuteAndArticle) {
  EXPECT_EQ(BasisText("LEADER-CONCURRENT-LEGAL-REP"), "《社会团体登记管理条例》第十二条第三款");
  EXPECT_EQ(BasisText("AR-DUE"),
            "《社会团体登记管理条例》第二十八条；《民办非企业单位登记管理暂行条例》第二十三条；《基金会管理条例》第三十六条");
  EXPECT_EQ(BasisText("CREDIT-SERIOUS-REPAIR"), "《社会组织信用信息管理办法》");
  EXPECT_EQ(BasisTextEn("FOUND-SG-MEMBERS"),
            "Regulations on the Registration and Administration of Social Groups, Art. 10(1)(i)");
  EXPECT_EQ(BasisText("NO-SUCH-RULE"), "");
  EXPECT_EQ(FindRuleBasis("NO-SUCH-RULE"), nullptr);
}

TEST(LegalBasis, RulesPutTheTableTextInTheirFindings) {
  FoundingFacts f;
  f.type = OrgType::kFoundation;
  f.level = OrgLevel::kProvincial;
  f.name = "内蒙古自治区教育基金会";
  f.funds = 1'000'000;
  f.public_fundraising = true;
  f.directors = 3;
  auto fs = CheckFoundingMinimums(f, RulesConfig{});
  ASSERT_FALSE(fs.empty());
  for (const auto& x : fs) {
    EXPECT_EQ(x.basis, BasisText(x.rule_id)) << x.rule_id;
    EXPECT_EQ(x.basis.find("DOMAIN"), std::string::npos) << x.rule_id;
  }
  Finding e = supervision::ExplainElectionOverdue(supervision::OrgFacts{}, Date::Parse("2025-01-01").value(), Date::Parse("2026-01-01").value());
  EXPECT_EQ(e.basis, BasisText("ELECTION-OVERDUE"));
  EXPECT_NE(e.basis.find("《社会团体登记管理条例》第十四条"), std::string::npos);
}

}  // namespace
}  // namespace socorg
