#include "cli/modules.h"

#include "app/party/coverage.h"
#include "app/supervision/guards.h"
#include "app/supervision/scheduler.h"
#include "cli/supervision/commands.h"
#include "store/supervision/opendata.h"
#include "http/party/routes.h"
#include "http/supervision/routes.h"

namespace socorg {

const std::vector<Module>& Modules() {
  static const std::vector<Module> k = {
      {.name = "supervision",
       .sections = "§6-§12",
       .add_routes = AddSupervisionRoutes,
       .on_serve = supervision::OnServe,
       .register_guards = supervision::RegisterActionGuards,
       .opendata_tables = supervision_store::OpenDataTables,
       .add_commands = AddSupervisionCommands,
       .run_offline = RunSupervisionOfflineCommand,
       .run = RunSupervisionCommand},
      {.name = "party",
       .sections = "§13",
       .add_routes = AddPartyRoutes,
       .on_serve = party_app::KeepPartyStats},
  };
  return k;
}

}  // namespace socorg
