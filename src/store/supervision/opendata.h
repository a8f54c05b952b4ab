// The supervision module's tables in the open-data extract (store/opendata.h): what its public channels
// already publish — annual-report conclusions, the credit lists in force, penalty decisions, inspection
// draws and results, ratings, and the illegal-organization decisions.
#pragma once

#include <vector>

#include "store/opendata.h"

namespace socorg::supervision_store {

std::vector<opendata::Table> OpenDataTables();

}  // namespace socorg::supervision_store
