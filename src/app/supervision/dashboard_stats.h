// In-memory supervision statistics for the dashboard (DOMAIN §6-§11, §20; issue #15 item 4): annual-report
// completion, the rating grades, the flags' outcomes and the overview's penalties and credit lists without
// the SQL joins with orgs (annual-report completion scanned orgs × annual_reports for 7–10 s at 1M, the
// overview and flag outcomes 3–4 s).
//
// Same design as the register's StatsCube (app/stats_cube.h), owned by the supervision module: one compact
// fact per organization (region index, community / active flags, packed registered_on and ended_on) and per
// filed report, flag, decided rating, penalty and credit listing (organization index and a few packed
// values) is read once, in keyset pages inside one read transaction of the primary; each request scans
// those arrays for its region prefix with exactly the rules of the SQL they replace, which stays in
// supervision_store as the reference (tests/store/supervision_dashboard_stats_test.cpp compares them).
//
// Freshness: a register that builds in under kSyncBuildSeconds is rebuilt on every request (small offices
// see their last filing at once); a larger one is served from the last build and rebuilt in the
// background when older than kMaxAgeSeconds. Results carry `computed_at`.
//
// Where it lives: `socorg serve` keeps one DashboardStatsCache per AppContext, created by the module's
// on_serve (supervision::OnServe → KeepDashboardStats); without one (CLI, tests) each call builds the facts.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/built_cache.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

struct DashboardStats {
  static constexpr std::int32_t kNever = INT32_MAX;  // registered_on NULL: never required to report
  struct Org {
    std::uint16_t region;  // index into regions
    bool community, foundation, active;
    std::int32_t registered_on;  // packed YYYYMMDD; kNever when NULL
    std::int32_t ended_on;       // packed; 0 when NULL
  };
  struct Filed {
    std::uint32_t org;  // index into orgs
    std::int32_t filed_on;
  };
  struct Flag {
    std::uint32_t org;
    FlagKind kind;
    FlagHandling handling;
    FlagOutcome outcome;
  };
  struct Rating {
    std::uint32_t org;
    int grade;
  };
  struct Penalty {
    std::uint32_t org;
    PenaltyKind kind;
    std::int32_t decided_on;
    std::int64_t amount;
  };
  struct Listing {
    std::uint32_t org;
    CreditList list;
    std::int32_t entered_on, exited_on;  // exited_on 0 when NULL
  };
  std::vector<std::string> regions;
  std::vector<Org> orgs;
  std::map<int, std::vector<Filed>> filed_by_year;
  std::vector<Flag> flags;
  std::vector<Rating> ratings;  // decided
  std::vector<Penalty> penalties;
  std::vector<Listing> listings;
  std::string computed_at;
  double build_seconds = 0;

  // True for each region index whose code starts with `prefix` ("" = all).
  std::vector<char> Mask(const std::string& prefix) const;
  // As supervision_store::ReportCompletion: per region code (ascending) of the prefix with at least one
  // organization required to report.
  std::vector<ReportCompletionCount> Completion(const std::string& prefix, int year, Date registered_by,
                                                Date deadline, Date foundation_deadline) const;
  // As supervision_store::GradeDistribution (by grade).
  std::vector<GradeCount> Grades(const std::string& prefix) const;
  // As supervision_store::FlagOutcomes (by the wire names of kind, handling, outcome).
  std::vector<FlagOutcomeCount> FlagOutcomes(const std::string& prefix) const;
  // The penalty and credit parts of supervision_store::SupervisionCounts (penalties by kind in the order
  // of their wire names).
  void PenaltiesAndCredit(const std::string& prefix, Date from, Date to, OverviewCounts& out) const;
};

Result<std::shared_ptr<const DashboardStats>> BuildDashboardStats(Connection& c, std::string computed_at);

// Fresh as app/built_cache.h says (the register's StatsCache follows the same policy).
class DashboardStatsCache : public BuiltCache<DashboardStats> {
 public:
  DashboardStatsCache() : BuiltCache(BuildDashboardStats, "supervision statistics") {}
};

// Keeps a cache for `ctx` for the life of the process and primes it (serve start-up).
void KeepDashboardStats(AppContext& ctx);
// The kept cache's statistics when `ctx` has one, else facts built now from the primary.
Result<std::shared_ptr<const DashboardStats>> DashboardStatsOf(AppContext& ctx);

}  // namespace socorg::supervision
