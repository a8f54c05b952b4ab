// A minimal Office Open XML spreadsheet writer (one sheet, inline strings), enough for Excel and WPS to
// open the register export. Uses minizip.
#pragma once

#include <string>
#include <vector>

namespace socorg {

// rows[0] is the header row. Returns the .xlsx file bytes, or "" on failure.
std::string WriteXlsx(const std::vector<std::vector<std::string>>& rows, const std::string& sheet_name);

}  // namespace socorg
