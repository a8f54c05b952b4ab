// Calendar dates as plain values. The domain never reads a clock: "today" is always a parameter.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace socorg {

class Date {
 public:
  Date() = default;
  explicit Date(std::chrono::sys_days d) : days_(d) {}
  static Date FromYmd(int y, unsigned m, unsigned d);
  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real calendar date.
  static std::optional<Date> Parse(std::string_view text);

  std::string ToString() const;  // "YYYY-MM-DD"
  std::chrono::year_month_day Ymd() const { return std::chrono::year_month_day{days_}; }
  int Year() const { return static_cast<int>(Ymd().year()); }
  Date AddDays(int n) const { return Date(days_ + std::chrono::days{n}); }
  // Same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
  Date AddMonths(int n) const;
  Date AddYears(int n) const { return AddMonths(12 * n); }
  int DaysUntil(Date other) const { return (other.days_ - days_).count(); }
  // Completed years from this date (a birth date) to `on`.
  int YearsUntil(Date on) const;

  auto operator<=>(const Date&) const = default;

 private:
  std::chrono::sys_days days_{};
};

}  // namespace socorg
