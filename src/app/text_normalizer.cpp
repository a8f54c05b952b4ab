#include "app/text_normalizer.h"

#include <opencc/opencc.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace socorg {
namespace {

struct OpenccHandle {
  opencc_t h;
  OpenccHandle() : h(opencc_open("t2s.json")) {
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

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  thread_local OpenccHandle cc;
  std::string nfkc = Nfkc(utf8);
  char* converted = opencc_convert_utf8(cc.h, nfkc.data(), nfkc.size());
  if (!converted) return nfkc;
  std::string out(converted);
  opencc_convert_utf8_free(converted);
  return out;
}

}  // namespace socorg
