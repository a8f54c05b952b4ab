// Resident ID numbers (DOMAIN §2.2) and their public masking (DOMAIN §21).
#include "domain/person.h"
#include "domain/resident_id.h"

#include <gtest/gtest.h>

#include "test_helpers.h"

namespace socorg {
namespace {

using testing::MakeId;
const Date kToday = Date::FromYmd(2026, 1, 15);

TEST(ResidentId, DomainVectorIsValid) {
  auto r = CheckResidentId("11010519491231002X", kToday);
  ASSERT_TRUE(r.valid) << r.problem_en;
  EXPECT_EQ(r.normalized, "11010519491231002X");
  ASSERT_TRUE(r.birth_date.has_value());
  EXPECT_EQ(*r.birth_date, Date::FromYmd(1949, 12, 31));
  EXPECT_FALSE(r.male);  // sequence 002 is even
  EXPECT_TRUE(r.problem_en.empty());
}

TEST(ResidentId, LowerCaseXIsNormalised) {
  auto r = CheckResidentId("11010519491231002x", kToday);
  EXPECT_TRUE(r.valid) << r.problem_en;
  EXPECT_EQ(r.normalized, "11010519491231002X");
  auto spaced = CheckResidentId(" 11010519491231002x\t", kToday);
  EXPECT_TRUE(spaced.valid) << spaced.problem_en;
  EXPECT_EQ(spaced.normalized, "11010519491231002X");
}

TEST(ResidentId, EveryWrongCheckCharacterFails) {
  for (char c : std::string("0123456789")) {
    std::string id = std::string("11010519491231002") + c;
    auto r = CheckResidentId(id, kToday);
    EXPECT_FALSE(r.valid) << id;
    EXPECT_FALSE(r.problem_en.empty()) << id;
    EXPECT_FALSE(r.problem_zh.empty()) << id;
  }
}

TEST(ResidentId, AlteredDigitFails) {
  // One digit of the body changed, check character kept: must fail.
  EXPECT_FALSE(CheckResidentId("11010519491231003X", kToday).valid);
  EXPECT_FALSE(CheckResidentId("21010519491231002X", kToday).valid);
}

TEST(ResidentId, SequenceParityGivesSex) {
  auto male = CheckResidentId(MakeId("110105", "19800101", "011"), kToday);
  ASSERT_TRUE(male.valid) << male.problem_en;
  EXPECT_TRUE(male.male);
  auto female = CheckResidentId(MakeId("110105", "19800101", "012"), kToday);
  ASSERT_TRUE(female.valid) << female.problem_en;
  EXPECT_FALSE(female.male);
}

TEST(ResidentId, BirthDateMustBeReal) {
  struct Case {
    std::string birth;
    bool valid;
  } cases[] = {
      {"19800230", false},  // 30 February
      {"19800229", true},   // 1980 is a leap year
      {"19810229", false},
      {"19001301", false},  // month 13
      {"19800100", false},  // day 0
      {"19800431", false},  // 31 April
      {"20000229", true},   // 2000 is a leap year
      {"19000229", false},  // 1900 is not
  };
  for (const auto& c : cases) {
    std::string id = MakeId("110105", c.birth, "002");
    auto r = CheckResidentId(id, kToday);
    EXPECT_EQ(r.valid, c.valid) << id << " " << r.problem_en;
  }
}

TEST(ResidentId, BirthDateMayNotBeInTheFuture) {
  EXPECT_TRUE(CheckResidentId(MakeId("110105", "20260115", "002"), kToday).valid);  // born today
  auto tomorrow = CheckResidentId(MakeId("110105", "20260116", "002"), kToday);
  EXPECT_FALSE(tomorrow.valid);
  EXPECT_NE(tomorrow.problem_en.find("future"), std::string::npos) << tomorrow.problem_en;
  EXPECT_FALSE(CheckResidentId(MakeId("110105", "20990101", "002"), kToday).valid);
}

TEST(ResidentId, ShapeErrors) {
  for (const char* id : {"", "11010519491231002", "11010519491231002XX", "1101051949123100AX", "X1010519491231002X",
                         "110105194912310022 1"}) {
    auto r = CheckResidentId(id, kToday);
    EXPECT_FALSE(r.valid) << "[" << id << "]";
    EXPECT_FALSE(r.problem_en.empty()) << "[" << id << "]";
  }
}

TEST(ResidentId, MaskingKeepsAreaSequenceAndCheck) {
  EXPECT_EQ(MaskResidentId("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskResidentId("152502198001010011"), "152502********0011");
  // Never reveals anything of a malformed value.
  std::string masked = MaskResidentId("1101051949");
  EXPECT_EQ(masked.find_first_not_of('*'), std::string::npos) << masked;
}

TEST(PersonData, PhoneMaskingKeepsPrefixAndLastFour) {
  EXPECT_EQ(MaskPhone("13912345678"), "139****5678");
  EXPECT_EQ(MaskPhone("04715551234"), "047****1234");
  EXPECT_EQ(MaskPhone("5551234"), "*****34");  // a local number: at least half hidden
  EXPECT_EQ(MaskPhone("123456"), "****56");
  EXPECT_EQ(MaskPhone("12345"), "*****");      // too short to show anything
  EXPECT_EQ(MaskPhone(""), "");
}

}  // namespace
}  // namespace socorg
