// Party coverage (DOMAIN §13; issue #16 item 3) from in-memory facts, like the register's dashboard
// (app/stats_cube.h): one compact fact per organization (region, type, level, registered and ended dates) and
// per confirmed party filing (its date and the few values coverage reads), read once in keyset pages inside
// one read transaction; each request scans them for its region subtree, level, type and date.
//
//   组织覆盖率 org_coverage  = organizations with a party organization ÷ all
//   工作覆盖率 work_coverage = organizations with a party organization or party work (instructor, liaison) ÷ all
//
// "All" is every organization registered on the date (registered_on <= D and not ended by then) in scope; filed
// community organizations (备案, not registered) only when asked for with type=community. An organization's
// party data on D is its latest confirmed filing with as_of <= D (none: not covered). A temporary branch
// counts only within its council's term. Fractions are rounded to 4 places.
//
// Freshness as app/built_cache.h says; `socorg serve` keeps one cache (party module's on_serve).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/built_cache.h"
#include "domain/organization.h"
#include "domain/party/party.h"

namespace socorg::party_app {

struct PartyStats {
  static constexpr std::int32_t kNever = INT32_MAX;
  struct Org {
    std::int64_t id;
    std::uint16_t region;
    std::uint8_t type, level;
    std::int32_t registered_on;  // packed YYYYMMDD; kNever when NULL
    std::int32_t ended_on;       // packed; 0 when NULL
  };
  struct Fact {  // one confirmed filing
    std::int32_t as_of, term_ends;  // term_ends: a temporary branch's (0 otherwise)
    std::int32_t formal_members;
    party::OrgKind kind;
    bool instructor, liaison, charter_clause;
    std::int64_t joint_branch_id;
  };
  std::vector<std::string> regions, types, levels;
  std::vector<Org> orgs;                // by id
  std::vector<Fact> facts;              // per organization, by (as_of, version)
  std::vector<std::uint32_t> fact_off;  // orgs.size() + 1
  struct DecisionFact {
    std::uint32_t org;
    std::uint8_t status;  // index into kDecisionStatuses
  };
  std::vector<DecisionFact> decisions;
  std::string computed_at;
  double build_seconds = 0;

  // The filing in force on `day` (packed), or null.
  const Fact* At(size_t org, std::int32_t day) const;
};
inline constexpr const char* kDecisionStatuses[] = {"pending_report", "awaiting_execution", "deviation", "done"};

Result<std::shared_ptr<const PartyStats>> BuildPartyStats(Connection& c, std::string computed_at);
class PartyStatsCache : public BuiltCache<PartyStats> {
 public:
  PartyStatsCache() : BuiltCache(BuildPartyStats, "party statistics") {}
};
void KeepPartyStats(AppContext& ctx);  // serve start-up
Result<std::shared_ptr<const PartyStats>> PartyStatsOf(AppContext& ctx);

struct CoverageCounts {
  std::int64_t orgs = 0, with_party_org = 0, with_party_work = 0, needs_branch_without = 0;
  std::int64_t instructors = 0, liaisons = 0, charter_clause = 0, temporary_outlived = 0;
  std::map<std::string, std::int64_t> by_kind;  // party organizations by kind (wire names), covered orgs
  std::int64_t joint_branches = 0;              // distinct joint branches among them
  std::map<std::string, std::int64_t> decisions;  // by status (today's data only)
};
struct CoverageQuery {
  std::string region, level, type;  // "" = the actor's region / every level / every registered type
  std::optional<Date> date;         // "" = today
};
struct Coverage {
  std::string region;  // the region asked for (6 digits, or "" national)
  Date date;
  CoverageCounts total;
  std::vector<std::pair<std::string, CoverageCounts>> by_region;  // the next level down, by code
  std::string computed_at;
};
// Party officers, registration officers and auditors within their jurisdiction.
Result<Coverage> PartyCoverage(AppContext& ctx, const Actor& a, const CoverageQuery& q);
// The public's: aggregate counts only, any region, today's data.
Result<Coverage> PublicPartyCoverage(AppContext& ctx, const std::string& region);

// The workbench's lists: organizations (ids, in id order, after `after`) of the region on today's data that
// need a branch but have none (needs_branch), are not covered at all (uncovered), have a temporary branch whose
// council term ends within `days` (temporary_ending) or has ended (temporary_outlived), or lack 党建入章
// (no_charter_clause).
struct Worklist {
  struct Item {
    OrgRecord org;
    PartyStats::Fact fact{};  // the filing in force (as_of 0: none)
  };
  std::vector<Item> items;
  std::int64_t total = 0;
  std::int64_t next_after = 0;  // 0: no more
};
Result<Worklist> PartyWorklist(AppContext& ctx, const Actor& a, const std::string& region, const std::string& kind,
                               int days, std::int64_t after, int page_size);

}  // namespace socorg::party_app
