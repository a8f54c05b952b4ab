// Wire names and Chinese labels of the supervision enums, kept in one table per enum (internal to
// domain/supervision: the .cpp files that define ToString / LabelZh / Parse* use it).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <tuple>

namespace socorg::supervision::detail {

template <typename E, size_t N>
using Names = std::array<std::tuple<E, std::string_view, std::string_view>, N>;  // value, wire name, label

// "" for a value missing from the table.
template <typename E, size_t N>
std::string_view NameOf(const Names<E, N>& t, E v) {
  for (auto& [k, wire, zh] : t)
    if (k == v) return wire;
  return "";
}
template <typename E, size_t N>
std::string_view LabelOf(const Names<E, N>& t, E v) {
  for (auto& [k, wire, zh] : t)
    if (k == v) return zh;
  return "";
}
// nullopt for a name missing from the table.
template <typename E, size_t N>
std::optional<E> ParseOf(const Names<E, N>& t, std::string_view s) {
  for (auto& [k, wire, zh] : t)
    if (wire == s) return k;
  return std::nullopt;
}

}  // namespace socorg::supervision::detail
