// Input checks every use case shares: field-level errors with a code, Chinese and English messages and the
// offending field (docs/architecture.md "Errors"). Modules use these rather than writing their own.
#pragma once

#include <string>

#include "domain/error.h"

namespace socorg {

inline std::unexpected<Error> Invalid(std::string code, std::string zh, std::string en, std::string field) {
  return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
}

inline std::unexpected<Error> Forbidden(std::string zh, std::string en) {
  return Fail(ErrorKind::kForbidden, "forbidden", std::move(zh), std::move(en));
}

// A text field: present when required, at most `max` bytes.
inline Status CheckText(const std::string& v, size_t max, const char* field, bool required) {
  if (required && v.empty())
    return Invalid("required", std::string("缺少必填项：") + field, std::string("missing required field: ") + field,
                   field);
  if (v.size() > max)
    return Invalid("too_long", std::string("内容过长：") + field, std::string("value too long: ") + field, field);
  return {};
}

inline constexpr int kMaxPageSize = 100;

// page 1..100000, page_size 1..100.
inline Status CheckPaging(int page, int page_size) {
  if (page < 1 || page > 100000) return Invalid("invalid_page", "页码无效", "invalid page", "page");
  if (page_size < 1 || page_size > kMaxPageSize)
    return Invalid("invalid_page_size", "每页条数应在1到100之间", "page_size must be 1-100", "page_size");
  return {};
}

}  // namespace socorg
