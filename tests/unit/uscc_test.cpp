#include "domain/uscc.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

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

namespace socorg {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const char* const kRealCodes[] = {"53100000500019795A", "51100000500002862F", "51310110501144395U"};

// DOMAIN §2.1: "A code whose position 18 is altered must fail" — every other alphabet character.
TEST(Uscc, EveryAlteredPosition18FailsNamingPosition18) {
  for (std::string code : kRealCodes) {
    for (char c : kAlphabet) {
      if (c == code[17]) continue;
      std::string altered = code.substr(0, 17) + c;
      auto r = CheckUscc(altered);
      ASSERT_FALSE(r.valid()) << altered;
      ASSERT_EQ(r.problems.size(), 1u) << altered;
      EXPECT_EQ(r.problems[0].position, 18) << altered;
      EXPECT_EQ(r.problems[0].code, "check_18") << altered;
      EXPECT_NE(r.problems[0].message.find("18"), std::string::npos) << r.problems[0].message;
      EXPECT_NE(r.problems[0].message_en.find("position 18"), std::string::npos) << r.problems[0].message_en;
    }
  }
}

// DOMAIN §2.1: the alphabet has no I, O, Z, S, V; any other character is an error naming its position.
TEST(Uscc, ForbiddenLettersAreNamedByPosition) {
  const std::string base = "51100000500002862F";
  for (char bad : {'I', 'O', 'Z', 'S', 'V'}) {
    for (int pos : {1, 2, 5, 9, 12, 17, 18}) {
      std::string code = base;
      code[pos - 1] = bad;
      auto r = CheckUscc(code);
      ASSERT_FALSE(r.valid()) << code;
      ASSERT_EQ(r.problems.size(), 1u) << code;
      EXPECT_EQ(r.problems[0].position, pos) << code;
      EXPECT_EQ(r.problems[0].code, "character") << code;
      EXPECT_NE(r.problems[0].message_en.find("position " + std::to_string(pos)), std::string::npos)
          << r.problems[0].message_en;
      EXPECT_NE(r.problems[0].message.find("第" + std::to_string(pos) + "位"), std::string::npos)
          << r.problems[0].message;
    }
  }
}

TEST(Uscc, LowerCaseForbiddenLetterIsStillForbidden) {
  auto r = CheckUscc("51100000500002862f");  // f is fine once upper-cased
  EXPECT_TRUE(r.valid());
  auto bad = CheckUscc("5110000050000286i2");
  ASSERT_FALSE(bad.valid());
  EXPECT_EQ(bad.problems[0].position, 17);
}

TEST(Uscc, PunctuationAndNonAsciiAreNamed) {
  for (auto [code, pos] : {std::pair<std::string, int>{"5110000050000286-F", 17}, {"#1100000500002862F", 1}}) {
    auto r = CheckUscc(code);
    ASSERT_FALSE(r.valid()) << code;
    EXPECT_EQ(r.problems[0].position, pos) << code;
  }
  // A multi-byte character makes the byte length wrong: still refused, never crashes.
  EXPECT_FALSE(CheckUscc("5110000050000286中").valid());
}

TEST(Uscc, NormalisationTable) {
  struct Case {
    const char* input;
    const char* normalized;
    bool valid;
  } cases[] = {
      {"53100000500019795a", "53100000500019795A", true},
      {"51310110501144395u", "51310110501144395U", true},
      {"\t51100000500002862F\n", "51100000500002862F", true},
      {"  51310110501144395u  ", "51310110501144395U", true},
      {"5131011050114439 5U", "5131011050114439 5U", false},  // inner space is not trimmed
      {"", "", false},
      {"   ", "", false},
  };
  for (const auto& c : cases) {
    auto r = CheckUscc(c.input);
    EXPECT_EQ(r.normalized, c.normalized) << "[" << c.input << "]";
    EXPECT_EQ(r.valid(), c.valid) << "[" << c.input << "]";
  }
}

TEST(Uscc, LengthErrorsAreAtPositionZero) {
  for (const char* code : {"53100000500019795", "53100000500019795AA", "5"}) {
    auto r = CheckUscc(code);
    ASSERT_FALSE(r.valid());
    EXPECT_EQ(r.problems[0].position, 0);
    EXPECT_EQ(r.problems[0].code, "length");
  }
}

// Position 17: GB 11714, computed here from the DOMAIN description, not from the implementation.
char ReferenceCheck17(std::string_view body8) {
  static constexpr int w[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    char c = body8[i];
    sum += (c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10) * w[i];
  }
  int r = 11 - sum % 11;
  return r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
}
char ReferenceCheck18(std::string_view first17) {
  static constexpr int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kAlphabet.find(first17[i])) * w[i];
  return kAlphabet[(31 - sum % 31) % 31];
}

TEST(Uscc, CheckCharactersMatchTheReferenceFormulas) {
  for (std::string code : kRealCodes) {
    EXPECT_EQ(ReferenceCheck17(std::string_view(code).substr(8, 8)), code[16]) << code;
    EXPECT_EQ(ReferenceCheck18(code), code[17]) << code;
    EXPECT_EQ(OrgCodeCheckChar(std::string_view(code).substr(8, 8)), code[16]) << code;
    EXPECT_EQ(UsccCheckChar18(code), code[17]) << code;
  }
}

TEST(Uscc, IssuedCodesForEveryTypeAndManySerialsAreValid) {
  const std::pair<OrgType, char> types[] = {{OrgType::kSocialGroup, '1'},
                                            {OrgType::kSocialServiceAgency, '2'},
                                            {OrgType::kFoundation, '3'},
                                            {OrgType::kCommunity, '9'}};
  std::set<std::string> seen;
  for (auto [type, category] : types) {
    for (const char* region : {"100000", "150000", "152500", "152502", "350211"}) {
      for (std::uint64_t serial = 0; serial < 10'000'000; serial = serial * 7 + 13) {
        std::string code = IssueUscc(type, region, serial);
        auto r = CheckUscc(code);
        ASSERT_TRUE(r.valid()) << code << ": " << r.problems[0].message_en;
        EXPECT_EQ(code[0], '5') << code;  // 民政
        EXPECT_EQ(code[1], category) << code;
        EXPECT_EQ(code.substr(2, 6), region) << code;
        EXPECT_EQ(ReferenceCheck17(std::string_view(code).substr(8, 8)), code[16]) << code;
        EXPECT_TRUE(seen.insert(code).second) << "duplicate " << code;
      }
    }
  }
}

TEST(Uscc, IssueRefusesBadArguments) {
  EXPECT_THROW(IssueUscc(OrgType::kFoundation, "15250", 1), std::invalid_argument);
  EXPECT_THROW(IssueUscc(OrgType::kFoundation, "152502", 10'000'000), std::invalid_argument);
}

}  // namespace
}  // namespace socorg
