#include "app/supervision/scheduler.h"

#include <cstdio>

#include "app/daily.h"
#include "app/supervision/dashboard_stats.h"
#include "app/supervision/jobs.h"

namespace socorg::supervision {

namespace {
Status RunDailyJobs(AppContext& ctx, Date today) {
  SOCORG_TRY(auto r, RunJobs(ctx, today, *ParseJobs("all"), "scheduler"));
  for (const auto& j : r.jobs)
    std::fprintf(stderr, "scheduled job %s as of %s: inserted %lld, updated %lld\n", j.job.c_str(),
                 today.ToString().c_str(), static_cast<long long>(j.inserted), static_cast<long long>(j.updated));
  return {};
}
}  // namespace

void OnServe(AppContext& ctx) {
  KeepDashboardStats(ctx);
  if (ctx.rules.jobs_daily) AddDailyTask(ctx, {"supervision jobs", RunDailyJobs});
}

}  // namespace socorg::supervision
