#include "support/login_throttle.h"

namespace socorg {

void LoginThrottle::Prune(std::deque<Clock::time_point>& q, Clock::time_point now) {
  while (!q.empty() && now - q.front() > window_) q.pop_front();
}

bool LoginThrottle::Allowed(const std::string& source, const std::string& username, Clock::time_point now) {
  std::lock_guard lock(mu_);
  auto it = failures_.find(Key{source, username});
  if (it == failures_.end()) return true;
  Prune(it->second, now);
  if (it->second.empty()) {
    failures_.erase(it);
    return true;
  }
  return static_cast<int>(it->second.size()) < max_;
}

void LoginThrottle::RecordFailure(const std::string& source, const std::string& username, Clock::time_point now) {
  std::lock_guard lock(mu_);
  failures_[Key{source, username}].push_back(now);
}

void LoginThrottle::RecordSuccess(const std::string& source, const std::string& username) {
  std::lock_guard lock(mu_);
  failures_.erase(Key{source, username});
}

}  // namespace socorg
