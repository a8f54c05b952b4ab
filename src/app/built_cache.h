// The freshness policy every in-memory statistics holder shares (app/stats_cube.h for the register,
// app/supervision/dashboard_stats.h for supervision): a value that builds quickly (under kSyncBuildSeconds)
// is rebuilt on every request, so a small office always sees its latest write; a larger one is served from
// the last build and rebuilt in the background when older than kMaxAgeSeconds. One build at a time.
//
// T has `double build_seconds`; Build is `Result<std::shared_ptr<const T>>(Connection&, std::string now)`.
// The holder must outlive its background builds: keep it for the life of the process (as `serve` does).
#pragma once

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/app_context.h"

namespace socorg {

template <typename T>
class BuiltCache {
 public:
  using BuildFn = Result<std::shared_ptr<const T>> (*)(Connection&, std::string);
  static constexpr double kSyncBuildSeconds = 0.25;
  static constexpr double kMaxAgeSeconds = 60;

  BuiltCache(BuildFn build, const char* what) : build_(build), what_(what) {}

  Result<std::shared_ptr<const T>> Get(AppContext& ctx) {
    {
      std::lock_guard lock(mu_);
      if (value_ && value_->build_seconds >= kSyncBuildSeconds) {
        if (NowMs() - built_at_ms_ > kMaxAgeSeconds * 1000) RebuildInBackground(ctx);
        return value_;
      }
    }
    // Small (or not built yet): build now, one build at a time.
    std::lock_guard build(build_mu_);
    {
      std::lock_guard lock(mu_);  // a large register built by the start-up build meanwhile
      if (value_ && value_->build_seconds >= kSyncBuildSeconds) return value_;
    }
    auto conn = ctx.db->Acquire();
    SOCORG_TRY(auto fresh, build_(*conn, ctx.clock.Now()));
    std::lock_guard lock(mu_);
    value_ = fresh;
    built_at_ms_ = NowMs();
    return fresh;
  }

  // Builds in the background now (serve start-up), so the first request does not wait.
  void Prime(AppContext& ctx) {
    std::lock_guard lock(mu_);
    RebuildInBackground(ctx);
  }

 private:
  static std::int64_t NowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  void RebuildInBackground(AppContext& ctx) {  // with mu_ held
    if (building_) return;
    building_ = true;
    std::thread([this, &ctx] {
      std::lock_guard build(build_mu_);
      auto conn = ctx.db->Acquire();
      auto fresh = build_(*conn, ctx.clock.Now());
      if (!fresh) std::fprintf(stderr, "%s: rebuild failed: %s\n", what_, fresh.error().message_en.c_str());
      std::lock_guard lock(mu_);
      if (fresh) {
        value_ = *fresh;
        built_at_ms_ = NowMs();
      }
      building_ = false;
    }).detach();
  }

  BuildFn build_;
  const char* what_;
  std::mutex mu_;        // guards the fields below
  std::mutex build_mu_;  // one build at a time
  std::shared_ptr<const T> value_;
  std::int64_t built_at_ms_ = 0;
  bool building_ = false;
};

// The one cache of type C that `socorg serve` keeps for `ctx` (a module's on_serve creates it with
// create = true); null when there is none (CLI, tests: callers then build per call). Never freed: a
// rebuild thread may still run while the process exits.
template <typename C>
std::shared_ptr<C> KeptCache(const AppContext& ctx, bool create) {
  static std::mutex mu;
  static auto* caches = new std::map<const AppContext*, std::shared_ptr<C>>();
  std::lock_guard lock(mu);
  auto& slot = (*caches)[&ctx];
  if (!slot && create) slot = std::make_shared<C>();
  return slot;
}

}  // namespace socorg
