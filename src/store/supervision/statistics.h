// The supervision figures of the dashboard (DOMAIN §20) across the sections' tables. The report, rating
// and flag statistics are with their sections (reports.h, ratings.h, flags.h).
#pragma once

#include <string>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// For organizations / authorities in the prefix: penalties decided in [from, to] by kind (with the sum of
// the fines), organizations on each credit list on `to`, plans drawn in [from, to] (with the organizations
// drawn) and their items by result, illegal-organization cases opened in [from, to] by status.
Result<supervision::OverviewCounts> SupervisionCounts(Connection& c, const std::string& region_prefix,
                                                      Date from, Date to);

}  // namespace socorg::supervision_store
