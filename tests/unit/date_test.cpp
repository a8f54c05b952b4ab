// Calendar arithmetic the deadlines rely on (DOMAIN §4, §5).
#include "domain/date.h"

#include <gtest/gtest.h>

namespace socorg {
namespace {

Date D(int y, unsigned m, unsigned d) { return Date::FromYmd(y, m, d); }

TEST(Date, ParseAndFormat) {
  auto d = Date::Parse("2024-02-29");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, D(2024, 2, 29));
  EXPECT_EQ(d->ToString(), "2024-02-29");
  EXPECT_EQ(D(2025, 1, 5).ToString(), "2025-01-05");
  for (const char* bad : {"2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-05", "2025/01/05",
                          "20250105", "", "2025-01-05T00:00", "abcd-ef-gh", " 2025-01-05", "2025-01-0x"})
    EXPECT_FALSE(Date::Parse(bad).has_value()) << bad;
}

TEST(Date, AddMonthsClampsToTheMonthEnd) {
  struct Case {
    Date from;
    int months;
    Date want;
  } cases[] = {
      {D(2024, 1, 31), 1, D(2024, 2, 29)},   // leap year
      {D(2023, 1, 31), 1, D(2023, 2, 28)},
      {D(2024, 3, 31), -1, D(2024, 2, 29)},
      {D(2024, 2, 29), 12, D(2025, 2, 28)},
      {D(2024, 2, 29), 48, D(2028, 2, 29)},
      {D(2025, 8, 31), 1, D(2025, 9, 30)},
      {D(2025, 6, 30), -6, D(2024, 12, 30)},
      {D(2025, 12, 15), 1, D(2026, 1, 15)},   // across the year
      {D(2025, 1, 15), -1, D(2024, 12, 15)},
      {D(2025, 5, 10), 0, D(2025, 5, 10)},
  };
  for (const auto& c : cases)
    EXPECT_EQ(c.from.AddMonths(c.months), c.want)
        << c.from.ToString() << " + " << c.months << " = " << c.from.AddMonths(c.months).ToString();
  EXPECT_EQ(D(2020, 2, 29).AddYears(5), D(2025, 2, 28));
  EXPECT_EQ(D(2021, 3, 1).AddYears(5), D(2026, 3, 1));
}

TEST(Date, AddDaysAndDaysUntil) {
  EXPECT_EQ(D(2024, 2, 28).AddDays(1), D(2024, 2, 29));
  EXPECT_EQ(D(2025, 2, 28).AddDays(1), D(2025, 3, 1));
  EXPECT_EQ(D(2025, 12, 31).AddDays(1), D(2026, 1, 1));
  EXPECT_EQ(D(2025, 1, 1).AddDays(-1), D(2024, 12, 31));
  EXPECT_EQ(D(2024, 1, 1).DaysUntil(D(2025, 1, 1)), 366);
  EXPECT_EQ(D(2025, 1, 1).DaysUntil(D(2024, 1, 1)), -366);
}

TEST(Date, YearsUntilCountsCompletedYears) {
  struct Case {
    Date birth, on;
    int years;
  } cases[] = {
      {D(1949, 12, 31), D(2019, 12, 30), 69},
      {D(1949, 12, 31), D(2019, 12, 31), 70},  // birthday: the year is completed
      {D(1949, 12, 31), D(2020, 12, 30), 70},
      {D(1949, 12, 31), D(2020, 12, 31), 71},
      {D(2000, 2, 29), D(2001, 2, 28), 0},     // leap-day birthday in a common year
      {D(2000, 2, 29), D(2001, 3, 1), 1},
      {D(2000, 2, 29), D(2004, 2, 29), 4},
      {D(1980, 6, 15), D(1980, 6, 15), 0},
  };
  for (const auto& c : cases)
    EXPECT_EQ(c.birth.YearsUntil(c.on), c.years) << c.birth.ToString() << " -> " << c.on.ToString();
}

TEST(Date, Ordering) {
  EXPECT_LT(D(2025, 1, 1), D(2025, 1, 2));
  EXPECT_GT(D(2025, 1, 1), D(2024, 12, 31));
  EXPECT_EQ(D(2025, 1, 1), *Date::Parse("2025-01-01"));
}

}  // namespace
}  // namespace socorg
