// Daily scheduling of the supervision jobs inside `socorg serve` (issue #4 item 8): all jobs as of the new
// date when the date rolls over (the core's daily run, app/daily.h), logging the outcome to stderr.
// Disabled with the config key `jobs_daily: false`.
#pragma once

#include "app/app_context.h"

namespace socorg::supervision {

// The module's start in `socorg serve` (cli/modules.cpp on_serve): keeps the in-memory dashboard
// statistics for `ctx` (app/supervision/dashboard_stats.h), builds them in the background now, and adds
// the jobs to the daily run.
void OnServe(AppContext& ctx);

}  // namespace socorg::supervision
