#include "http/parse.h"

#include <charconv>

#include "support/json_int.h"

namespace socorg::http {
namespace {

std::unexpected<Error> Missing(const char* key) {
  return Fail(ErrorKind::kInvalid, "required", std::string("缺少必填项：") + key,
              std::string("missing required field: ") + key, key);
}

bool Absent(const json& j, const char* key) { return !j.contains(key) || j[key].is_null(); }

}  // namespace

std::unexpected<Error> FieldError(const std::string& field, const std::string& what_zh,
                                  const std::string& what_en) {
  return Fail(ErrorKind::kInvalid, "invalid_field", what_zh + "：" + field, what_en + ": " + field, field);
}

Result<std::string> StringField(const json& j, const char* key, Field f) {
  if (Absent(j, key)) {
    if (f == Field::kRequired) return Missing(key);
    return std::string();
  }
  if (!j[key].is_string()) return FieldError(key, "应为字符串", "must be a string");
  return j[key].get<std::string>();
}

std::unexpected<Error> OutOfRange(const std::string& field, std::int64_t lo, std::int64_t hi) {
  std::string range = std::to_string(lo) + " .. " + std::to_string(hi);
  return Fail(ErrorKind::kInvalid, "out_of_range", "数值超出范围（" + range + "）：" + field,
              "must be within " + range + ": " + field, field);
}

Result<std::int64_t> IntField(const json& j, const char* key, std::int64_t dflt, std::int64_t lo, std::int64_t hi,
                              Field f) {
  if (Absent(j, key)) {
    if (f == Field::kRequired) return Missing(key);
    return dflt;
  }
  if (!j[key].is_number_integer()) return FieldError(key, "应为整数", "must be an integer");
  auto v = JsonInt<std::int64_t>(j[key], lo, hi);
  if (!v) return OutOfRange(key, lo, hi);
  return *v;
}

Result<bool> BoolField(const json& j, const char* key, bool dflt) {
  if (Absent(j, key)) return dflt;
  if (!j[key].is_boolean()) return FieldError(key, "应为布尔值", "must be true or false");
  return j[key].get<bool>();
}

Result<std::optional<Date>> DateField(const json& j, const char* key, Field f) {
  SOCORG_TRY(std::string s, StringField(j, key, f));
  if (s.empty()) return std::optional<Date>{};
  auto d = Date::Parse(s);
  if (!d)
    return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为YYYY-MM-DD",
                std::string(key) + " must be YYYY-MM-DD", key);
  return d;
}

json JsonText(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  return j.is_discarded() ? json::object() : j;
}

Result<std::int64_t> PathId(const RouteParams& p, const char* name) {
  std::string s = Param(p, name);
  if (s.empty() || s.size() > 15 || s.find_first_not_of("0123456789") != std::string::npos)
    return Fail(ErrorKind::kNotFound, "not_found", "记录不存在", "no such record", name);
  return std::stoll(s);
}

Result<int> PathInt(const RouteParams& p, const char* name, int lo, int hi) {
  SOCORG_TRY(std::int64_t v, PathId(p, name));
  if (v < lo || v > hi) return Fail(ErrorKind::kNotFound, "not_found", "记录不存在", "no such record", name);
  return static_cast<int>(v);
}

Result<PageQuery> Pages(const Req& q) {
  auto qp = ParseQuery(q);
  PageQuery p;
  SOCORG_TRY(p.page, QueryInt(qp, "page", 1));
  SOCORG_TRY(p.size, QueryInt(qp, "page_size", 20));
  return p;
}

std::string QueryParam(const Req& q, const char* key) { return Query(ParseQuery(q), key); }

Result<std::optional<std::int64_t>> QueryInt64(const restinio::query_string_params_t& qp, const char* key,
                                               std::int64_t lo, std::int64_t hi) {
  std::string v = Query(qp, key);
  if (v.empty()) return std::nullopt;
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size())
    return FieldError(key, "应为整数", "must be an integer");
  if (n < lo || n > hi) return OutOfRange(key, lo, hi);
  return n;
}

Result<std::optional<Date>> QueryDate(const restinio::query_string_params_t& qp, const char* key) {
  std::string v = Query(qp, key);
  if (v.empty()) return std::nullopt;
  auto d = Date::Parse(v);
  if (!d) return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为 YYYY-MM-DD", "must be a YYYY-MM-DD date", key);
  return d;
}

}  // namespace socorg::http
