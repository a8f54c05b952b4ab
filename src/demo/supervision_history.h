// The demo's supervision history (DOMAIN §6-12), written inside GenerateDemo's transaction after the
// register: annual reports with supervisory opinions and conclusions, penalties with decision numbers,
// rectification orders, rating rounds, last year's random-inspection plans (the region's authority and
// each city's) with results, public complaints and
// one illegal-organization case in progress. Every row has its history event (actor "demo"), as the demo's
// register rows do; the demo's audit record counts them. Which reports are due, the rating grade for a score,
// eligibility, penalty validity and the inspection draw come from domain/supervision — nothing is re-decided
// here. Deterministic for the seed and the clock's today (its own random stream: the register stays the same
// with or without supervision data).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "demo/demo.h"
#include "domain/org_types.h"
#include "domain/organization.h"

namespace socorg {

struct DemoOrg {
  OrgId id;
  std::string uscc, name, region;
  OrgType type = OrgType::kSocialGroup;
  OrgStatus status = OrgStatus::kActive;
  Date registered;
  std::optional<Date> ended, term_end, postponed_until;
  std::int64_t funds = 0;
};

Status GenerateSupervisionHistory(AppContext& ctx, Connection& c, const DemoOptions& opt,
                                  const std::vector<DemoOrg>& orgs, const std::vector<std::string>& authorities,
                                  const std::vector<std::string>& counties, DemoReport& rep);

}  // namespace socorg
