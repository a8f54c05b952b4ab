#include "store/bulk_load.h"

namespace socorg {

Result<DeferredIndexes> DeferredIndexes::Drop(Connection& c, const std::vector<std::string>& tables) {
  DeferredIndexes d(c);
  if (c.dialect() != Dialect::kSqlite) return d;
  for (const std::string& table : tables) {
    SOCORG_TRY(Rows rows, c.Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 "
                                  "AND sql IS NOT NULL ORDER BY name",
                                  {table}));
    for (const Row& r : rows) {
      // Index names come from our own migrations; quoted anyway.
      SOCORG_TRY_VOID(c.ExecScript("DROP INDEX \"" + r.Text(0) + "\""));
      d.create_statements_.push_back(r.Text(1));
    }
  }
  return d;
}

Status DeferredIndexes::Rebuild() {
  for (const std::string& sql : create_statements_) SOCORG_TRY_VOID(c_->ExecScript(sql));
  create_statements_.clear();
  return {};
}

}  // namespace socorg
