#include "domain/supervision/org_facts.h"

#include "domain/supervision/enum_names.h"

namespace socorg::supervision {
namespace {

using detail::LabelOf;
using detail::Names;
using detail::NameOf;
using detail::ParseOf;

constexpr Names<ReportConclusion, 4> kConclusions{{
    {ReportConclusion::kNone, "none", "未作结论"},
    {ReportConclusion::kQualified, "qualified", "合格"},
    {ReportConclusion::kBasicallyQualified, "basically_qualified", "基本合格"},
    {ReportConclusion::kUnqualified, "unqualified", "不合格"},
}};
constexpr Names<PenaltyKind, 6> kPenaltyKinds{{
    {PenaltyKind::kWarning, "warning", "警告"},
    {PenaltyKind::kOrderCorrect, "order_correct", "责令改正"},
    {PenaltyKind::kFine, "fine", "罚款"},
    {PenaltyKind::kConfiscation, "confiscation", "没收违法所得"},
    {PenaltyKind::kSuspension, "suspension", "限期停止活动"},
    {PenaltyKind::kRevocation, "revocation", "撤销登记"},
}};
constexpr Names<CreditList, 2> kLists{{
    {CreditList::kAnomaly, "anomaly", "活动异常名录"},
    {CreditList::kSerious, "serious", "严重违法失信名单"},
}};
constexpr Names<CreditCause, 17> kCauses{{
    {CreditCause::kAnnualReport, "annual_report", "未按规定时限报送年度工作报告"},
    {CreditCause::kNoPartyOrganization, "no_party_organization", "未按规定建立党组织"},
    {CreditCause::kRectificationOverdue, "rectification_overdue", "未按登记管理机关整改要求完成整改"},
    {CreditCause::kFundraising, "fundraising", "违反公开募捐有关规定"},
    {CreditCause::kMinorPenalty, "minor_penalty", "受到警告或不满5万元罚款处罚"},
    {CreditCause::kUnreachable, "unreachable", "通过登记的住所无法与社会组织取得联系"},
    {CreditCause::kOtherAnomaly, "other_anomaly", "其他应列入活动异常名录的情形"},
    {CreditCause::kAnomalyTwoYears, "anomaly_two_years", "被列入活动异常名录满2年"},
    {CreditCause::kFraudulentChange, "fraudulent_change", "弄虚作假办理变更登记被撤销变更登记"},
    {CreditCause::kSuspension, "suspension", "受到限期停止活动行政处罚"},
    {CreditCause::kLargeFine, "large_fine", "受到5万元以上罚款处罚"},
    {CreditCause::kRepeatedPenalties, "repeated_penalties", "三年内两次以上受到警告或不满5万元罚款处罚"},
    {CreditCause::kCourtDishonest, "court_dishonest", "被人民法院列为失信被执行人"},
    {CreditCause::kRevoked, "revoked", "被撤销登记或吊销登记证书"},
    {CreditCause::kOtherSerious, "other_serious", "其他应列入严重违法失信名单的情形"},
    {CreditCause::kUnreachableLetters, "unreachable_letters", "两次挂号信无人签收，通过登记的住所无法取得联系"},
    {CreditCause::kPartyBranchMissing, "party_branch_missing", "正式党员3人以上未按规定建立党组织（党建数据）"},
}};
constexpr Names<ExitReason, 8> kExits{{
    {ExitReason::kNone, "", ""},
    {ExitReason::kAutoAfterPeriod, "auto_after_period", "列入满期限且无需整改，自动移出"},
    {ExitReason::kRectified, "rectified", "已补报并经审核 / 已完成整改"},
    {ExitReason::kMovedToSerious, "moved_to_serious", "列入满2年，转入严重违法失信名单"},
    {ExitReason::kDeregistered, "deregistered", "已办理注销登记"},
    {ExitReason::kRectifiedVerified, "rectified_verified", "经申请核实已整改，移出"},
    {ExitReason::kRepaired, "repaired", "信用修复，移出"},
    {ExitReason::kCorrected, "corrected", "经异议核实为错误列入，予以更正"},
}};

}  // namespace

std::string_view ToString(ReportConclusion c) { return NameOf(kConclusions, c); }
std::string_view LabelZh(ReportConclusion c) { return LabelOf(kConclusions, c); }
std::optional<ReportConclusion> ParseReportConclusion(std::string_view s) { return ParseOf(kConclusions, s); }
std::string_view ToString(PenaltyKind k) { return NameOf(kPenaltyKinds, k); }
std::string_view LabelZh(PenaltyKind k) { return LabelOf(kPenaltyKinds, k); }
std::optional<PenaltyKind> ParsePenaltyKind(std::string_view s) { return ParseOf(kPenaltyKinds, s); }
std::string_view ToString(CreditList l) { return NameOf(kLists, l); }
std::string_view LabelZh(CreditList l) { return LabelOf(kLists, l); }
std::optional<CreditList> ParseCreditList(std::string_view s) { return ParseOf(kLists, s); }
std::string_view ToString(CreditCause c) { return NameOf(kCauses, c); }
std::string_view LabelZh(CreditCause c) { return LabelOf(kCauses, c); }
std::optional<CreditCause> ParseCreditCause(std::string_view s) { return ParseOf(kCauses, s); }
std::string_view ToString(ExitReason r) { return NameOf(kExits, r); }
std::string_view LabelZh(ExitReason r) { return LabelOf(kExits, r); }
std::optional<ExitReason> ParseExitReason(std::string_view s) {
  if (s.empty()) return ExitReason::kNone;
  return ParseOf(kExits, s);
}

CreditList ListOf(CreditCause c) {
  if (c == CreditCause::kUnreachableLetters || c == CreditCause::kPartyBranchMissing) return CreditList::kAnomaly;
  return static_cast<int>(c) < static_cast<int>(CreditCause::kAnomalyTwoYears) ? CreditList::kAnomaly
                                                                                 : CreditList::kSerious;
}

bool IsManualCause(CreditCause c) {
  switch (c) {
    case CreditCause::kNoPartyOrganization:
    case CreditCause::kFundraising:
    case CreditCause::kUnreachable:
    case CreditCause::kOtherAnomaly:
    case CreditCause::kFraudulentChange:
    case CreditCause::kCourtDishonest:
    case CreditCause::kOtherSerious: return true;
    default: return false;
  }
}

}  // namespace socorg::supervision
