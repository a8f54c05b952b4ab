// Login throttling: after N failures for a username within a window, further attempts are refused with
// 429 until the window passes. In memory, per server process. Thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace socorg {

class LoginThrottle {
 public:
  LoginThrottle(int max_failures, std::chrono::minutes window) : max_(max_failures), window_(window) {}
  bool Allowed(const std::string& username);
  void RecordFailure(const std::string& username);
  void RecordSuccess(const std::string& username);

 private:
  using TimePoint = std::chrono::steady_clock::time_point;
  void Prune(std::deque<TimePoint>& q, TimePoint now);
  int max_;
  std::chrono::minutes window_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<TimePoint>> failures_;
};

}  // namespace socorg
