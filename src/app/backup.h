// socorg backup / restore (docs/operations.md): the store-level copy plus a manifest — row counts and a
// checksum of the register — printed after both, so an operator (and the tests) can compare them.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "store/db.h"

namespace socorg {

struct BackupManifest {
  std::map<std::string, std::int64_t> counts;  // table -> rows
  std::string register_sha256;                  // over every organization's columns, in id order
  std::string ToString() const;                 // "orgs=… persons=… … register_sha256=…"
};

Result<BackupManifest> SummarizeDatabase(Connection& c);
// Backs up the database at url to out; the manifest is of the database as the backup was taken.
Result<BackupManifest> BackupTo(const std::string& url, const std::string& out);
// Restores `in` into the database at url, migrates it to the current schema, and summarises it.
Result<BackupManifest> RestoreFrom(const std::string& url, const std::string& in);

}  // namespace socorg
