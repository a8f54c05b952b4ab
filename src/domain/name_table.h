// An enum's wire names and Chinese labels as one constant table, looked up both ways. Wire names are what
// the database stores and the API sends; they never change once released.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace socorg {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, std::pair<std::string_view, std::string_view>>, N>;

// "" when the value is not in the table.
template <typename E, size_t N>
constexpr std::string_view WireName(const NameTable<E, N>& t, E e) {
  for (auto& [k, v] : t)
    if (k == e) return v.first;
  return "";
}
template <typename E, size_t N>
constexpr std::string_view ZhLabel(const NameTable<E, N>& t, E e) {
  for (auto& [k, v] : t)
    if (k == e) return v.second;
  return "";
}
template <typename E, size_t N>
constexpr std::optional<E> FromWireName(const NameTable<E, N>& t, std::string_view s) {
  for (auto& [k, v] : t)
    if (v.first == s) return k;
  return std::nullopt;
}

}  // namespace socorg
