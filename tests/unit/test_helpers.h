// Helpers shared by the unit tests. Reference formulas are written from DOMAIN.md, independently of src/.
#pragma once

#include <string>

namespace socorg::testing {

// GB 11643-1999 (DOMAIN §2.2): the check character for the first 17 digits.
inline char ResidentIdCheckChar(const std::string& first17) {
  static constexpr int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kW[i];
  return "10X98765432"[sum % 11];
}

// A resident ID with a correct check character: area (6 digits) + birth "YYYYMMDD" + sequence (3 digits).
inline std::string MakeId(const std::string& area, const std::string& birth_yyyymmdd, const std::string& seq) {
  std::string s = area + birth_yyyymmdd + seq;
  return s + ResidentIdCheckChar(s);
}

}  // namespace socorg::testing
