// The one conversion of a JSON number to a C++ integer (docs/architecture.md "Error model": every integer
// is range-checked before it is narrowed). nlohmann::json keeps integers as int64 or, above INT64_MAX, as
// uint64; get<int>() truncates and get<int64_t>() of a large unsigned wraps, so a year of 4294969321 would
// become 2025. JsonInt takes the value whole and answers nullopt for a non-integer or a value outside
// [lo, hi] (the caller states the bounds, which must lie within T).
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

namespace socorg {

template <std::integral T>
std::optional<T> JsonInt(const nlohmann::json& v, T lo = std::numeric_limits<T>::min(),
                         T hi = std::numeric_limits<T>::max()) {
  static_assert(sizeof(T) <= sizeof(std::int64_t) && std::is_signed_v<T>, "signed integers up to 64 bits");
  if (v.is_number_unsigned()) {
    std::uint64_t u = v.get<std::uint64_t>();
    if (hi < 0 || u > static_cast<std::uint64_t>(hi) || (lo > 0 && u < static_cast<std::uint64_t>(lo)))
      return std::nullopt;
    return static_cast<T>(u);
  }
  if (!v.is_number_integer()) return std::nullopt;
  std::int64_t s = v.get<std::int64_t>();
  if (s < static_cast<std::int64_t>(lo) || s > static_cast<std::int64_t>(hi)) return std::nullopt;
  return static_cast<T>(s);
}

}  // namespace socorg
