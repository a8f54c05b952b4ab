// Search input normalisation: NFKC and traditional → simplified (issue #2 item 7: 社會 finds 社会).
#include "app/text_normalizer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace socorg
