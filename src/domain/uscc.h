// Unified social credit code 统一社会信用代码, GB 32100-2015 (DOMAIN §2.1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/org_types.h"

namespace socorg {

// One reason a code is invalid. position is 1-based (0 = the code as a whole, e.g. its length).
struct UsccProblem {
  int position = 0;
  std::string code;        // "length", "character", "check_17", "check_18", "department", "category"
  std::string message;     // zh
  std::string message_en;  // en
};

struct UsccCheck {
  std::string normalized;  // trimmed, upper-cased input
  std::vector<UsccProblem> problems;
  bool valid() const { return problems.empty(); }
};

// Checks length, alphabet, the GB 11714 check character (position 17) and the GB 32100 check character
// (position 18). Input is trimmed and upper-cased first. Only structure is checked, not registration.
UsccCheck CheckUscc(std::string_view input);

// The position-18 check character for the first 17 characters (which must be in the alphabet).
char UsccCheckChar18(std::string_view first17);
// The GB 11714 check character for the 8-character organization code body.
char OrgCodeCheckChar(std::string_view body8);

// Issues the code for a civil-affairs registration: "5", category from the type, the authority's
// 6-digit region code, a GB 11714 organization code built from `serial` (unique per issuing database),
// and the check character. serial must be < 10'000'000.
std::string IssueUscc(OrgType type, std::string_view authority_region, std::uint64_t serial);

// The category digit (position 2) a civil-affairs code carries for a type: 1, 2, 3 or 9.
char UsccCategoryFor(OrgType type);

}  // namespace socorg
