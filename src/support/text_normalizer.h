// Normalises names and queries for search: Unicode NFKC (full-width -> half-width) with ICU, then
// traditional -> simplified Chinese with OpenCC (社會 -> 社会). Thread-safe (per-thread converters).
#pragma once

#include <string>
#include <string_view>

namespace socorg {

std::string NormalizeText(std::string_view utf8);

// The full pipeline (ICU NFKC, then OpenCC t2s) without the shortcut NormalizeText takes for text that
// neither step can change. For tests that check the shortcut against it.
std::string NormalizeTextFull(std::string_view utf8);

// True when neither step can change this code point, whatever its neighbours are: ICU calls it
// normalization-inert, and no OpenCC t2s dictionary entry that converts to something else has it at a
// position that changes. Text made only of such code points is its own normal form.
bool IsNormalizationInvariant(char32_t c);

}  // namespace socorg
