// Joint review of responsible persons 负责人联审 (DOMAIN §5). Each check is a Finding with its basis.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/finding.h"
#include "domain/org_types.h"
#include "domain/person.h"
#include "domain/rules_config.h"

namespace socorg {

// A position the same person (same ID number) holds in another organization.
struct OtherPosition {
  std::string org_name;
  OrgType org_type;
  PersonRole role;
  bool org_active = true;
};

struct LeaderCandidate {
  std::string name;
  std::string id_number;
  std::vector<PersonRole> roles;       // roles taken in this organization
  Date term_start;
  int previous_consecutive_terms = 0;  // consecutive terms already served in the same role
  std::optional<bool> civil_servant;   // nullopt = not declared
  std::optional<bool> civil_servant_approved;
};

std::vector<Finding> ReviewLeader(const LeaderCandidate& c, OrgType org_type,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg);

}  // namespace socorg
