#include "support/text_normalizer.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/opencc.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <list>
#include <memory>
#include <stdexcept>
#include <vector>

#include "domain/search_text.h"

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

// One bit per code point (0..U+10FFFF), built once from ICU and from the dictionaries OpenCC's t2s
// configuration converts with.
class Invariants {
 public:
  Invariants() : bits_(0x110000, false) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
    if (U_FAILURE(err)) return;  // every code point takes the full path
    for (char32_t c = 0; c < 0x110000; ++c) bits_[c] = nfkc->isInert(static_cast<UChar32>(c));
    for (char32_t c = 0xD800; c <= 0xDFFF; ++c) bits_[c] = false;  // encoded surrogates are malformed UTF-8
    // A t2s conversion replaces a match of a dictionary key by its value. An entry whose value equals its
    // key changes nothing; otherwise the key holds a changed code point somewhere (where key and value
    // differ, or anywhere when their lengths differ), so text without any such code point contains no key
    // that converts, and comes out as it went in.
    opencc::Config config;
    opencc::ConverterPtr converter = config.NewFromFile(kConfig);
    std::u32string key, value;
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
          key = DecodeUtf8(entry->Key());
          for (const std::string& v : entry->Values()) {
            if (v == entry->Key()) continue;
            value = DecodeUtf8(v);
            bool same_length = value.size() == key.size();
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
  // Most names are simplified Chinese already: checking each code point against the invariant set is far
  // cheaper than the two conversions (docs/benchmarks.md, import). Malformed UTF-8 (dropped by DecodeUtf8,
  // so it does not encode back to the input) takes the full path, which replaces it as ICU does.
  std::u32string cps = DecodeUtf8(utf8);
  const Invariants& inv = TheInvariants();
  bool invariant = std::all_of(cps.begin(), cps.end(), [&](char32_t c) { return inv.Contains(c); });
  if (invariant && EncodeUtf8(cps) == utf8) return std::string(utf8);
  return NormalizeTextFull(utf8);
}

}  // namespace socorg
