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
#include <cstddef>
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

// True when `text` is a JSON object exactly as nlohmann::json::dump() writes one: no whitespace, keys in
// byte order without duplicates, strings valid UTF-8 with dump's escapes, integers only. Such text can be
// copied into a response as it is (JsonWriter::Raw) and gives the same bytes as parsing and dumping it;
// anything else (floats, escaped keys, unsorted keys, invalid JSON) returns false and the caller takes the
// slow path through a parser. It only checks, so it costs a pass over the text: json::accept tokenised
// every stored event's changes into strings, 5 % of the CPU of GET /public/orgs/{uscc}.
class DumpFormCheck {
 public:
  static bool IsObject(std::string_view text) {
    DumpFormCheck c(text);
    return c.Object(0) && c.p_ == c.end_;
  }

 private:
  explicit DumpFormCheck(std::string_view t) : p_(t.data()), end_(t.data() + t.size()) {}
  static constexpr int kMaxDepth = 32;

  bool Eat(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool Word(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w) return false;
    p_ += w.size();
    return true;
  }
  bool Value(int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return Object(depth + 1);
      case '[': return Array(depth + 1);
      case '"': return String(/*key=*/false);
      case 't': return Word("true");
      case 'f': return Word("false");
      case 'n': return Word("null");
      default: return Integer();
    }
  }
  bool Object(int depth) {
    if (depth > kMaxDepth || !Eat('{')) return false;
    if (Eat('}')) return true;
    std::string_view previous;
    for (bool first = true;; first = false) {
      const char* key = p_ + 1;
      if (!String(/*key=*/true)) return false;
      std::string_view k(key, static_cast<size_t>(p_ - 1 - key));
      if (!first && !(previous < k)) return false;  // std::map order, as dump() writes it
      previous = k;
      if (!Eat(':') || !Value(depth)) return false;
      if (Eat('}')) return true;
      if (!Eat(',')) return false;
    }
  }
  bool Array(int depth) {
    if (depth > kMaxDepth || !Eat('[')) return false;
    if (Eat(']')) return true;
    for (;;) {
      if (!Value(depth)) return false;
      if (Eat(']')) return true;
      if (!Eat(',')) return false;
    }
  }
  // -?(0|[1-9][0-9]*) with at most 18 digits (fits int64); "-0" is dumped as "0", so it is not dump form.
  bool Integer() {
    bool negative = Eat('-');
    const char* digits = p_;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    size_t n = static_cast<size_t>(p_ - digits);
    if (n == 0 || n > 18 || (digits[0] == '0' && (n > 1 || negative))) return false;
    return p_ == end_ || (*p_ != '.' && *p_ != 'e' && *p_ != 'E');
  }
  // Keys without escapes only (so their text is their value for the order check).
  bool String(bool key) {
    if (!Eat('"')) return false;
    while (p_ != end_) {
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (key || !Escape()) return false;
      } else if (c < 0x80) {
        ++p_;
      } else if (!Utf8()) {
        return false;
      }
    }
    return false;
  }
  // The escapes dump() writes: \" \\ \b \f \n \r \t, and \u00xx (lower-case hex) for other control characters.
  bool Escape() {
    ++p_;  // the backslash
    if (p_ == end_) return false;
    char e = *p_++;
    if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') return true;
    if (e != 'u' || end_ - p_ < 4 || p_[0] != '0' || p_[1] != '0') return false;
    auto hex = [](char h) { return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1; };
    int hi = hex(p_[2]), lo = hex(p_[3]);
    if (hi < 0 || lo < 0) return false;
    int v = hi * 16 + lo;
    p_ += 4;
    return v < 0x20 && v != '\b' && v != '\f' && v != '\n' && v != '\r' && v != '\t';
  }
  // One UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
  bool Utf8() {
    auto at = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p_[i]); };
    auto cont = [&](std::ptrdiff_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
      return end_ - p_ > i && at(i) >= lo && at(i) <= hi;
    };
    unsigned c = at(0);
    int n;
    if (c >= 0xC2 && c <= 0xDF) n = cont(1) ? 2 : 0;
    else if (c == 0xE0) n = cont(1, 0xA0) && cont(2) ? 3 : 0;
    else if (c == 0xED) n = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    else if (c >= 0xE1 && c <= 0xEF) n = cont(1) && cont(2) ? 3 : 0;
    else if (c == 0xF0) n = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    else if (c >= 0xF1 && c <= 0xF3) n = cont(1) && cont(2) && cont(3) ? 4 : 0;
    else if (c == 0xF4) n = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    else n = 0;
    p_ += n;
    return n != 0;
  }

  const char* p_;
  const char* end_;
};

}  // namespace socorg::http
