#include "domain/founding.h"

namespace socorg {
namespace {

std::string Yuan(std::int64_t v) { return std::to_string(v) + " 元"; }

bool NameHasNationalWord(const std::string& name) {
  for (const char* w : {"中国", "全国", "中华"})
    if (name.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<Finding> CheckFoundingMinimums(const FoundingFacts& f, const RulesConfig& cfg) {
  std::vector<Finding> out;
  const bool national = f.level == OrgLevel::kNational;
  if (f.type == OrgType::kSocialGroup) {
    // 社会团体登记管理条例 第10条: 50 individual or 30 unit members; mixed, 50 in total.
    int total = f.individual_members + f.unit_members;
    bool ok = f.individual_members >= cfg.social_group_min_individual_members ||
              f.unit_members >= cfg.social_group_min_unit_members ||
              (f.individual_members > 0 && f.unit_members > 0 && total >= cfg.social_group_min_individual_members);
    out.push_back({"FOUND-SG-MEMBERS", BasisText("FOUND-SG-MEMBERS"), "会员数量",
                   {{"individual_members", std::to_string(f.individual_members)},
                    {"unit_members", std::to_string(f.unit_members)}},
                   ok ? Outcome::kPass : Outcome::kFail,
                   ok ? "会员数量符合要求" : "个人会员不少于50个或单位会员不少于30个（混合不少于50个）",
                   ok ? "membership meets the minimum"
                      : "needs ≥50 individual or ≥30 unit members (mixed: ≥50 in total)"});
    std::int64_t min = national ? cfg.social_group_funds_national : cfg.social_group_funds_local;
    bool funds_ok = f.funds >= min;
    out.push_back({"FOUND-SG-FUNDS", BasisText("FOUND-SG-FUNDS"), "活动资金",
                   {{"funds", Yuan(f.funds)}, {"minimum", Yuan(min)}},
                   funds_ok ? Outcome::kPass : Outcome::kFail,
                   funds_ok ? "活动资金符合要求" : "活动资金不足 " + Yuan(min),
                   funds_ok ? "activity funds meet the minimum"
                            : "activity funds below the minimum of " + std::to_string(min)});
    bool name_ok = national || !NameHasNationalWord(f.name);
    out.push_back({"FOUND-NAME-NATIONAL-WORDS", BasisText("FOUND-NAME-NATIONAL-WORDS"), "名称用字",
                   {{"name", f.name}, {"level", std::string(ToString(f.level))}},
                   name_ok ? Outcome::kPass : Outcome::kFail,
                   name_ok ? "名称用字符合规定" : "只有全国性社会团体名称可以冠以“中国”“全国”“中华”",
                   name_ok ? "name is allowed" : "only national social groups may use 中国/全国/中华"});
  } else if (f.type == OrgType::kSocialServiceAgency) {
    bool funds_ok = f.funds >= cfg.agency_min_funds;
    out.push_back({"FOUND-AGENCY-FUNDS", BasisText("FOUND-AGENCY-FUNDS"), "开办资金",
                   {{"funds", Yuan(f.funds)}, {"minimum", Yuan(cfg.agency_min_funds)}},
                   funds_ok ? Outcome::kPass : Outcome::kFail, funds_ok ? "开办资金符合要求" : "开办资金不足",
                   funds_ok ? "funds meet the minimum" : "funds below the minimum"});
    bool name_ok = !NameHasNationalWord(f.name);
    out.push_back({"FOUND-NAME-NATIONAL-WORDS", BasisText("FOUND-NAME-NATIONAL-WORDS"), "名称用字",
                   {{"name", f.name}}, name_ok ? Outcome::kPass : Outcome::kFail,
                   name_ok ? "名称用字符合规定" : "社会服务机构名称不得冠以“中国”“全国”“中华”",
                   name_ok ? "name is allowed" : "social service agencies may not use 中国/全国/中华"});
  } else if (f.type == OrgType::kFoundation) {
    std::int64_t min = !f.public_fundraising ? cfg.foundation_fund_non_public
                       : national            ? cfg.foundation_fund_national_public
                                             : cfg.foundation_fund_local_public;
    bool funds_ok = f.funds >= min;
    out.push_back({"FOUND-FOUNDATION-FUND", BasisText("FOUND-FOUNDATION-FUND"), "原始基金",
                   {{"funds", Yuan(f.funds)},
                    {"minimum", Yuan(min)},
                    {"public_fundraising", f.public_fundraising ? "是" : "否"}},
                   funds_ok ? Outcome::kPass : Outcome::kFail, funds_ok ? "原始基金符合要求" : "原始基金不足 " + Yuan(min),
                   funds_ok ? "original fund meets the minimum"
                            : "original fund below the minimum of " + std::to_string(min)});
    bool board_ok = f.directors >= cfg.foundation_min_directors && f.directors <= cfg.foundation_max_directors;
    out.push_back({"FOUND-FOUNDATION-BOARD", BasisText("FOUND-FOUNDATION-BOARD"), "理事会人数",
                   {{"directors", std::to_string(f.directors)}}, board_ok ? Outcome::kPass : Outcome::kFail,
                   board_ok ? "理事人数符合要求" : "理事会由5至25名理事组成",
                   board_ok ? "board size is allowed" : "a board has 5 to 25 directors"});
  }
  return out;
}

}  // namespace socorg
