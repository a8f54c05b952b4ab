// Batch job runs (table job_runs): one row per job and run, written in the job's own transaction.
#pragma once

#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

Status InsertJobRun(Connection& c, const supervision::JobRunRecord& r);
// The latest `limit` runs, newest first.
Result<std::vector<supervision::JobRunRecord>> RecentJobRuns(Connection& c, int limit);

}  // namespace socorg::supervision_store
