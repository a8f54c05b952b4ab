#include "domain/search_text.h"

namespace socorg {
namespace {

bool IsSearchable(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  // Punctuation and spacing blocks; everything else outside ASCII (CJK ideographs, letters) is kept.
  if (c <= 0xBF) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK symbols and punctuation: 、。《》（）
  if (c >= 0xFE10 && c <= 0xFE6F) return false;  // vertical and small forms
  if (c >= 0xFF00 && c <= 0xFF0F) return false;  // fullwidth punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  return true;
}

}  // namespace

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char b = s[i];
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      ++i;
      continue;
    }
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char cb = s[i + k];
      if ((cb & 0xC0) != 0x80) ok = false;
      c = (c << 6) | (cb & 0x3F);
    }
    i += ok ? len : 1;
    if (ok) out.push_back(c);
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::u32string SearchCharacters(std::string_view normalized) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(normalized)) {
    if (!IsSearchable(c)) continue;
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> Bigrams(std::string_view normalized) {
  std::u32string cs = SearchCharacters(normalized);
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < cs.size(); ++i) out.push_back(EncodeUtf8(cs.substr(i, 2)));
  return out;
}

std::string BigramDocument(std::string_view normalized) {
  std::u32string cs = SearchCharacters(normalized);
  std::string doc;
  for (size_t i = 0; i + 1 < cs.size(); ++i) {
    if (!doc.empty()) doc += ' ';
    doc += EncodeUtf8(cs.substr(i, 2));
  }
  // The last character alone, so that a one-character query ("社"*) also finds names ending with it.
  if (!cs.empty()) {
    if (!doc.empty()) doc += ' ';
    doc += EncodeUtf8(cs.substr(cs.size() - 1));
  }
  return doc;
}

std::vector<std::u32string> QueryWords(std::string_view normalized) {
  std::vector<std::u32string> words;
  std::u32string word;
  auto flush = [&] {
    std::u32string cs = SearchCharacters(EncodeUtf8(word));
    if (!cs.empty()) words.push_back(std::move(cs));
    word.clear();
  };
  for (char32_t c : DecodeUtf8(normalized)) {
    // NFKC has already turned the ideographic space (U+3000) and no-break spaces into U+0020.
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word.push_back(c);
  }
  flush();
  return words;
}

std::string BigramMatchQuery(std::string_view normalized) {
  std::string q;
  for (const std::u32string& cs : QueryWords(normalized)) {
    if (!q.empty()) q += ' ';
    if (cs.size() == 1) {
      q += "\"" + EncodeUtf8(cs) + "\"*";
      continue;
    }
    q += '"';
    for (size_t i = 0; i + 1 < cs.size(); ++i) {
      if (i) q += ' ';
      q += EncodeUtf8(cs.substr(i, 2));
    }
    q += '"';
  }
  return q;
}

}  // namespace socorg
