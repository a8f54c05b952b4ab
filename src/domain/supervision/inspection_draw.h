// Random inspections 双随机、一公开 (DOMAIN §9). An authority draws at least 3% (county) / 4% (city) /
// 5% (province) / 10% (ministry) [config] of the organizations it registered, and ≥ 2 [config] inspectors
// per organization from its roster, skipping any with a declared conflict of interest.
//
// The draw is reproducible and verifiable. Algorithm "SHA256-RANK-v1", published with every plan:
//   1. population = the distinct codes (USCC) of the organizations in scope, sorted; its digest is
//      SHA-256 of the codes joined by "\n" (published, so anyone can check they hold the same list);
//   2. each code's key = hex SHA-256(seed ":" code); organizations are ranked by key (ties by code) and
//      the first ceil(N × per-mille / 1000) are drawn;
//   3. for each drawn code, inspectors are ranked by hex SHA-256(seed ":" code ":" inspector_id) and the
//      first `inspectors_per_org` without a conflict with that code are assigned.
// Anyone holding the seed, the population and the roster with its conflicts recomputes the same result.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"
#include "domain/finding.h"
#include "domain/region.h"
#include "domain/rules_config.h"

namespace socorg::supervision {

inline constexpr char kDrawAlgorithm[] = "SHA256-RANK-v1";

std::string Sha256Hex(std::string_view data);

// How an inspection was done (DOMAIN §9: 书面检查 or 实地检查) and what it covered (annual report,
// disclosure, governance, finances, activities).
enum class InspectionMethod : std::uint8_t { kWritten, kOnSite };
enum class InspectionContent : std::uint8_t { kAnnualReport, kDisclosure, kGovernance, kFinances, kActivities };
std::string_view ToString(InspectionMethod m);
std::optional<InspectionMethod> ParseInspectionMethod(std::string_view s);
std::string_view ToString(InspectionContent c);
std::optional<InspectionContent> ParseInspectionContent(std::string_view s);
struct InspectionChecklist {
  InspectionMethod method = InspectionMethod::kWritten;
  std::vector<InspectionContent> checked;  // distinct, in the order given
};
// INSPECTION-CHECKLIST: a result names its method and at least one content item, each known and named
// once; kInvalid naming the field ("method", "checked", "checked[i]") otherwise.
Result<InspectionChecklist> ParseChecklist(std::string_view method, const std::vector<std::string>& checked);

// Minimum per-mille for an authority at this level.
int MinPermille(RegionLevel level, const RulesConfig& cfg);
// INSPECTION-RATIO: kPass when permille ≥ the level's minimum (and ≤ 1000).
Finding CheckPlanRatio(RegionLevel level, int permille, const RulesConfig& cfg);

struct DrawInspector {
  std::string id;  // stable roster id (as published)
  std::string name;
};

struct DrawnOrg {
  std::string uscc;
  std::string key;  // hex SHA-256(seed ":" uscc)
  std::vector<std::string> inspectors;  // roster ids, in rank order
};

struct DrawResult {
  std::string algorithm = kDrawAlgorithm;
  std::string population_digest;
  size_t population_size = 0;
  std::vector<DrawnOrg> drawn;  // in rank order
};

std::string PopulationDigest(std::vector<std::string> population);
size_t DrawCount(size_t population, int permille);

// kInvalid for an empty seed; kRuleViolation (code "not_enough_inspectors") when some drawn organization
// has fewer than inspectors_per_org conflict-free inspectors. `conflicts` holds (inspector id, uscc).
Result<DrawResult> Draw(std::vector<std::string> population, const std::vector<DrawInspector>& roster,
                        const std::set<std::pair<std::string, std::string>>& conflicts, const std::string& seed,
                        int permille, int inspectors_per_org);

}  // namespace socorg::supervision
