// Supervision subcommands (issue #4): `jobs run --date D [credit|zombie|elections|ratings|all]` and
// `verify-draw --plan FILE`, which recomputes a published random-inspection draw from its seed, population,
// roster and conflicts and exits 1 on any difference. cli/modules.cpp registers them with the module.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "app/app_context.h"

namespace socorg {

// The module's subcommands, for its entry in cli/modules.cpp: registers them on `app` (their state lives in
// commands.cpp), then runs the chosen one — verify-draw before any database is opened, jobs run after.
// Each run function returns the exit code, or -1 when none of its commands was chosen.
void AddSupervisionCommands(CLI::App& app, const std::function<void(CLI::App*)>& add_common);
int RunSupervisionOfflineCommand();
int RunSupervisionCommand(AppContext& ctx);

// Compares a published plan (the JSON of GET /api/v1/public/inspection-plans/:id) with a recomputation.
// Returns "" when identical, else the first difference (English).
std::string VerifyPublishedDraw(const std::string& plan_json);

}  // namespace socorg
