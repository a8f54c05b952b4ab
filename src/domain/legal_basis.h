// The legal basis of every rule (issue #14 item 4): one table keyed by rule id giving the statute(s) and
// article(s) an officer or the public reads — 《社会团体登记管理条例》第十条第一款第（一）项 — never an internal
// section number. The DOMAIN section is kept as an internal cross-reference for developers and is not sent.
// Rules that come from practice or from a configured threshold with no statutory article say so in words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace socorg {

struct LegalRef {
  std::string_view statute;   // short name in Chinese with 《》 (a national standard: "GB 11643-1999《公民身份号码》")
  std::string_view article;   // "第十条第一款第（一）项"; empty when the statute is cited as a whole
  std::string_view title_en;  // English title of the statute, with the article when there is one
};

struct RuleBasis {
  std::string_view rule_id;
  std::vector<LegalRef> refs;
  std::string_view practice_zh;  // for a rule (also) from practice or a configured threshold; empty otherwise
  std::string_view practice_en;
  std::string_view domain_ref;   // internal cross-reference ("DOMAIN §8"); never shown to users
};

// Every entry, in table order.
const std::vector<RuleBasis>& AllRuleBases();
// The entry of `rule_id`, or nullptr when the table has none.
const RuleBasis* FindRuleBasis(std::string_view rule_id);

// The display text, e.g. "《社会组织信用信息管理办法》" or
// "《社会团体登记管理条例》第二十八条；《基金会管理条例》第三十六条" (refs joined by "；", then the practice note).
std::string BasisText(const RuleBasis& b);
std::string BasisTextEn(const RuleBasis& b);
// By rule id; an unknown id gives "" (callers keep what they had).
std::string BasisText(std::string_view rule_id);
std::string BasisTextEn(std::string_view rule_id);

}  // namespace socorg
