// In-memory register statistics for dashboards (DOMAIN §20, issue #5 "the dashboard of a 1,000,000-
// organization register renders in ≤ 1 s").
//
// GROUP BY queries over a national register read the whole orgs table and its 5 million events on every
// dashboard view (106 s measured at 1M on a busy disk). Instead, one compact fact per organization and
// per life-cycle event (~12 bytes each: region index, codes, a packed date) is read once, and each
// request scans those arrays in memory for its region subtree and date range: exact counts in ~10 ms for
// 1M organizations, for any region and any range.
//
// Freshness: a register that builds quickly (under kSyncBuildSeconds) is rebuilt on every request, so
// small offices always see their latest write. A large one is served from the last build and rebuilt in
// the background when older than kMaxAgeSeconds; each result carries `computed_at`.
//
// Thread safety: StatsCache is safe to call from many threads; a StatsCube is immutable once built.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/built_cache.h"

namespace socorg {

struct StatsCube {
  // Dates are packed as YYYYMMDD integers (comparable; the month is value / 100).
  struct Org {
    std::uint16_t region;  // index into regions
    std::uint8_t type, level, status;  // indexes into the label tables below
    std::int32_t term_deadline;        // max(term_end, postponed_until) of an active organization; 0 = none
  };
  struct Event {
    std::uint16_t region;
    std::uint8_t action;  // index into actions
    std::int32_t day;
  };
  struct Approval {
    std::uint16_t region;
    std::int32_t day;       // decision date
    std::int32_t days = 0;  // from application to decision
  };
  std::vector<std::string> regions, types, levels, statuses, actions;
  std::vector<Org> orgs;
  std::vector<Event> events;
  std::vector<Approval> approvals;  // founding approvals with a known application date
  std::string computed_at;
  double build_seconds = 0;

  // True for each region index whose code starts with `prefix` (domain/region.h RegionPrefix; "" = all).
  std::vector<char> PrefixMask(const std::string& prefix) const;
};

// Packs "YYYY-MM-DD" as YYYYMMDD; 0 when the text is not a date.
std::int32_t PackDate(const std::string& text);

Result<std::shared_ptr<const StatsCube>> BuildStatsCube(Connection& c, std::string computed_at);

// The register's dashboard statistics, fresh as app/built_cache.h says.
class StatsCache : public BuiltCache<StatsCube> {
 public:
  StatsCache() : BuiltCache(BuildStatsCube, "statistics") {}
};

}  // namespace socorg
