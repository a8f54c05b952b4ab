#include "app/supervision/scheduler.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "app/supervision/jobs.h"
#include "app/supervision/dashboard_stats.h"

namespace socorg::supervision {

void StartDailyJobs(AppContext& ctx) {
  if (!ctx.rules.jobs_daily) return;
  static std::once_flag once;
  std::call_once(once, [&ctx] {
    // Function-local static: joined (after a stop request) when the process exits normally.
    static std::jthread worker([&ctx](std::stop_token stop) {
      std::mutex mu;
      std::condition_variable_any cv;
      Date seen = ctx.clock.Today();
      while (!stop.stop_requested()) {
        {
          std::unique_lock lock(mu);
          cv.wait_for(lock, stop, std::chrono::minutes(1), [] { return false; });
        }
        if (stop.stop_requested()) break;
        Date today = ctx.clock.Today();
        if (today == seen) continue;
        seen = today;
        auto r = RunJobs(ctx, today, *ParseJobs("all"), "scheduler");
        if (!r) {
          std::fprintf(stderr, "scheduled jobs as of %s failed: %s\n", today.ToString().c_str(),
                       r.error().message_en.c_str());
          continue;
        }
        for (const auto& j : r->jobs)
          std::fprintf(stderr, "scheduled job %s as of %s: inserted %lld, updated %lld\n", j.job.c_str(),
                       today.ToString().c_str(), static_cast<long long>(j.inserted), static_cast<long long>(j.updated));
      }
    });
  });
}

void OnServe(AppContext& ctx) {
  KeepDashboardStats(ctx);
  StartDailyJobs(ctx);
}

}  // namespace socorg::supervision
