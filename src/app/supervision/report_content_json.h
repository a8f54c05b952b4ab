// The typed annual-report content (domain/supervision/report_content.h) as JSON: the sections the filing
// body and the report's response share (finances, activities, governance, branches_count, party,
// disclosure), and findings as stored with the content.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/finding.h"
#include "domain/supervision/report_content.h"

namespace socorg::supervision {

// {"finances": {...}, "activities": {...}, "governance": {...}, "branches_count": n, "party": {...},
//  "disclosure": {...}}; unreported amounts are null.
nlohmann::json ReportContentJson(const ReportContent& c);
nlohmann::json StoredFindingsJson(const std::vector<Finding>& fs);

}  // namespace socorg::supervision
