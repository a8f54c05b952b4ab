// Daily scheduling of the supervision jobs inside `socorg serve` (issue #4 item 8). A background thread
// watches the clock once a minute; when the date rolls over (never at start-up, and never while the clock is
// fixed with SOCORG_TODAY) it runs all jobs as of the new date, logging the outcome to stderr. Disabled with
// the config key `jobs_daily: false`. The thread stops when the process exits.
#pragma once

#include "app/app_context.h"

namespace socorg::supervision {

// Starts the scheduler once per process (later calls do nothing).
void StartDailyJobs(AppContext& ctx);

// The module's start in `socorg serve` (cli/modules.cpp on_serve): keeps the in-memory dashboard
// statistics for `ctx` (app/supervision/dashboard_stats.h), builds them in the background now, and starts
// the daily jobs.
void OnServe(AppContext& ctx);

}  // namespace socorg::supervision
