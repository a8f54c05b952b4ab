#include "domain/supervision/illegal_org.h"

#include <set>

#include "domain/region.h"

namespace socorg::supervision {

std::string_view ToString(IllegalTarget t) {
  switch (t) {
    case IllegalTarget::kUnregistered: return "unregistered";
    case IllegalTarget::kPreparationOverreach: return "preparation_overreach";
    case IllegalTarget::kAfterRevocation: return "after_revocation";
  }
  return "";
}
std::string_view LabelZh(IllegalTarget t) {
  switch (t) {
    case IllegalTarget::kUnregistered: return "未经登记，擅自以社会组织名义进行活动";
    case IllegalTarget::kPreparationOverreach: return "筹备期间开展筹备以外的活动";
    case IllegalTarget::kAfterRevocation: return "被撤销登记后继续以社会组织名义进行活动";
  }
  return "";
}
std::optional<IllegalTarget> ParseIllegalTarget(std::string_view s) {
  for (auto t : {IllegalTarget::kUnregistered, IllegalTarget::kPreparationOverreach, IllegalTarget::kAfterRevocation})
    if (ToString(t) == s) return t;
  return std::nullopt;
}

namespace {
constexpr CaseStatus kAllStatuses[] = {CaseStatus::kProposed, CaseStatus::kFiled,     CaseStatus::kInvestigating, CaseStatus::kReported,
                                       CaseStatus::kLegalReviewed, CaseStatus::kBanned, CaseStatus::kDissuaded,
                                       CaseStatus::kReferred,  CaseStatus::kClosed};
constexpr CaseStep kAllSteps[] = {CaseStep::kPropose, CaseStep::kFile, CaseStep::kInvestigate, CaseStep::kReport, CaseStep::kLegalReview,
                                  CaseStep::kBan,  CaseStep::kDissuade,    CaseStep::kRefer,  CaseStep::kClose};
}  // namespace

std::string_view ToString(CaseStatus s) {
  switch (s) {
    case CaseStatus::kProposed: return "proposed";
    case CaseStatus::kFiled: return "filed";
    case CaseStatus::kInvestigating: return "investigating";
    case CaseStatus::kReported: return "reported";
    case CaseStatus::kLegalReviewed: return "legal_reviewed";
    case CaseStatus::kBanned: return "banned";
    case CaseStatus::kDissuaded: return "dissuaded";
    case CaseStatus::kReferred: return "referred";
    case CaseStatus::kClosed: return "closed";
  }
  return "";
}
std::string_view LabelZh(CaseStatus s) {
  switch (s) {
    case CaseStatus::kProposed: return "待批准立案";
    case CaseStatus::kFiled: return "已立案";
    case CaseStatus::kInvestigating: return "调查取证";
    case CaseStatus::kReported: return "调查终结";
    case CaseStatus::kLegalReviewed: return "法制审核通过";
    case CaseStatus::kBanned: return "已取缔";
    case CaseStatus::kDissuaded: return "已劝散";
    case CaseStatus::kReferred: return "已移送";
    case CaseStatus::kClosed: return "已结案";
  }
  return "";
}
std::optional<CaseStatus> ParseCaseStatus(std::string_view s) {
  for (auto v : kAllStatuses)
    if (ToString(v) == s) return v;
  return std::nullopt;
}
std::string_view ToString(CaseStep s) {
  switch (s) {
    case CaseStep::kPropose: return "propose";
    case CaseStep::kFile: return "file";
    case CaseStep::kInvestigate: return "investigate";
    case CaseStep::kReport: return "report";
    case CaseStep::kLegalReview: return "legal_review";
    case CaseStep::kBan: return "ban";
    case CaseStep::kDissuade: return "dissuade";
    case CaseStep::kRefer: return "refer";
    case CaseStep::kClose: return "close";
  }
  return "";
}
std::optional<CaseStep> ParseCaseStep(std::string_view s) {
  for (auto v : kAllSteps)
    if (ToString(v) == s) return v;
  return std::nullopt;
}

bool IsFinal(CaseStatus s) {
  return s == CaseStatus::kBanned || s == CaseStatus::kDissuaded || s == CaseStatus::kReferred ||
         s == CaseStatus::kClosed;
}

Result<CaseStatus> NextCaseStatus(CaseStatus cur, CaseStep step) {
  auto refuse = [&]() -> Result<CaseStatus> {
    return Fail(ErrorKind::kRuleViolation, "invalid_case_step",
                "案件处于“" + std::string(LabelZh(cur)) + "”状态，不能执行“" + std::string(ToString(step)) + "”",
                "a case in status " + std::string(ToString(cur)) + " cannot take step " + std::string(ToString(step)),
                "step");
  };
  if (IsFinal(cur)) return refuse();
  switch (step) {
    case CaseStep::kPropose: return refuse();  // a case is proposed once, when it is opened
    case CaseStep::kFile:
      if (cur == CaseStatus::kProposed) return CaseStatus::kFiled;
      return refuse();
    case CaseStep::kInvestigate:
      if (cur == CaseStatus::kFiled || cur == CaseStatus::kInvestigating) return CaseStatus::kInvestigating;
      return refuse();
    case CaseStep::kReport:
      if (cur == CaseStatus::kInvestigating) return CaseStatus::kReported;
      return refuse();
    case CaseStep::kLegalReview:
      if (cur == CaseStatus::kReported) return CaseStatus::kLegalReviewed;
      return refuse();
    case CaseStep::kBan:
      if (cur == CaseStatus::kLegalReviewed) return CaseStatus::kBanned;
      return refuse();
    case CaseStep::kDissuade:
      if (cur == CaseStatus::kReported || cur == CaseStatus::kLegalReviewed) return CaseStatus::kDissuaded;
      return refuse();
    case CaseStep::kRefer: return CaseStatus::kReferred;
    case CaseStep::kClose: return CaseStatus::kClosed;
  }
  return refuse();
}

Finding CheckFilingApproval(const std::string& proposed_by, const std::string& approver,
                            const std::string& handling_region, const std::string& approver_region) {
  bool same_authority = approver_region == handling_region;
  bool second_officer = !approver.empty() && approver != proposed_by;
  bool ok = same_authority && second_officer;
  Finding f{"ILLEGAL-FILING-APPROVAL",
            kBasisIllegal,
            "立案须经本机关另一名工作人员批准",
            {{"proposed_by", proposed_by}, {"approved_by", approver}, {"handling_region", handling_region},
             {"approver_region", approver_region}},
            ok ? Outcome::kPass : Outcome::kFail,
            "",
            ""};
  if (ok) {
    f.explanation_zh = "立案经 " + approver + " 批准（提请人 " + proposed_by + "）";
    f.explanation_en = "filing approved by " + approver + " (proposed by " + proposed_by + ")";
  } else if (!same_authority) {
    f.explanation_zh = "立案应由管辖机关批准";
    f.explanation_en = "filing is approved by the handling authority";
  } else {
    f.explanation_zh = "提请立案的人员不能批准本人的立案申请，须由本机关另一名工作人员批准";
    f.explanation_en = "the officer who proposed the case cannot approve its filing; a second officer must";
  }
  return f;
}

Finding CheckInvestigators(const std::vector<CaseOfficer>& officers, const RulesConfig& cfg) {
  std::set<std::string> certified;
  for (const auto& o : officers)
    if (!o.certificate_no.empty()) certified.insert(o.certificate_no);
  bool ok = static_cast<int>(certified.size()) >= cfg.illegal_min_officers;
  return Finding{"ILLEGAL-OFFICERS",
                 kBasisIllegal,
                 "调查取证执法人员不少于2人",
                 {{"certified_officers", std::to_string(certified.size())},
                  {"officers", std::to_string(officers.size())},
                  {"minimum", std::to_string(cfg.illegal_min_officers)}},
                 ok ? Outcome::kPass : Outcome::kFail,
                 ok ? "持证执法人员人数符合要求"
                    : "调查取证应由不少于" + std::to_string(cfg.illegal_min_officers) + "名持有执法证件的人员进行",
                 ok ? "enough certified officers"
                    : "needs at least " + std::to_string(cfg.illegal_min_officers) + " distinct certified officers"};
}

Finding CheckTarget(IllegalTarget target, const std::optional<RegisterMatch>& match) {
  Finding f{"ILLEGAL-TARGET", kBasisIllegal, "取缔对象认定", {{"target_class", std::string(ToString(target))}},
            Outcome::kFail, "", ""};
  if (match) {
    f.facts.push_back({"register_type", std::string(ToString(match->type))});
    f.facts.push_back({"register_status", std::string(ToString(match->status))});
  }
  if (match && match->type == OrgType::kCommunity && match->status == OrgStatus::kActive) {
    f.explanation_zh = "已备案的社区社会组织不属于非法社会组织";
    f.explanation_en = "a filed community organization is not an illegal organization";
    return f;
  }
  bool ok = false;
  switch (target) {
    case IllegalTarget::kUnregistered:
      ok = !match || match->status == OrgStatus::kRefused || match->status == OrgStatus::kDeregistered ||
           match->status == OrgStatus::kApplied || match->status == OrgStatus::kConsented ||
           match->status == OrgStatus::kUnderReview;
      break;
    case IllegalTarget::kPreparationOverreach:
      ok = match && match->type == OrgType::kSocialGroup && match->status == OrgStatus::kPreparing;
      break;
    case IllegalTarget::kAfterRevocation: ok = match && match->status == OrgStatus::kRevoked; break;
  }
  f.outcome = ok ? Outcome::kPass : Outcome::kFail;
  f.explanation_zh = ok ? std::string("符合取缔对象：") + std::string(LabelZh(target))
                        : "登记信息与所选取缔对象类别不符";
  f.explanation_en = ok ? "fits the target class" : "the register does not fit the chosen target class";
  return f;
}

Result<std::string> HandlingAuthority(const std::vector<std::string>& act_regions,
                                      const std::optional<std::string>& takeover) {
  if (act_regions.empty())
    return Fail(ErrorKind::kInvalid, "required", "缺少违法行为发生地", "act_regions is required", "act_regions");
  std::set<std::string> provinces;
  for (const auto& r : act_regions) {
    if (!IsRegionCodeShape(r))
      return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码应为6位数字", "region must be 6 digits",
                  "act_regions");
    provinces.insert(r.substr(0, 2));
  }
  // The first place of occurrence decides within a province; several provinces go to the ministry.
  std::string dflt = provinces.size() > 1 ? std::string(kNationalRegion) : act_regions.front();
  if (!takeover) return dflt;
  if (*takeover == dflt) return dflt;
  if (!IsRegionCodeShape(*takeover) || !IsWithinRegion(dflt, *takeover))
    return Fail(ErrorKind::kRuleViolation, "invalid_takeover", "提级管辖须由上级登记管理机关提出",
                "a takeover must be by a higher authority over the place of occurrence", "takeover_region");
  return *takeover;
}

}  // namespace socorg::supervision
