// Whole-database backup and restore (docs/operations.md). SQLite: the online backup API, consistent
// while the server keeps writing. PostgreSQL: pg_dump --format=custom / pg_restore, one transaction.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "domain/error.h"
#include "store/db.h"

namespace socorg::backup_store {

// Writes a backup of the database at `url` to `out` (written to out.tmp first, then renamed).
Status Backup(const std::string& url, const std::string& out);
// Replaces the contents of the database at `url` with the backup in `in`. The file must come from the
// same backend (a SQLite file for sqlite:, a pg_dump custom archive for postgres://). All or nothing.
Status Restore(const std::string& url, const std::string& in);

// Starts a read-only transaction that sees one snapshot for all its statements (PostgreSQL REPEATABLE
// READ; SQLite: any read transaction). The caller rolls it back.
Status BeginSnapshotRead(Connection& c);
// The number of rows of each of the core tables (orgs, persons, events, findings, users, audit_log).
Result<std::map<std::string, std::int64_t>> CountCoreRows(Connection& c);

}  // namespace socorg::backup_store
