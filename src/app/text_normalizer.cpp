#include "app/text_normalizer.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/opencc.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <list>
#include <memory>
#include <stdexcept>
#include <vector>

namespace socorg {
namespace {

constexpr char kConfig[] = "t2s.json";

struct OpenccHandle {
  opencc_t h;
  OpenccHandle() : h(opencc_open(kConfig)) {
    if (h == reinterpret_cast<opencc_t>(-1)) throw std::runtime_error("OpenCC t2s.json not found (apt-get install opencc)");
  }
  ~OpenccHandle() { opencc_close(h); }
};

std::string Nfkc(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = n->normalize(in, err);
  if (U_FAILURE(err)) return std::string(s);
  std::string r;
  out.toUTF8String(r);
  return r;
}

// Decodes well-formed UTF-8; false on anything else (overlong forms, surrogates): the caller then takes the
// full path, which replaces malformed sequences as ICU does.
bool DecodeUtf8(std::string_view s, std::vector<char32_t>& out) {
  out.clear();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0 || i + static_cast<size_t>(n) >= s.size()) return false;
    char32_t cp = n == 0 ? c : c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};  // shorter forms are malformed
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    out.push_back(cp);
    i += n + 1;
  }
  return true;
}

// One bit per code point (0..U+10FFFF), built once from ICU and from the dictionaries OpenCC's t2s
// configuration converts with.
class Invariants {
 public:
  Invariants() : bits_(0x110000, false) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
    if (U_FAILURE(err)) return;  // every code point takes the full path
    for (char32_t c = 0; c < 0x110000; ++c) bits_[c] = nfkc->isInert(static_cast<UChar32>(c));
    // A t2s conversion replaces a match of a dictionary key by its value. An entry whose value equals its
    // key changes nothing; otherwise the key holds a changed code point somewhere (where key and value
    // differ, or anywhere when their lengths differ), so text without any such code point contains no key
    // that converts, and comes out as it went in.
    opencc::Config config;
    opencc::ConverterPtr converter = config.NewFromFile(kConfig);
    std::vector<char32_t> key, value;
    for (const opencc::ConversionPtr& conversion : converter->GetConversionChain()->GetConversions()) {
      std::vector<opencc::DictPtr> dicts;
      if (auto group = std::dynamic_pointer_cast<opencc::DictGroup>(conversion->GetDict())) {
        const std::list<opencc::DictPtr> members = group->GetDicts();  // a copy: take begin and end of one list
        dicts.assign(members.begin(), members.end());
      } else {
        dicts.push_back(conversion->GetDict());
      }
      for (const opencc::DictPtr& dict : dicts) {
        for (const auto& entry : *dict->GetLexicon()) {
          if (!DecodeUtf8(entry->Key(), key)) continue;
          for (const std::string& v : entry->Values()) {
            if (v == entry->Key()) continue;
            bool same_length = DecodeUtf8(v, value) && value.size() == key.size();
            for (size_t i = 0; i < key.size(); ++i)
              if (!same_length || key[i] != value[i]) bits_[key[i]] = false;
          }
        }
      }
    }
  }
  bool Contains(char32_t c) const { return c < 0x110000 && bits_[c]; }

 private:
  std::vector<bool> bits_;
};

const Invariants& TheInvariants() {
  static const Invariants inv;
  return inv;
}

}  // namespace

bool IsNormalizationInvariant(char32_t c) { return TheInvariants().Contains(c); }

std::string NormalizeTextFull(std::string_view utf8) {
  thread_local OpenccHandle cc;
  std::string nfkc = Nfkc(utf8);
  char* converted = opencc_convert_utf8(cc.h, nfkc.data(), nfkc.size());
  if (!converted) return nfkc;
  std::string out(converted);
  opencc_convert_utf8_free(converted);
  return out;
}

std::string NormalizeText(std::string_view utf8) {
  // Most names are simplified Chinese and ASCII already: checking each code point against the invariant
  // set is ~20x cheaper than the two conversions (docs/benchmarks.md, import).
  thread_local std::vector<char32_t> cps;
  const Invariants& inv = TheInvariants();
  if (DecodeUtf8(utf8, cps)) {
    bool invariant = true;
    for (char32_t c : cps)
      if (!inv.Contains(c)) {
        invariant = false;
        break;
      }
    if (invariant) return std::string(utf8);
  }
  return NormalizeTextFull(utf8);
}

}  // namespace socorg
