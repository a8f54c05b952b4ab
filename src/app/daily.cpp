#include "app/daily.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace socorg {

void AddDailyTask(AppContext& ctx, DailyTask task) { ctx.daily_tasks.push_back(std::move(task)); }

void StartDaily(AppContext& ctx) {
  if (ctx.daily_tasks.empty()) return;
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
        for (const auto& t : ctx.daily_tasks) {
          auto s = t.run(ctx, today);
          if (!s)
            std::fprintf(stderr, "daily %s as of %s failed: %s\n", t.name.c_str(), today.ToString().c_str(),
                         s.error().message_en.c_str());
        }
      }
    });
  });
}

}  // namespace socorg
