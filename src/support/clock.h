// The one clock the server and CLI read (DESIGN.md "Time"). Tests set the date with the environment
// variable SOCORG_TODAY=YYYY-MM-DD; the time of day stays real so timestamps still advance.
#pragma once

#include <optional>
#include <string>

#include "domain/date.h"

namespace socorg {

class Clock {
 public:
  Clock();  // reads SOCORG_TODAY once
  Date Today() const;
  // ISO-8601 UTC timestamp with milliseconds, "2026-11-23T10:00:00.123Z".
  std::string Now() const;
  // Now() plus minutes.
  std::string NowPlusMinutes(int minutes) const;

 private:
  std::optional<Date> fixed_;
};

}  // namespace socorg
