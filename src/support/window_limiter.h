// A sliding-window counter per key: at most `max_events` within `window`, in memory, per server process,
// thread-safe. The number of keys is bounded (`max_keys`): a flood of new keys (a stranger trying random
// usernames, or submitting from many addresses) first drops the keys whose window has passed, then the key
// with the oldest last event, so memory stays bounded whatever the traffic. Used by the login throttle and by
// the limit on anonymous public submissions (complaints, rating objections).
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace socorg {

class WindowLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  WindowLimiter(int max_events, std::chrono::minutes window, std::size_t max_keys = 100000)
      : max_(max_events), window_(window), max_keys_(max_keys) {}
  // Fewer than max_events for the key within the window.
  bool Allowed(const std::string& key, Clock::time_point now = Clock::now());
  void Record(const std::string& key, Clock::time_point now = Clock::now());
  // Allowed, and if so Record, in one step (no two callers can both take the last place).
  bool TryAcquire(const std::string& key, Clock::time_point now = Clock::now());
  void Clear(const std::string& key);
  std::size_t Keys();

 private:
  bool AllowedLocked(const std::string& key, Clock::time_point now);
  void RecordLocked(const std::string& key, Clock::time_point now);
  void MakeRoom(Clock::time_point now);
  int max_;
  std::chrono::minutes window_;
  std::size_t max_keys_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> events_;
};

}  // namespace socorg
