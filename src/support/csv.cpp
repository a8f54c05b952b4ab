#include "support/csv.h"

#include <unicode/ucnv.h>

namespace socorg {

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int n;
    if (c < 0x80) n = 0;
    else if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if ((c & 0xF0) == 0xE0) n = 2;
    else if (c >= 0xF0 && c <= 0xF4) n = 3;
    else return false;
    if (n > 0 && i + n >= s.size()) return false;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string* detected) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (IsValidUtf8(bytes)) {
    if (detected) *detected = "UTF-8";
    return std::string(bytes);
  }
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 2 + 16, '\0');
  UConverter* from = ucnv_open("GB18030", &err);
  if (U_FAILURE(err))
    return Fail(ErrorKind::kInternal, "encoding_unavailable", "无法加载GB18030编码", "GB18030 converter unavailable");
  ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  UConverter* to = ucnv_open("UTF-8", &err);
  char* target = out.data();
  const char* source = bytes.data();
  UChar pivot[1024];
  UChar* ps = pivot;
  UChar* pt = pivot;
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), pivot, &ps, &pt,
                 pivot + 1024, true, true, &err);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(err))
    return Fail(ErrorKind::kInvalid, "bad_encoding", "文件编码无法识别（应为UTF-8或GB18030）",
                "the file is neither UTF-8 nor GB18030", "file");
  out.resize(target - out.data());
  if (detected) *detected = "GB18030";
  return out;
}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
  size_t n = 0;  // fields of this record so far; fields[n] is the one being read
  auto field = [&]() -> std::string& {
    if (fields.size() <= n) fields.emplace_back();
    return fields[n];
  };
  field().clear();
  bool quoted = false, any = false;
  size_t quote_line = 0;
  const std::string_view t = t_;
  for (size_t& i = pos_; i < t.size(); ++i) {
    char c = t[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < t.size() && t[i + 1] == '"') {
          field() += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field() += c;
      }
      continue;
    }
    if (c == '"' && field().empty()) {
      quoted = true;
      quote_line = line_;
      any = true;
    } else if (c == ',') {
      ++n;
      field().clear();
      any = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ++i;
      ++line_;
      if (any || !field().empty()) {
        ++i;
        fields.resize(n + 1);
        return true;
      }
      field().clear();  // a blank line
    } else {
      // Runs of plain characters are appended at once.
      size_t e = t.find_first_of(",\"\r\n", i + 1);
      if (e == std::string_view::npos) e = t.size();
      field().append(t.data() + i, e - i);
      i = e - 1;
      any = true;
    }
  }
  if (quoted)
    return Fail(ErrorKind::kInvalid, "unterminated_quote", "第" + std::to_string(quote_line) + "行引号未闭合",
                "unterminated quote starting on line " + std::to_string(quote_line), "file");
  if (any || !field().empty()) {
    fields.resize(n + 1);
    return true;
  }
  fields.clear();
  return false;
}

Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view t) {
  std::vector<std::vector<std::string>> rows;
  CsvReader reader(t);
  std::vector<std::string> fields;
  for (;;) {
    SOCORG_TRY(bool more, reader.Next(fields));
    if (!more) return rows;
    rows.push_back(fields);
  }
}

std::string CsvField(std::string_view s, bool as_text) {
  std::string v;
  if (as_text && !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) v = "'";
  v += s;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace socorg
