// Login throttling: after N failures for one account from one source address within a window, further
// attempts for that account from that address are refused with 429 until the window passes. Keyed by
// (source, account) together, so that a stranger who knows a username cannot lock its owner out: the owner,
// signing in from another address, is not throttled by the stranger's failures. In memory, per server
// process, bounded in keys (support/window_limiter.h). Thread-safe.
#pragma once

#include <chrono>
#include <string>

#include "support/window_limiter.h"

namespace socorg {

class LoginThrottle {
 public:
  using Clock = WindowLimiter::Clock;
  LoginThrottle(int max_failures, std::chrono::minutes window, std::size_t max_keys = 100000)
      : failures_(max_failures, window, max_keys) {}
  bool Allowed(const std::string& source, const std::string& username, Clock::time_point now = Clock::now()) {
    return failures_.Allowed(Key(source, username), now);
  }
  void RecordFailure(const std::string& source, const std::string& username, Clock::time_point now = Clock::now()) {
    failures_.Record(Key(source, username), now);
  }
  // A correct password clears that source's failures for the account.
  void RecordSuccess(const std::string& source, const std::string& username) { failures_.Clear(Key(source, username)); }
  std::size_t Keys() { return failures_.Keys(); }

 private:
  // A unit separator cannot occur in an address, and a username is checked text without control characters.
  static std::string Key(const std::string& source, const std::string& username) { return source + '\x1f' + username; }
  WindowLimiter failures_;
};

}  // namespace socorg
