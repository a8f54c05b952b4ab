// Input checks every use case shares: field-level errors with a code, Chinese and English messages and the
// offending field (docs/architecture.md "Errors"). Modules use these rather than writing their own.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace socorg {

inline std::unexpected<Error> Invalid(std::string code, std::string zh, std::string en, std::string field) {
  return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
}

inline std::unexpected<Error> Forbidden(std::string zh, std::string en) {
  return Fail(ErrorKind::kForbidden, "forbidden", std::move(zh), std::move(en));
}

// The first byte of `v` that no text field may hold: NUL and the other C0 control characters except tab,
// line feed and carriage return, and DEL. npos when there is none.
inline size_t FindControlChar(std::string_view v) {
  for (size_t i = 0; i < v.size(); ++i) {
    auto c = static_cast<unsigned char>(v[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return i;
  }
  return std::string_view::npos;
}

// kInvalid "control_character" for `field`, naming the character (U+0000 for NUL).
inline std::unexpected<Error> ControlCharError(const std::string& field, unsigned char c) {
  char cp[8];
  std::snprintf(cp, sizeof cp, "U+%04X", c);
  return Invalid("control_character", "含有不允许的控制字符（" + std::string(cp) + "）：" + field,
                 "contains a control character (" + std::string(cp) + "): " + field, field);
}

// A text field: present when required, at most `max` bytes, no control characters (FindControlChar).
inline Status CheckText(const std::string& v, size_t max, const char* field, bool required) {
  if (required && v.empty())
    return Invalid("required", std::string("缺少必填项：") + field, std::string("missing required field: ") + field,
                   field);
  if (v.size() > max)
    return Invalid("too_long", std::string("内容过长：") + field, std::string("value too long: ") + field, field);
  if (size_t i = FindControlChar(v); i != std::string_view::npos)
    return ControlCharError(field, static_cast<unsigned char>(v[i]));
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
