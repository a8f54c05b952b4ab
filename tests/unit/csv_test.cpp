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

}  // namespace
}  // namespace socorg
