// Founding minimums by type and level (DOMAIN §3) as Findings.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/finding.h"
#include "domain/org_types.h"
#include "domain/rules_config.h"

namespace socorg {

struct FoundingFacts {
  OrgType type = OrgType::kSocialGroup;
  OrgLevel level = OrgLevel::kCounty;
  std::string name;
  int individual_members = 0;
  int unit_members = 0;
  std::int64_t funds = 0;  // activity funds / original fund, yuan
  bool public_fundraising = false;  // foundations
  int directors = 0;                // foundations: board size
};

// One Finding per minimum that applies to the type; kFail where the facts fall short.
std::vector<Finding> CheckFoundingMinimums(const FoundingFacts& f, const RulesConfig& cfg);

}  // namespace socorg
