// CSV import's reading step (issue #2 item 8): RFC 4180 fields and UTF-8 / GB18030 detection.
#include "support/csv.h"

#include <gtest/gtest.h>

namespace socorg {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(Csv, QuotedFieldsDoubledQuotesAndLineEndings) {
  auto r = ParseCsv("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\r\n\"two\nlines\",2,3\n");
  ASSERT_TRUE(r.has_value()) << r.error().message_en;
  EXPECT_EQ(*r, (Rows{{"a", "b", "c"}, {"x, y", "he said \"hi\"", ""}, {"two\nlines", "2", "3"}}));
}

TEST(Csv, LastLineWithoutNewline) {
  auto r = ParseCsv("a,b\n1,2");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(Csv, UnterminatedQuoteIsAnErrorWithItsLine) {
  auto r = ParseCsv("a,b\n1,\"open\n2,3\n");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(r.error().message_en.find("line 2"), std::string::npos) << r.error().message_en;
}

TEST(Csv, Utf8IsKeptAndItsBomDropped) {
  std::string enc;
  auto r = DecodeToUtf8("\xEF\xBB\xBF锡林郭勒盟,1", &enc);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, "锡林郭勒盟,1");
  EXPECT_EQ(enc, "UTF-8");
}

TEST(Csv, Gb18030IsDecoded) {
  // "社会组织" in GB18030 (= GBK for these characters).
  std::string gb = "\xC9\xE7\xBB\xE1\xD7\xE9\xD6\xAF,1";
  std::string enc;
  auto r = DecodeToUtf8(gb, &enc);
  ASSERT_TRUE(r.has_value()) << r.error().message_en;
  EXPECT_EQ(*r, "社会组织,1");
  EXPECT_EQ(enc, "GB18030");
}

TEST(Csv, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("abc 锡林郭勒盟 𠀀"));
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_FALSE(IsValidUtf8("\xC9\xE7"));      // GBK bytes
  EXPECT_FALSE(IsValidUtf8("\xE7\xA4"));      // truncated at the end
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(CsvWrite, QuotesOnlyWhatNeedsQuoting) {
  EXPECT_EQ(CsvField("锡林郭勒盟"), "锡林郭勒盟");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
}

TEST(CsvWrite, FormulaLookingTextIsShownAsText) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvField("+1"), "'+1");
  EXPECT_EQ(CsvField("-2+3"), "'-2+3");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tx"), "'\tx");
  EXPECT_EQ(CsvField("a=b"), "a=b");        // only the first character matters
  EXPECT_EQ(CsvField("-5", false), "-5");   // a number keeps its sign
  EXPECT_EQ(CsvField(""), "");
  // What the writer wrote, the reader reads back (with the apostrophe, which the spreadsheet hides).
  auto r = ParseCsv(CsvField("=1,2") + "," + CsvField("x") + "\n");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, (Rows{{"'=1,2", "x"}}));
}

}  // namespace
}  // namespace socorg
