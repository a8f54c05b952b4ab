// Daily work inside `socorg serve`: a background thread watches the clock once a minute and, when the date
// rolls over (never at start-up, never while SOCORG_TODAY fixes the clock), runs the registered tasks in
// order as of the new date — the modules' first (supervision: every job, app/supervision/scheduler.h), then
// the core's open-data extract (app/opendata.h), so the extract shows the day's listings. Each outcome is
// logged to stderr; a failed task does not stop the next. The thread stops when the process exits.
#pragma once

#include "app/app_context.h"

namespace socorg {

// Adds a task; call before StartDaily.
void AddDailyTask(AppContext& ctx, DailyTask task);
// Starts the thread once per process (later calls do nothing); without tasks it does not start.
void StartDaily(AppContext& ctx);

}  // namespace socorg
