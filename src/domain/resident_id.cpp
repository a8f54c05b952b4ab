#include "domain/resident_id.h"

#include <cctype>

namespace socorg {

ResidentIdCheck CheckResidentId(std::string_view input, Date today) {
  ResidentIdCheck out;
  size_t b = 0, e = input.size();
  while (b < e && std::isspace(static_cast<unsigned char>(input[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(input[e - 1]))) --e;
  out.normalized = std::string(input.substr(b, e - b));
  if (!out.normalized.empty() && out.normalized.back() == 'x') out.normalized.back() = 'X';
  const std::string& s = out.normalized;
  auto fail = [&](std::string zh, std::string en) {
    out.problem_zh = std::move(zh);
    out.problem_en = std::move(en);
    return out;
  };
  if (s.size() != 18) return fail("身份证号码应为18位", "a resident ID number has 18 characters");
  for (int i = 0; i < 17; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i])))
      return fail("身份证号码第" + std::to_string(i + 1) + "位应为数字",
                  "position " + std::to_string(i + 1) + " must be a digit");
  if (!std::isdigit(static_cast<unsigned char>(s[17])) && s[17] != 'X')
    return fail("身份证号码第18位应为数字或X", "position 18 must be a digit or X");
  auto birth = Date::Parse(s.substr(6, 4) + "-" + s.substr(10, 2) + "-" + s.substr(12, 2));
  if (!birth) return fail("身份证号码中的出生日期不是有效日期", "the birth date is not a real date");
  if (*birth > today) return fail("身份证号码中的出生日期晚于今天", "the birth date is in the future");
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (s[i] - '0') * kWeights[i];
  char check = "10X98765432"[sum % 11];
  if (s[17] != check)
    return fail(std::string("身份证号码校验码应为“") + check + "”",
                std::string("the check character should be '") + check + "'");
  out.valid = true;
  out.birth_date = birth;
  out.male = ((s[16] - '0') % 2) == 1;
  return out;
}

std::string MaskResidentId(std::string_view id) {
  if (id.size() != 18) return std::string(id.size(), '*');
  return std::string(id.substr(0, 6)) + "********" + std::string(id.substr(14, 4));
}

}  // namespace socorg
