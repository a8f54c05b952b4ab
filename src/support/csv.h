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

// The same parse one record at a time, for files too large to hold parsed all at once. Blank lines are
// skipped. Reuses the caller's field strings, so a loop over a large file allocates little.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : t_(text) {}
  // The next record into `fields` (resized to its field count); false at the end of the text. kInvalid
  // with the line number on an unterminated quote.
  Result<bool> Next(std::vector<std::string>& fields);

 private:
  std::string_view t_;
  size_t pos_ = 0, line_ = 1;
};

// One field for writing: quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180).
// With `as_text`, a value that a spreadsheet would run as a formula — beginning with = + - @, a tab or a
// carriage return (CSV injection, OWASP) — gets a leading apostrophe, so Excel and WPS show it as text.
// Pass false for numbers, whose minus sign is data.
std::string CsvField(std::string_view s, bool as_text = true);

}  // namespace socorg
