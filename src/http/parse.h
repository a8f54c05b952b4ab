// Readers for request bodies, path parameters and paging, with field-level errors (kInvalid naming the
// field; kNotFound for a path id that cannot be a record's). Module routes share them; the core's dto.cpp
// has its own readers with other error codes ("wrong_type"), kept as they are on the wire.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/date.h"
#include "domain/error.h"
#include "http/handler.h"

namespace socorg::http {

enum class Field { kOptional, kRequired };

// kInvalid "invalid_field" for `field`: "<zh>：field" / "<en>: field".
std::unexpected<Error> FieldError(const std::string& field, const std::string& what_zh,
                                  const std::string& what_en);

// A string field; "" when absent or null (kInvalid "required" when required). kInvalid for another type.
Result<std::string> StringField(const json& j, const char* key, Field f = Field::kOptional);
// An integer field within [lo, hi], checked before narrowing (support/json_int.h); `dflt` when absent or null
// (kInvalid "required" when required), kInvalid "invalid_field" for another type, "out_of_range" outside.
Result<std::int64_t> IntField(const json& j, const char* key, std::int64_t dflt, std::int64_t lo, std::int64_t hi,
                              Field f = Field::kOptional);
// The same for a field of type int: the bounds are ints, so the value always fits.
inline Result<int> IntField32(const json& j, const char* key, int dflt, int lo, int hi, Field f = Field::kOptional) {
  SOCORG_TRY(std::int64_t v, IntField(j, key, dflt, lo, hi, f));
  return static_cast<int>(v);
}
// kInvalid "out_of_range" for `field`, naming the bounds.
std::unexpected<Error> OutOfRange(const std::string& field, std::int64_t lo, std::int64_t hi);
// A boolean field; `dflt` when absent or null.
Result<bool> BoolField(const json& j, const char* key, bool dflt);
// A "YYYY-MM-DD" field; nullopt when absent, null or "" (kInvalid "required" when required, "invalid_date"
// when it is not a date).
Result<std::optional<Date>> DateField(const json& j, const char* key, Field f = Field::kOptional);
// The text of a stored JSON document as JSON; an empty object when it does not parse.
json JsonText(const std::string& text);

// A numeric record id in the path; kNotFound "not_found" for anything else.
Result<std::int64_t> PathId(const RouteParams& p, const char* name);
// A number in the path within [lo, hi] (a year); kNotFound "not_found" for anything else.
Result<int> PathInt(const RouteParams& p, const char* name, int lo, int hi);
// ?page= (default 1) and ?page_size= (default 20); kInvalid when not integers (ranges are the app's).
struct PageQuery {
  int page = 1, size = 20;
};
Result<PageQuery> Pages(const Req& q);
// One query parameter, "" when absent.
std::string QueryParam(const Req& q, const char* key);
// An optional integer query parameter within [lo, hi] (kInvalid naming it otherwise).
Result<std::optional<std::int64_t>> QueryInt64(const restinio::query_string_params_t& qp, const char* key,
                                               std::int64_t lo, std::int64_t hi);
// An optional "YYYY-MM-DD" query parameter (kInvalid "invalid_date" naming it otherwise).
Result<std::optional<Date>> QueryDate(const restinio::query_string_params_t& qp, const char* key);

}  // namespace socorg::http
