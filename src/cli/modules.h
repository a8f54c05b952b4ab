// The modules on the shared core (DESIGN.md "Modules"), listed once. A module has the same folder in every
// layer — domain/<m>/, store/<m>/, app/<m>/, http/<m>/, cli/<m>/, web/src/console/<m>/, web/src/portal/<m>/ —
// and its migrations in the one numbered sequence (store/migrations/<dialect>/NNN_<m>.sql, embedded by the
// build). What the core runs for it is registered here: its routes, its background work in `socorg serve`,
// its subcommands. Adding a module is one entry in Modules() (cli/modules.cpp) and one in the console's
// web/src/console/modules.js; no other module's files change (docs/architecture.md "Adding a module").
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string_view>
#include <vector>

#include "app/app_context.h"
#include "http/server.h"

namespace socorg {

struct Module {
  std::string_view name;      // the folder name in every layer and the module's configuration key
  std::string_view sections;  // the DOMAIN sections it implements
  AddRoutesFn add_routes = nullptr;                   // its /api/v1 routes (http/<m>/)
  void (*on_serve)(AppContext& ctx) = nullptr;        // started once before `socorg serve` listens
  // Its conditions on the core's life-cycle actions (app/app_context.h ActionGuard), added to
  // ctx.action_guards whenever a context is opened (serve and every command).
  void (*register_guards)(AppContext& ctx) = nullptr;
  // Its tables in the public open-data extract (store/opendata.h), after the register's.
  std::vector<opendata::Table> (*opendata_tables)() = nullptr;
  // Its subcommands (cli/<m>/): add_commands registers them; run_offline runs the chosen one that needs no
  // database, run the chosen one that does. Both return the exit code, or -1 when none of theirs was chosen.
  void (*add_commands)(CLI::App& app, const std::function<void(CLI::App*)>& add_common) = nullptr;
  int (*run_offline)() = nullptr;
  int (*run)(AppContext& ctx) = nullptr;
};

// In the order their routes are added and their commands listed.
const std::vector<Module>& Modules();

}  // namespace socorg
