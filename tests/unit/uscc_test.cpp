#include "domain/uscc.h"

#include <gtest/gtest.h>

namespace socorg {
namespace {

// DOMAIN §2.1: real codes that pass both checks.
TEST(Uscc, RealCodesAreValid) {
  for (const char* code : {"53100000500019795A", "51100000500002862F", "51310110501144395U"}) {
    auto c = CheckUscc(code);
    EXPECT_TRUE(c.valid()) << code << ": " << (c.problems.empty() ? "" : c.problems[0].message_en);
  }
}

TEST(Uscc, AlteredPosition18Fails) {
  auto c = CheckUscc("53100000500019795B");
  ASSERT_FALSE(c.valid());
  EXPECT_EQ(c.problems[0].position, 18);
  EXPECT_EQ(c.problems[0].code, "check_18");
}

TEST(Uscc, AlteredPosition17FailsBothChecks) {
  auto c = CheckUscc("53100000500019796A");
  ASSERT_FALSE(c.valid());
  EXPECT_EQ(c.problems[0].position, 17);
}

TEST(Uscc, NormalisesCaseAndSpace) {
  auto c = CheckUscc("  53100000500019795a ");
  EXPECT_TRUE(c.valid());
  EXPECT_EQ(c.normalized, "53100000500019795A");
}

TEST(Uscc, ForbiddenLettersNamePosition) {
  auto c = CheckUscc("5310000050001979IA");
  ASSERT_FALSE(c.valid());
  EXPECT_EQ(c.problems[0].position, 17);
  EXPECT_EQ(c.problems[0].code, "character");
}

TEST(Uscc, WrongLength) {
  auto c = CheckUscc("531000005000");
  ASSERT_FALSE(c.valid());
  EXPECT_EQ(c.problems[0].code, "length");
}

TEST(Uscc, IssuedCodesAreValidAndCarryTypeAndRegion) {
  for (std::uint64_t serial : {0ull, 1ull, 42ull, 9999999ull}) {
    std::string code = IssueUscc(OrgType::kFoundation, "152502", serial);
    EXPECT_TRUE(CheckUscc(code).valid()) << code;
    EXPECT_EQ(code.substr(0, 2), "53");
    EXPECT_EQ(code.substr(2, 6), "152502");
  }
}

}  // namespace
}  // namespace socorg
