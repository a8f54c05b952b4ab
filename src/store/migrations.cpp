#include "store/migrations.h"

#include <cstdlib>

namespace socorg {

Result<int> Migrate(Connection& c) {
  const char* dialect = c.dialect() == Dialect::kSqlite ? "sqlite" : "postgres";
  SOCORG_TRY_VOID(c.ExecScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, file TEXT NOT NULL)"));
  SOCORG_TRY(Rows rows, c.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  std::int64_t current = rows.empty() ? 0 : rows[0].Int(0);
  int applied = 0;
  for (const auto& m : EmbeddedMigrations()) {
    if (std::string_view(m.dialect) != dialect) continue;
    std::int64_t version = std::strtoll(m.file, nullptr, 10);
    if (version <= current) continue;
    SOCORG_TRY(auto tx, Transaction::Start(c));
    SOCORG_TRY_VOID(c.ExecScript(m.sql));
    SOCORG_TRY_VOID(c.Exec("INSERT INTO schema_migrations (version, file) VALUES ($1, $2)",
                           {version, std::string(m.file)}));
    SOCORG_TRY_VOID(tx.Commit());
    ++applied;
  }
  return applied;
}

}  // namespace socorg
