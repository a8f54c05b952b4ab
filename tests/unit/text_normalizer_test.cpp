// Search input normalisation: NFKC and traditional → simplified (issue #2 item 7: 社會 finds 社会).
#include "support/text_normalizer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "domain/search_text.h"

namespace socorg {
namespace {

TEST(TextNormalizer, TraditionalBecomesSimplified) {
  EXPECT_EQ(NormalizeText("社會"), "社会");
  EXPECT_EQ(NormalizeText("協會"), "协会");
  EXPECT_EQ(NormalizeText("錫林郭勒盟慈善總會"), "锡林郭勒盟慈善总会");
  EXPECT_EQ(NormalizeText("社会工作"), "社会工作");  // simplified input is unchanged
}

TEST(TextNormalizer, FullWidthBecomesAscii) {
  EXPECT_EQ(NormalizeText("ＡＢＣ１２３"), "ABC123");
  EXPECT_EQ(BigramMatchQuery(NormalizeText("ＡＢ")), BigramMatchQuery("ab"));
}

TEST(TextNormalizer, TraditionalQueryMatchesSimplifiedIndex) {
  EXPECT_EQ(BigramMatchQuery(NormalizeText("社會組織")), BigramMatchQuery(NormalizeText("社会组织")));
}

std::string Utf8(char32_t c) { return EncodeUtf8(std::u32string(1, c)); }

// The shortcut: a code point called invariant really is left alone by the full pipeline (every BMP code
// point and CJK extension B), and the common characters of organization names are invariant, so the
// shortcut is taken for them. (ASCII letters are not: a combining mark after one composes with it.)
TEST(TextNormalizer, InvariantCodePointsAreUnchangedByTheFullPipeline) {
  int invariant = 0;
  for (char32_t c = 1; c < 0x2A6E0; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0x10000 && c < 0x20000) || !IsNormalizationInvariant(c)) continue;
    ++invariant;
    ASSERT_EQ(NormalizeTextFull(Utf8(c)), Utf8(c)) << "U+" << std::hex << static_cast<std::uint32_t>(c);
  }
  EXPECT_GT(invariant, 20000);
  for (char32_t c : std::u32string(U"社会工作协中心服务基金内蒙古自治区呼和浩特市幼儿园养老学研究促进联合"))
    EXPECT_TRUE(IsNormalizationInvariant(c)) << Utf8(c);
  for (char32_t c : std::u32string(U"會協總組織ＡＢ１（）")) EXPECT_FALSE(IsNormalizationInvariant(c)) << Utf8(c);
  EXPECT_FALSE(IsNormalizationInvariant(0x0301));  // combining acute: composes with the letter before it
}

// Text mixing invariant characters with ones that change (traditional characters and phrases, full-width
// forms, combining marks, malformed UTF-8): the shortcut gives what the full pipeline gives.
TEST(TextNormalizer, ShortcutAgreesWithTheFullPipeline) {
  const std::vector<std::string> parts = {"社会", "社會", "协会", "協會", "乾隆", "乾", "著名", "頭髮", "发", "e", "\xCC\x81",
                                          "Ａ", "１", "（", "(", "中心", "組織", "里", "裡", "么", "麼", "\xC0\xAF",
                                          "\xED\xA0\x80", "\xE4\xB8", "台", "臺", "雲", "云", "後", "后", " "};
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    int n = 1 + next() % 6;
    for (int k = 0; k < n; ++k) s += parts[(next() >> 8) % parts.size()];
    ASSERT_EQ(NormalizeText(s), NormalizeTextFull(s)) << s;
  }
}

}  // namespace
}  // namespace socorg
