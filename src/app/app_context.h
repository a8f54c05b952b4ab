// Everything a use case needs, built once by main and shared (read-only) by all threads.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string_view>
#include <vector>

#include "support/clock.h"
#include "support/login_throttle.h"
#include "support/window_limiter.h"
#include "domain/lifecycle.h"
#include "domain/organization.h"
#include "domain/region.h"
#include "domain/rules_config.h"
#include "store/db.h"
#include "store/opendata.h"

namespace socorg {

// A module's condition on a core life-cycle action (docs/architecture.md "Adding a module"): called by
// PerformAction inside the action's transaction, after the state machine and the action's own checks agreed,
// with the record as it was before the action and the action's date. An error refuses the action (and the
// transaction rolls back); a guard ignores the actions it is not about. The core does not know the modules:
// each registers its guards once at start-up through its entry in cli/modules.cpp (`register_guards`).
using ActionGuard =
    std::function<Status(Connection& conn, const OrgRecord& org, Action action, Date on, const RulesConfig& rules)>;

// A task of the server's daily run (app/daily.h).
struct AppContext;
struct DailyTask {
  std::string name;
  std::function<Status(AppContext& ctx, Date today)> run;
};

struct AppContext {
  Database* db = nullptr;           // the primary: writes and officer reads
  Database* read_db = nullptr;      // public reads (a replica when configured, else the primary)
  const Divisions* divisions = nullptr;
  RulesConfig rules;
  Clock clock;
  LoginThrottle* throttle = nullptr;
  // Anonymous public submissions (complaints, rating objections) per source address and hour; null = no limit.
  WindowLimiter* public_submissions = nullptr;
  class StatsCache* stats = nullptr;  // dashboards' in-memory statistics (serve); null = compute per call
  std::vector<ActionGuard> action_guards;  // the modules' conditions on life-cycle actions (set at start-up)
  // The open-data extract (app/opendata.h): the register's tables and the modules' (set at start-up), the
  // folder the daily snapshots go to, and how many are kept.
  std::vector<opendata::Table> opendata_tables;
  std::string opendata_dir = "data/opendata";
  int opendata_keep = 7;
  // What `socorg serve` runs each day when the date rolls over (app/daily.h), in order.
  std::vector<DailyTask> daily_tasks;
};

// Loads data/divisions.tsv (see scripts/make_divisions.mjs).
Result<Divisions> LoadDivisions(const std::string& path);
// The default locations, relative to the working directory or the source tree.
std::string DefaultDivisionsPath();
// Reads config/socorg.json when it exists (keys as in RulesConfig); defaults otherwise.
Result<RulesConfig> LoadRulesConfig(const std::string& path);
// Applies an object in the configuration file's layout (core keys at the top, each module's under its name;
// module keys at the top are read too) over `cfg`: unknown keys, wrong types and values out of range
// (CheckRulesConfig) are refused, with the field `field(key)` names. Used by the loader and by what-if
// simulations.
Result<RulesConfig> ApplyRulesJson(const nlohmann::json& j, RulesConfig cfg,
                                   const std::function<std::string(std::string_view)>& field);
// The configuration as a JSON object in the file's layout (core keys; "supervision": {...}).
nlohmann::json RulesConfigJson(const RulesConfig& cfg);

// An anonymous public submission from `source` (a complaint, a rating objection): refused with 429
// `too_many_submissions` once the source has made public_submissions_per_hour of them within the last hour,
// so one address cannot flood the officers' queues. Counts only submissions that passed their checks.
Status TakePublicSubmission(AppContext& ctx, const std::string& source);

}  // namespace socorg
