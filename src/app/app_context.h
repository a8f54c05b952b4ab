// Everything a use case needs, built once by main and shared (read-only) by all threads.
#pragma once

#include <memory>

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

}  // namespace socorg
