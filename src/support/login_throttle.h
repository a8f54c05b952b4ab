// Login throttling: after N failures for one account from one source address within a window, further
// attempts for that account from that address are refused with 429 until the window passes. Keyed by
// (source, account) together, so that a stranger who knows a username cannot lock its owner out: the owner,
// signing in from another address, is not throttled by the stranger's failures. In memory, per server
// process. Thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace socorg {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  LoginThrottle(int max_failures, std::chrono::minutes window) : max_(max_failures), window_(window) {}
  bool Allowed(const std::string& source, const std::string& username, Clock::time_point now = Clock::now());
  void RecordFailure(const std::string& source, const std::string& username, Clock::time_point now = Clock::now());
  // A correct password clears that source's failures for the account.
  void RecordSuccess(const std::string& source, const std::string& username);

 private:
  using Key = std::pair<std::string, std::string>;  // (source address, username)
  void Prune(std::deque<Clock::time_point>& q, Clock::time_point now);
  int max_;
  std::chrono::minutes window_;
  std::mutex mu_;
  std::map<Key, std::deque<Clock::time_point>> failures_;
};

}  // namespace socorg
