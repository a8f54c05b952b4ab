// What-if rule simulations (issue #14 item 2): "what if the anomaly list's automatic exit came after 9 months
// instead of 6?" Every automated rule is evaluated over one in-memory snapshot twice — with the configuration
// in force and with the changed one — as of a date, and the difference is reported per rule: who would enter,
// who would leave, by region, with examples. Nothing is written (no listing, flag, event, job run or audit
// record): the answer is a comparison of two computations, so stale stored results do not blur it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/supervision/snapshot.h"

namespace socorg::supervision {

// The rules a simulation compares, in report order: AR-DUE (an overdue annual report), the automatic credit
// causes (CREDIT-*), ZOMBIE, REVOKE-NO-INSPECTION, ELECTION-OVERDUE and the rating changes (RATING-*).
struct SimulatedRule {
  const char* rule_id;
  const char* title_zh;
  const char* title_en;
};
std::span<const SimulatedRule> SimulatedRules();

// Per organization of the snapshot, one bit per SimulatedRules() entry: the rule holds for it as of `as_of`.
std::vector<std::uint32_t> EvaluateRuleBits(const Snapshot& s, Date as_of, const RulesConfig& cfg, int threads = 2);

struct RuleRegionCount {
  std::string region_code, region_name;
  std::int64_t enter = 0, leave = 0;
};
struct SimulatedOrg {
  std::int64_t id = 0;
  std::string uscc, name, region_code;
  bool enters = true;  // false: leaves
};
struct RuleDifference {
  std::string rule_id, title_zh, title_en;
  std::int64_t before = 0, after = 0, enter = 0, leave = 0;
  std::vector<RuleRegionCount> regions;      // most changed first, at most 20
  std::vector<SimulatedOrg> examples;    // up to `examples` entering, then up to `examples` leaving
};
struct ConfigChange {
  std::string key;
  nlohmann::json from, to;
};
struct SimulationResult {
  Date as_of;
  std::string region;  // the scope ("" = national)
  std::vector<ConfigChange> changes;
  std::int64_t evaluated = 0;
  double load_ms = 0, compute_ms = 0;
  std::vector<RuleDifference> rules;
};

struct SimulationInput {
  std::optional<Date> date;  // default today
  nlohmann::json config = nlohmann::json::object();  // the configuration file's layout (app_context.h)
  std::string region;        // default: the actor's jurisdiction
  int examples = 5;          // per direction and rule, 0-50
};
// Officers and auditors, within their jurisdiction. kInvalid for a bad date, an unknown key or a value out
// of range (field "config.<key>"), or a configuration equal to the one in force (nothing to compare).
Result<SimulationResult> SimulateRules(AppContext& ctx, const Actor& a, const SimulationInput& in);
// The role part of SimulateRules' check, for callers that ask before reading the input.
Status CanSimulate(const Actor& a);
// The thresholds in force, in the configuration file's layout (officers and auditors).
Result<nlohmann::json> RulesInForce(AppContext& ctx, const Actor& a);

}  // namespace socorg::supervision
