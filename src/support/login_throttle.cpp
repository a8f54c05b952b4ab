#include "support/login_throttle.h"

namespace socorg {

void LoginThrottle::Prune(std::deque<TimePoint>& q, TimePoint now) {
  while (!q.empty() && now - q.front() > window_) q.pop_front();
}

bool LoginThrottle::Allowed(const std::string& username) {
  std::lock_guard lock(mu_);
  auto& q = failures_[username];
  Prune(q, std::chrono::steady_clock::now());
  return static_cast<int>(q.size()) < max_;
}

void LoginThrottle::RecordFailure(const std::string& username) {
  std::lock_guard lock(mu_);
  failures_[username].push_back(std::chrono::steady_clock::now());
}

void LoginThrottle::RecordSuccess(const std::string& username) {
  std::lock_guard lock(mu_);
  failures_.erase(username);
}

}  // namespace socorg
