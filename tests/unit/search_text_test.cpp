// Bigram search terms (DESIGN.md "search"): a query of n ≥ 2 characters must match exactly the names
// that contain it.
#include "domain/search_text.h"

#include <gtest/gtest.h>

#include <sstream>

namespace socorg {
namespace {

std::vector<std::string> Tokens(const std::string& doc) {
  std::vector<std::string> out;
  std::istringstream in(doc);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

// FTS5 phrase semantics over the indexed tokens: the query's tokens occur at consecutive positions.
// A trailing '*' on a one-token phrase is a prefix match.
bool PhraseMatches(const std::string& doc, const std::string& match) {
  if (match.size() < 2 || match.front() != '"') return false;
  bool prefix = match.back() == '*';
  std::string inner = match.substr(1, match.size() - (prefix ? 3 : 2));
  auto q = Tokens(inner), d = Tokens(doc);
  for (size_t i = 0; i + q.size() <= d.size(); ++i) {
    bool ok = true;
    for (size_t k = 0; k < q.size() && ok; ++k)
      ok = (prefix && k + 1 == q.size()) ? d[i + k].starts_with(q[k]) : d[i + k] == q[k];
    if (ok) return true;
  }
  return false;
}

TEST(SearchText, DocumentIsOverlappingBigramsPlusLastCharacter) {
  EXPECT_EQ(BigramDocument("社会组织"), "社会 会组 组织 织");
  EXPECT_EQ(BigramDocument("协会"), "协会 会");
  EXPECT_EQ(BigramDocument("社"), "社");
  EXPECT_EQ(BigramDocument(""), "");
}

TEST(SearchText, PunctuationAndSpacesAreDropped) {
  EXPECT_EQ(BigramDocument("社会（组织）"), BigramDocument("社会组织"));
  EXPECT_EQ(BigramDocument("社会、组织。"), BigramDocument("社会组织"));
  EXPECT_EQ(BigramDocument("社会 组织"), BigramDocument("社会组织"));
  EXPECT_EQ(BigramDocument("《社会》“组织”"), BigramDocument("社会组织"));
  EXPECT_EQ(BigramMatchQuery("（社工）"), BigramMatchQuery("社工"));
  EXPECT_EQ(BigramMatchQuery("，。！"), "");
  EXPECT_EQ(BigramMatchQuery(""), "");
  EXPECT_EQ(BigramMatchQuery("  "), "");
}

TEST(SearchText, AsciiIsLowerCasedAndKept) {
  EXPECT_EQ(BigramDocument("ABC协会"), "ab bc c协 协会 会");
  EXPECT_EQ(BigramMatchQuery("AB"), BigramMatchQuery("ab"));
  EXPECT_EQ(BigramDocument("5G协会"), "5g g协 协会 会");
}

TEST(SearchText, MatchQueryByLength) {
  EXPECT_EQ(BigramMatchQuery("社"), "\"社\"*");              // 1 character: prefix
  EXPECT_EQ(BigramMatchQuery("社工"), "\"社工\"");            // 2 characters: one bigram
  EXPECT_EQ(BigramMatchQuery("社会组"), "\"社会 会组\"");     // 3: consecutive bigrams
  EXPECT_EQ(BigramMatchQuery("社会组织"), "\"社会 会组 组织\"");
}

TEST(SearchText, WordsOfAQuery) {
  EXPECT_EQ(QueryWords("锡林 协会"), (std::vector<std::u32string>{U"锡林", U"协会"}));
  EXPECT_EQ(QueryWords("  锡林\t（协会） ，  "), (std::vector<std::u32string>{U"锡林", U"协会"}));
  EXPECT_EQ(QueryWords("社会组织"), (std::vector<std::u32string>{U"社会组织"}));
  EXPECT_TRUE(QueryWords(" ， 。").empty());
  EXPECT_EQ(BigramMatchQuery("锡林 协会"), "\"锡林\" \"协会\"");     // every word: FTS5's implicit AND
  EXPECT_EQ(BigramMatchQuery("社 工作协会"), "\"社\"* \"工作 作协 协会\"");
  EXPECT_EQ(BigramMatchQuery("社 ，"), BigramMatchQuery("社"));
}

TEST(SearchText, BigramsOfAQuery) {
  EXPECT_EQ(Bigrams("社会组织"), (std::vector<std::string>{"社会", "会组", "组织"}));
  EXPECT_TRUE(Bigrams("社").empty());
}

// The contract in the header: a query of ≥ 2 characters matches exactly the names containing it; one
// character matches every name containing it.
TEST(SearchText, MatchIsExactlyASubstringTest) {
  const char* names[] = {"锡林浩特市社会工作协会", "锡林郭勒盟慈善总会", "社区老年协会", "中国社会福利基金会",
                         "会社", "协会", "工会社会", "社", "ABC科技促进会"};
  const char* queries[] = {"社工", "社会", "慈善", "协会", "会社", "社会工作", "工作协", "社区老", "会",
                           "社", "善", "福利基金", "会会", "abc", "c科", "特市社会", "总会", "工会社"};
  for (const char* n : names) {
    std::u32string name = SearchCharacters(n);
    std::string doc = BigramDocument(n);
    for (const char* q : queries) {
      std::u32string query = SearchCharacters(q);
      bool want = name.find(query) != std::u32string::npos;
      EXPECT_EQ(PhraseMatches(doc, BigramMatchQuery(q)), want) << "name " << n << " query " << q;
    }
  }
}

TEST(SearchText, Utf8RoundTripAndInvalidBytes) {
  std::string s = "锡林郭勒盟 ABC 𠀀";
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(s)), s);
  EXPECT_EQ(DecodeUtf8("\xff\xfe社").size(), 1u);  // invalid bytes dropped
  EXPECT_EQ(DecodeUtf8("\xe7\xa4").size(), 0u);    // truncated sequence dropped
}

}  // namespace
}  // namespace socorg
