// The one error model (docs/architecture.md). Expected failures are values: functions that can fail
// return Result<T>; exceptions are reserved for bugs and fatal conditions. http/error_mapping.cpp is the
// single place that turns an ErrorKind into an HTTP status.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace socorg {

enum class ErrorKind {
  kInvalid,          // malformed input: bad JSON, wrong type, bad identifier            -> 400
  kUnauthenticated,  // no or expired credentials                                         -> 401
  kForbidden,        // role or jurisdiction does not allow it                            -> 403
  kNotFound,         //                                                                    -> 404
  kConflict,         // stale version, duplicate key                                      -> 409
  kTooLarge,         // body over the limit                                               -> 413
  kUriTooLong,       // request URL over the limit                                        -> 414
  kHeadersTooLarge,  // a header field, or the number of fields, over the limit           -> 431
  kRuleViolation,    // well-formed but refused by a domain rule (state machine, minimums) -> 422
  kThrottled,        // too many attempts                                                 -> 429
  kInternal,         // database or I/O failure                                           -> 500
};

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;        // stable machine-readable code, e.g. "invalid_uscc"
  std::string message;     // Simplified Chinese
  std::string message_en;  // English
  std::string field;       // offending field ("" when none)
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> Fail(ErrorKind kind, std::string code, std::string zh, std::string en,
                                   std::string field = "") {
  return std::unexpected(Error{kind, std::move(code), std::move(zh), std::move(en), std::move(field)});
}

// Early return on failure: SOCORG_TRY(auto x, Expr()); / SOCORG_TRY_VOID(Expr());
#define SOCORG_CONCAT_INNER(a, b) a##b
#define SOCORG_CONCAT(a, b) SOCORG_CONCAT_INNER(a, b)
#define SOCORG_TRY_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                     \
  if (!tmp) return std::unexpected(std::move(tmp).error()); \
  decl = std::move(*tmp)
#define SOCORG_TRY(decl, expr) SOCORG_TRY_IMPL(SOCORG_CONCAT(try_tmp_, __LINE__), decl, expr)
#define SOCORG_TRY_VOID(expr)                                  \
  do {                                                         \
    auto try_status_ = (expr);                                 \
    if (!try_status_) return std::unexpected(std::move(try_status_).error()); \
  } while (0)

}  // namespace socorg
