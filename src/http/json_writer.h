// A minimal streaming JSON writer for hot responses: appends to one string, no intermediate tree.
// nlohmann::json builds a std::map per object and frees it again; on GET /public/orgs/{uscc} that was
// a fifth of the server's CPU (docs/benchmarks.md). Output is compact JSON; strings are escaped as
// RFC 8259 requires (", \, control characters) and UTF-8 passes through unchanged.
//
// Usage: JsonWriter w; w.BeginObject(); w.Key("name"); w.String(n); w.EndObject(); w.str();
// The writer tracks commas itself; it does not check that keys and values alternate (callers are
// code, not input).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace socorg::http {

class JsonWriter {
 public:
  explicit JsonWriter(size_t reserve = 4096) { out_.reserve(reserve); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  void Key(std::string_view k) {
    Comma();
    Quoted(k);
    out_ += ':';
    after_key_ = true;
  }
  void String(std::string_view s) {
    Comma();
    Quoted(s);
  }
  void OptString(const std::optional<std::string>& s) {
    if (s) String(*s);
    else Null();
  }
  void Int(std::int64_t v) {
    Comma();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, end);
  }
  void Bool(bool b) {
    Comma();
    out_ += b ? "true" : "false";
  }
  void Null() {
    Comma();
    out_ += "null";
  }
  // Text that is already one JSON value (written by this program), copied as it is.
  void Raw(std::string_view json) {
    Comma();
    out_ += json;
  }

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Open(char c) {
    Comma();
    out_ += c;
    first_ = true;
  }
  void Close(char c) {
    out_ += c;
    first_ = false;
  }
  // A comma before every value or key except the first in its container and a value right after its key.
  void Comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_ && !out_.empty()) out_ += ',';
    first_ = false;
  }
  void Quoted(std::string_view s) {
    out_ += '"';
    size_t run = 0;  // start of the current run of characters that need no escape
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace socorg::http
