// Resident ID number 居民身份证号码, GB 11643-1999 (DOMAIN §2.2), and its public masking (§21).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"

namespace socorg {

struct ResidentIdCheck {
  std::string normalized;  // trimmed, 'x' -> 'X'
  bool valid = false;
  std::string problem_zh, problem_en;  // empty when valid
  std::optional<Date> birth_date;
  bool male = false;
};

// Checks length, digits, a real birth date not after `today`, and the check character.
ResidentIdCheck CheckResidentId(std::string_view input, Date today);

// "110105********002X": area kept, birth date hidden, sequence and check kept.
std::string MaskResidentId(std::string_view id);

}  // namespace socorg
