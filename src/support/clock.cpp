#include "support/clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace socorg {
namespace {
std::string Format(std::chrono::system_clock::time_point tp, std::optional<Date> fixed) {
  using namespace std::chrono;
  auto day = floor<days>(tp);
  auto ms = duration_cast<milliseconds>(tp - day).count();
  Date d = fixed ? *fixed : Date(sys_days{day});
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%03lldZ", d.ToString().c_str(), ms / 3600000,
                (ms / 60000) % 60, (ms / 1000) % 60, ms % 1000);
  return buf;
}
}  // namespace

Clock::Clock() {
  if (const char* t = std::getenv("SOCORG_TODAY")) fixed_ = Date::Parse(t);
}

Date Clock::Today() const {
  if (fixed_) return *fixed_;
  return Date(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

std::string Clock::Now() const { return Format(std::chrono::system_clock::now(), fixed_); }

std::string Clock::NowPlusMinutes(int minutes) const {
  auto tp = std::chrono::system_clock::now() + std::chrono::minutes(minutes);
  if (fixed_) {  // shift from the fixed day, keeping the arithmetic across midnight right
    auto real_day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    tp += std::chrono::sys_days(fixed_->Ymd()) - real_day;
    return Format(tp, std::nullopt);
  }
  return Format(tp, std::nullopt);
}

}  // namespace socorg
