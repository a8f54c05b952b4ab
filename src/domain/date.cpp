#include "domain/date.h"

#include <cstdio>

namespace socorg {

using namespace std::chrono;

Date Date::FromYmd(int y, unsigned m, unsigned d) {
  return Date(sys_days{year{y} / month{m} / day{d}});
}

std::optional<Date> Date::Parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  int y = std::stoi(std::string(t.substr(0, 4)));
  unsigned m = std::stoul(std::string(t.substr(5, 2)));
  unsigned d = std::stoul(std::string(t.substr(8, 2)));
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok() || y < 1900) return std::nullopt;
  return Date(sys_days{ymd});
}

std::string Date::ToString() const {
  auto ymd = Ymd();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

Date Date::AddMonths(int n) const {
  auto ymd = Ymd();
  year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
  auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  day d = ymd.day() > last ? last : ymd.day();
  return Date(sys_days{ym.year() / ym.month() / d});
}

int Date::YearsUntil(Date on) const {
  auto a = Ymd(), b = on.Ymd();
  int years = static_cast<int>(b.year()) - static_cast<int>(a.year());
  if (month_day{b.month(), b.day()} < month_day{a.month(), a.day()}) --years;
  return years;
}

}  // namespace socorg
