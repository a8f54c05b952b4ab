// The socorg command line: serve, migrate, demo, user, import, export, audit. Every subcommand takes
// --db (sqlite:PATH, the default data/socorg.db, or postgres://...).
#pragma once

namespace socorg {

int RunCli(int argc, char** argv);

}  // namespace socorg
