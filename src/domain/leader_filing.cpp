#include "domain/leader_filing.h"

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<LeaderReviewKind, 3> kKinds{{
    {LeaderReviewKind::kPreReview, {"pre_review", "事前审查"}},
    {LeaderReviewKind::kElection, {"election", "换届备案"}},
    {LeaderReviewKind::kChange, {"change", "变更备案"}},
}};

}  // namespace

std::string_view ToString(LeaderReviewKind k) { return WireName(kKinds, k); }
std::string_view LabelZh(LeaderReviewKind k) { return ZhLabel(kKinds, k); }
std::optional<LeaderReviewKind> ParseLeaderReviewKind(std::string_view s) { return FromWireName(kKinds, s); }

Outcome Overall(const std::vector<Finding>& fs) {
  Outcome o = Outcome::kPass;
  for (const Finding& f : fs) {
    if (f.outcome == Outcome::kFail) return Outcome::kFail;
    if (f.outcome == Outcome::kNeedsReview) o = Outcome::kNeedsReview;
  }
  return o;
}

Finding CheckPreReview(const std::optional<LeaderReviewRecord>& pre, Date term_start) {
  Finding f{"LEADER-PRE-REVIEW", BasisText("LEADER-PRE-REVIEW"), "换届前事前审查（一前一备）", {}, Outcome::kFail, "", ""};
  f.facts.push_back({"term_start", term_start.ToString()});
  if (!pre) {
    f.explanation_zh = "未经换届前事前审查即备案", f.explanation_en = "filed without a pre-review before the election";
    return f;
  }
  f.facts.push_back({"pre_review_id", std::to_string(pre->id)});
  f.facts.push_back({"pre_review_on", pre->on_date});
  f.facts.push_back({"pre_review_outcome", ToString(pre->outcome)});
  auto on = Date::Parse(pre->on_date);
  if (!on || *on > term_start) {
    f.explanation_zh = "事前审查（" + pre->on_date + "）晚于任职起始日，不是换届前审查";
    f.explanation_en = "the pre-review was after the term start";
  } else if (pre->outcome == Outcome::kFail) {
    f.explanation_zh = "事前审查未通过（" + pre->on_date + "）", f.explanation_en = "the pre-review failed";
  } else {
    f.outcome = Outcome::kPass;
    f.explanation_zh = "已于 " + pre->on_date + " 经事前审查", f.explanation_en = "pre-reviewed on " + pre->on_date;
  }
  return f;
}

}  // namespace socorg
