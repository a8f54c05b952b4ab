#include "domain/supervision/records.h"

#include "domain/supervision/enum_names.h"

namespace socorg::supervision {
namespace {

using detail::NameOf;
using detail::Names;
using detail::ParseOf;

// The names are the values stored in migration 003's columns and sent on the wire.
constexpr Names<RatingStatus, 4> kRatingStatuses{{
    {RatingStatus::kNotice, "notice", "公示中"},
    {RatingStatus::kDecided, "decided", "已确定"},
    {RatingStatus::kExpired, "expired", "已到期"},
    {RatingStatus::kCancelled, "cancelled", "已取消"},
}};
constexpr Names<CreditRequestKind, 3> kRequestKinds{{
    {CreditRequestKind::kRectification, "rectification", "整改移出"},
    {CreditRequestKind::kRepair, "repair", "信用修复"},
    {CreditRequestKind::kObjection, "objection", "异议"},
}};
constexpr Names<ObjectionStatus, 3> kObjectionStatuses{{
    {ObjectionStatus::kPending, "pending", "待处理"},
    {ObjectionStatus::kUpheld, "upheld", "异议成立"},
    {ObjectionStatus::kDismissed, "dismissed", "异议不成立"},
}};
constexpr Names<RequestStatus, 3> kRequestStatuses{{
    {RequestStatus::kPending, "pending", "待处理"},
    {RequestStatus::kGranted, "granted", "已准予"},
    {RequestStatus::kRefused, "refused", "不予准许"},
}};
constexpr Names<PlanKind, 2> kPlanKinds{{
    {PlanKind::kRandom, "random", "双随机抽查"},
    {PlanKind::kSpecial, "special", "不定期检查"},
}};
constexpr Names<InspectionResult, 4> kInspectionResults{{
    {InspectionResult::kPending, "", "待检查"},
    {InspectionResult::kNoProblem, "no_problem", "未发现问题"},
    {InspectionResult::kProblemsFound, "problems_found", "发现问题"},
    {InspectionResult::kRectificationOrdered, "rectification_ordered", "责令整改"},
}};
constexpr Names<FlagKind, 4> kFlagKinds{{
    {FlagKind::kZombie, "zombie", "僵尸型社会组织"},
    {FlagKind::kOverdueElection, "overdue_election", "逾期未换届"},
    {FlagKind::kRevocationCandidate, "revocation_candidate", "拟撤销登记"},
    {FlagKind::kLowActivityCommunity, "low_activity_community", "低活跃社区社会组织"},
}};
constexpr Names<FlagHandling, 4> kFlagHandlings{{
    {FlagHandling::kNone, "", ""},
    {FlagHandling::kGuideDeregistration, "guide_deregistration", "引导注销"},
    {FlagHandling::kPenalise, "penalise", "行政处罚"},
    {FlagHandling::kRevoke, "revoke", "撤销登记"},
}};
constexpr Names<FlagOutcome, 5> kFlagOutcomes{{
    {FlagOutcome::kNone, "", ""},
    {FlagOutcome::kDeregistered, "deregistered", "已注销"},
    {FlagOutcome::kPenalised, "penalised", "已处罚"},
    {FlagOutcome::kRevoked, "revoked", "已撤销"},
    {FlagOutcome::kResumed, "resumed", "恢复活动"},
}};
constexpr Names<ComplaintStatus, 3> kComplaintStatuses{{
    {ComplaintStatus::kReceived, "received", "已受理"},
    {ComplaintStatus::kCaseOpened, "case_opened", "已立案"},
    {ComplaintStatus::kDismissed, "dismissed", "不予立案"},
}};
constexpr Names<JobKind, 4> kJobKinds{{
    {JobKind::kCredit, "credit", "信用名单"},
    {JobKind::kZombie, "zombie", "僵尸型社会组织"},
    {JobKind::kElections, "elections", "逾期未换届"},
    {JobKind::kRatings, "ratings", "评估等级"},
}};

}  // namespace

std::string_view ToString(RatingStatus s) { return NameOf(kRatingStatuses, s); }
std::optional<RatingStatus> ParseRatingStatus(std::string_view s) { return ParseOf(kRatingStatuses, s); }
std::string_view ToString(CreditRequestKind k) { return NameOf(kRequestKinds, k); }
std::optional<CreditRequestKind> ParseCreditRequestKind(std::string_view s) {
  return ParseOf(kRequestKinds, s);
}
std::string_view ToString(ObjectionStatus s) { return NameOf(kObjectionStatuses, s); }
std::optional<ObjectionStatus> ParseObjectionStatus(std::string_view s) { return ParseOf(kObjectionStatuses, s); }
std::string_view ToString(RequestStatus s) { return NameOf(kRequestStatuses, s); }
std::optional<RequestStatus> ParseRequestStatus(std::string_view s) { return ParseOf(kRequestStatuses, s); }
std::string_view ToString(PlanKind k) { return NameOf(kPlanKinds, k); }
std::optional<PlanKind> ParsePlanKind(std::string_view s) { return ParseOf(kPlanKinds, s); }
std::string_view ToString(InspectionResult r) { return NameOf(kInspectionResults, r); }
std::optional<InspectionResult> ParseInspectionResult(std::string_view s) {
  return ParseOf(kInspectionResults, s);
}
std::string_view ToString(FlagKind k) { return NameOf(kFlagKinds, k); }
std::optional<FlagKind> ParseFlagKind(std::string_view s) { return ParseOf(kFlagKinds, s); }
std::string_view ToString(FlagHandling h) { return NameOf(kFlagHandlings, h); }
std::optional<FlagHandling> ParseFlagHandling(std::string_view s) { return ParseOf(kFlagHandlings, s); }
std::string_view ToString(FlagOutcome o) { return NameOf(kFlagOutcomes, o); }
std::optional<FlagOutcome> ParseFlagOutcome(std::string_view s) { return ParseOf(kFlagOutcomes, s); }
std::string_view ToString(ComplaintStatus s) { return NameOf(kComplaintStatuses, s); }
std::optional<ComplaintStatus> ParseComplaintStatus(std::string_view s) {
  return ParseOf(kComplaintStatuses, s);
}
std::string_view ToString(JobKind k) { return NameOf(kJobKinds, k); }
std::optional<JobKind> ParseJobKind(std::string_view s) { return ParseOf(kJobKinds, s); }

}  // namespace socorg::supervision
