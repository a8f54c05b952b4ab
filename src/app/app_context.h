// Everything a use case needs, built once by main and shared (read-only) by all threads.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "support/clock.h"
#include "support/login_throttle.h"
#include "domain/region.h"
#include "domain/rules_config.h"
#include "store/db.h"

namespace socorg {

struct AppContext {
  Database* db = nullptr;           // the primary: writes and officer reads
  Database* read_db = nullptr;      // public reads (a replica when configured, else the primary)
  const Divisions* divisions = nullptr;
  RulesConfig rules;
  Clock clock;
  LoginThrottle* throttle = nullptr;
  class StatsCache* stats = nullptr;  // dashboards' in-memory statistics (serve); null = compute per call
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

}  // namespace socorg
