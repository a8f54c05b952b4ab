// Bulk loads (CSV import of a whole register): secondary indexes are dropped inside the caller's write
// transaction and rebuilt once the rows are in, so each index is built by one sort instead of a million
// random B-tree inserts. Both steps are part of the caller's transaction: a failed import rolls back the
// drop as well, and other connections keep reading the old snapshot, indexes included (WAL).
//
// SQLite only (its DDL is transactional and sqlite_master gives each index's exact CREATE statement);
// on PostgreSQL Drop() does nothing and Rebuild() succeeds.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace socorg {

class DeferredIndexes {
 public:
  // Drops every index of `tables` that has a CREATE statement (not the UNIQUE / PRIMARY KEY constraints,
  // which the load must check row by row).
  static Result<DeferredIndexes> Drop(Connection& c, const std::vector<std::string>& tables);
  // Re-creates the dropped indexes with their original statements.
  Status Rebuild();

 private:
  explicit DeferredIndexes(Connection& c) : c_(&c) {}
  Connection* c_;
  std::vector<std::string> create_statements_;
};

}  // namespace socorg
