// Daily scheduling of the supervision jobs inside `socorg serve` (issue #4 item 8). A background thread
// watches the clock once a minute; when the date rolls over (never at start-up, and never while the clock is
// fixed with SOCORG_TODAY) it runs all jobs as of the new date, logging the outcome to stderr. Disabled with
// the config key `jobs_daily: false`. The thread stops when the process exits.
#pragma once

#include "app/app_context.h"

namespace socorg::supervision {

// Starts the scheduler once per process (later calls do nothing).
void StartDailyJobs(AppContext& ctx);

}  // namespace socorg::supervision
