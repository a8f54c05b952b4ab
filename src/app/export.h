// Register export to CSV (UTF-8 with BOM, so Excel shows Chinese), XLSX and JSON.
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/registry.h"

namespace socorg {

struct ExportFile {
  std::string body, content_type, filename;
};

// The columns import reads, in the same order, so an export can be re-imported.
const std::vector<std::string>& RegisterColumns();

// Officer export of the register search (all matching rows, up to 1,000,000), within jurisdiction.
// format: csv | xlsx | json. Audited.
Result<ExportFile> ExportRegister(AppContext& ctx, const Actor& actor, const SearchQuery& q, const std::string& format);
// CLI export of every organization with a code (no actor: the operator holds the database file).
Result<ExportFile> ExportAll(AppContext& ctx, const std::string& format, const std::string& region);

}  // namespace socorg
