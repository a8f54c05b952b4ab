#include "support/window_limiter.h"

#include <algorithm>

namespace socorg {

bool WindowLimiter::AllowedLocked(const std::string& key, Clock::time_point now) {
  auto it = events_.find(key);
  if (it == events_.end()) return true;
  auto& q = it->second;
  while (!q.empty() && now - q.front() > window_) q.pop_front();
  if (q.empty()) {
    events_.erase(it);
    return true;
  }
  return static_cast<int>(q.size()) < max_;
}

void WindowLimiter::MakeRoom(Clock::time_point now) {
  std::erase_if(events_, [&](const auto& kv) { return kv.second.empty() || now - kv.second.back() > window_; });
  if (events_.size() < max_keys_) return;
  auto oldest = std::min_element(events_.begin(), events_.end(),
                                 [](const auto& a, const auto& b) { return a.second.back() < b.second.back(); });
  events_.erase(oldest);
}

void WindowLimiter::RecordLocked(const std::string& key, Clock::time_point now) {
  auto it = events_.find(key);
  if (it == events_.end()) {
    if (events_.size() >= max_keys_) MakeRoom(now);
    it = events_.emplace(key, std::deque<Clock::time_point>{}).first;
  }
  it->second.push_back(now);
  // Only the last max_events matter for the verdict.
  while (static_cast<int>(it->second.size()) > max_) it->second.pop_front();
}

bool WindowLimiter::Allowed(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  return AllowedLocked(key, now);
}

void WindowLimiter::Record(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  RecordLocked(key, now);
}

bool WindowLimiter::TryAcquire(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mu_);
  if (!AllowedLocked(key, now)) return false;
  RecordLocked(key, now);
  return true;
}

void WindowLimiter::Clear(const std::string& key) {
  std::lock_guard lock(mu_);
  events_.erase(key);
}

std::size_t WindowLimiter::Keys() {
  std::lock_guard lock(mu_);
  return events_.size();
}

}  // namespace socorg
