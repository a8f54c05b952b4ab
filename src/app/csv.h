// CSV reading (RFC 4180: quoted fields, doubled quotes, CRLF or LF) and the encoding step before it:
// UTF-8 (with or without BOM) is kept, anything else is decoded as GB18030, which Excel in China writes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace socorg {

// Returns UTF-8 text; kInvalid when the bytes are neither UTF-8 nor GB18030.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string* detected_encoding);
bool IsValidUtf8(std::string_view s);
// kInvalid with the line number on an unterminated quote.
Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text);

}  // namespace socorg
