#include "domain/uscc.h"

#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace socorg {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights18[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kWeights17[8] = {3, 7, 9, 10, 5, 8, 4, 2};

int AlphabetIndex(char c) {
  auto p = kAlphabet.find(c);
  return p == std::string_view::npos ? -1 : static_cast<int>(p);
}

// GB 11714 values: 0-9, A=10 ... Z=35.
int OrgCodeValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

char UsccCheckChar18(std::string_view first17) {
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += AlphabetIndex(first17[i]) * kWeights18[i];
  return kAlphabet[(31 - sum % 31) % 31];
}

char OrgCodeCheckChar(std::string_view body8) {
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += OrgCodeValue(body8[i]) * kWeights17[i];
  int r = 11 - sum % 11;
  if (r == 10) return 'X';
  if (r == 11) return '0';
  return static_cast<char>('0' + r);
}

UsccCheck CheckUscc(std::string_view input) {
  UsccCheck out;
  out.normalized = Trim(input);
  for (auto& c : out.normalized) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string& s = out.normalized;
  auto add = [&](int pos, std::string code, std::string zh, std::string en) {
    out.problems.push_back({pos, std::move(code), std::move(zh), std::move(en)});
  };
  if (s.size() != 18) {
    add(0, "length", "统一社会信用代码应为18位，实际为" + std::to_string(s.size()) + "位",
        "a unified social credit code has 18 characters, got " + std::to_string(s.size()));
    return out;
  }
  bool chars_ok = true;
  for (int i = 0; i < 18; ++i) {
    if (AlphabetIndex(s[i]) < 0) {
      chars_ok = false;
      std::string ch = std::isprint(static_cast<unsigned char>(s[i])) ? std::string(1, s[i]) : "?";
      add(i + 1, "character",
          "第" + std::to_string(i + 1) + "位字符“" + ch + "”不在代码字符集中（不使用I、O、Z、S、V）",
          "position " + std::to_string(i + 1) + ": character '" + ch +
              "' is not in the code alphabet (I, O, Z, S, V are not used)");
    }
  }
  if (!chars_ok) return out;
  char c17 = OrgCodeCheckChar(std::string_view(s).substr(8, 8));
  if (s[16] != c17) {
    add(17, "check_17",
        std::string("第17位（组织机构代码校验码）应为“") + c17 + "”，实际为“" + s[16] + "”",
        std::string("position 17 (organization code check character) should be '") + c17 + "', got '" +
            s[16] + "'");
  }
  char c18 = UsccCheckChar18(s);
  if (s[17] != c18) {
    add(18, "check_18", std::string("第18位校验码应为“") + c18 + "”，实际为“" + s[17] + "”",
        std::string("position 18 (check character) should be '") + c18 + "', got '" + s[17] + "'");
  }
  return out;
}

char UsccCategoryFor(OrgType type) {
  switch (type) {
    case OrgType::kSocialGroup: return '1';
    case OrgType::kSocialServiceAgency: return '2';
    case OrgType::kFoundation: return '3';
    case OrgType::kCommunity: return '9';
  }
  return '9';
}

std::string IssueUscc(OrgType type, std::string_view authority_region, std::uint64_t serial) {
  if (authority_region.size() != 6 || serial >= 10'000'000)
    throw std::invalid_argument("IssueUscc: bad region or serial out of range");
  char body[16];
  // Organization codes issued by civil affairs begin with 5; the serial fills the remaining 7 digits.
  std::snprintf(body, sizeof body, "5%07llu", static_cast<unsigned long long>(serial));
  std::string code = "5";
  code += UsccCategoryFor(type);
  code += authority_region;
  code += body;
  code += OrgCodeCheckChar(body);
  code += UsccCheckChar18(code);
  return code;
}

}  // namespace socorg
