// Register import from CSV (DOMAIN §2 checks on every row). All or nothing: any row error and nothing
// is written; otherwise every row is inserted in one transaction with its history event, and the import
// is one audit record (row count and the file's SHA-256).
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"

namespace socorg {

struct RowError {
  int row = 0;  // 1-based data row (the header is row 0)
  std::string column, message, message_en;
};

struct ImportReport {
  std::string encoding;
  int rows = 0;
  int imported = 0;
  std::vector<RowError> errors;  // at most 1000 reported
  bool ok() const { return errors.empty(); }
};

// `actor` names who ran it for the audit log. Returns the report; kInvalid only for a file that cannot
// be read at all (encoding, quotes, missing columns).
Result<ImportReport> ImportCsv(AppContext& ctx, const std::string& bytes, const std::string& actor);

}  // namespace socorg
