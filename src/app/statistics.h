// Register statistics (DOMAIN §20): counts by type, level, status and region subtree; registrations,
// changes, deregistrations and revocations per month; processing times.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"

namespace socorg {

struct PublicStats {
  std::int64_t total = 0;  // active organizations
  std::map<std::string, std::int64_t> by_type, by_level;  // active organizations
  std::map<std::string, std::int64_t> by_status;          // every public status (active, deregistered, revoked)
};
// region "" = the whole country.
Result<PublicStats> GetPublicStats(AppContext& ctx, const std::string& region);

struct RegionCount {
  std::string code, name;
  std::int64_t active = 0;
};
struct MonthCounts {
  std::string month;  // YYYY-MM
  std::int64_t registrations = 0, changes = 0, deregistrations = 0, revocations = 0, applications = 0;
};
struct Dashboard {
  std::string region, region_name;
  PublicStats counts;                              // as public, plus:
  std::map<std::string, std::int64_t> by_status_all;  // every status, including applications in progress
  std::vector<RegionCount> by_child_region;        // drill-down
  std::vector<MonthCounts> by_month;               // within [from, to]
  std::int64_t decided = 0;                        // founding decisions in range with a known application date
  double avg_processing_days = 0;
  std::int64_t elections_overdue = 0;
  std::string computed_at;  // when the statistics were read from the register (app/stats_cube.h)
};
Result<Dashboard> GetDashboard(AppContext& ctx, const Actor& actor, const std::string& region,
                               const std::string& from, const std::string& to);

}  // namespace socorg
