// Numbered schema migrations, embedded in the binary at build time. Never edit a released migration:
// add the next number. Both dialects carry the same numbers.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace socorg {

struct EmbeddedMigration {
  const char* dialect;  // "sqlite" | "postgres"
  const char* file;     // "001_init.sql"
  const char* sql;
};
const std::vector<EmbeddedMigration>& EmbeddedMigrations();

// Applies every migration newer than the database's version, each in its own transaction.
// Returns the number applied.
Result<int> Migrate(Connection& c);

}  // namespace socorg
