// Normalises names and queries for search: Unicode NFKC (full-width -> half-width) with ICU, then
// traditional -> simplified Chinese with OpenCC (社會 -> 社会). Thread-safe (per-thread converters).
#pragma once

#include <string>
#include <string_view>

namespace socorg {

std::string NormalizeText(std::string_view utf8);

}  // namespace socorg
