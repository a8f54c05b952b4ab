#include "domain/supervision/rating.h"

#include <algorithm>

#include "domain/supervision/annual_report.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/penalty.h"

namespace socorg::supervision {

std::vector<IndicatorGroup> IndicatorSet(OrgType type) {
  // 社会组织评估指标: four groups plus 党建工作 (100 points), summing to 1000.
  std::string performance = type == OrgType::kSocialServiceAgency ? "业务活动和诚信建设" : "工作绩效";
  return {{"basic", "基础条件", 100},
          {"governance", "内部治理", 350},
          {"performance", performance, 300},
          {"social", "社会评价", 150},
          {"party", "党建工作", 100}};
}

Result<int> TotalScore(OrgType type, const std::map<std::string, int>& scores) {
  int total = 0;
  auto groups = IndicatorSet(type);
  for (const auto& g : groups) {
    auto it = scores.find(g.key);
    if (it == scores.end())
      return Fail(ErrorKind::kInvalid, "score_missing", "缺少指标组得分：" + g.label_zh, "missing score: " + g.key,
                  "scores." + g.key);
    if (it->second < 0 || it->second > g.max_points)
      return Fail(ErrorKind::kInvalid, "score_out_of_range",
                  g.label_zh + "得分应在0到" + std::to_string(g.max_points) + "之间",
                  g.key + " must be 0-" + std::to_string(g.max_points), "scores." + g.key);
    total += it->second;
  }
  for (const auto& [k, v] : scores)
    if (std::none_of(groups.begin(), groups.end(), [&](const IndicatorGroup& g) { return g.key == k; }))
      return Fail(ErrorKind::kInvalid, "unknown_group", "未知的指标组：" + k, "unknown indicator group: " + k,
                  "scores." + k);
  return total;
}

int GradeForScore(int score, const RulesConfig& cfg) {
  if (score >= cfg.rating_grade_5a) return 5;
  if (score >= cfg.rating_grade_4a) return 4;
  if (score >= cfg.rating_grade_3a) return 3;
  if (score >= cfg.rating_grade_2a) return 2;
  return 1;
}

std::vector<Finding> CheckRatingEligibility(const OrgFacts& org, Date on, bool under_investigation,
                                            const RulesConfig& cfg) {
  std::vector<Finding> out;
  auto add = [&](const char* id, const char* title, bool pass, std::string zh, std::string en,
                 std::vector<std::pair<std::string, std::string>> facts) {
    out.push_back(Finding{id, BasisText(id), title, std::move(facts), pass ? Outcome::kPass : Outcome::kFail,
                          std::move(zh), std::move(en)});
  };
  // Registered ≥ 2 full years.
  std::string reg = org.registered_on ? org.registered_on->ToString() : "";
  bool old_enough = org.registered_on && org.registered_on->AddYears(cfg.rating_min_registered_years) <= on;
  add("RATING-ELIG-AGE", "登记满2年", old_enough,
      old_enough ? "登记已满" + std::to_string(cfg.rating_min_registered_years) + "年"
                 : "登记不满" + std::to_string(cfg.rating_min_registered_years) + "年",
      old_enough ? "registered long enough" : "registered less than the required years",
      {{"registered_on", reg}, {"as_of", on.ToString()}});
  // Never rated, or the previous grade expired.
  bool valid_grade = org.rating && !org.rating->cancelled && org.rating->valid_until >= on;
  add("RATING-ELIG-VALID", "未评估或原等级已到期", !valid_grade,
      valid_grade ? "现有等级有效期至 " + org.rating->valid_until.ToString() : "未评估或原等级已到期",
      valid_grade ? "the current grade is still valid" : "never rated or the grade expired",
      {{"current_grade", org.rating ? std::to_string(org.rating->grade) + "A" : ""},
       {"valid_until", org.rating ? org.rating->valid_until.ToString() : ""}});
  // Last year's inspection: took part, not 不合格, not 基本合格 two years running.
  int y = on.Year() - 1;
  const ReportFact* last = org.ReportFor(y);
  const ReportFact* prev = org.ReportFor(y - 1);
  ReportDuty duty = DutyFor(org, y, cfg);
  bool missed = duty == ReportDuty::kRequired && (!last || !last->filed_on);
  bool unqualified = last && last->conclusion == ReportConclusion::kUnqualified;
  bool twice_basic = last && prev && last->conclusion == ReportConclusion::kBasicallyQualified &&
                     prev->conclusion == ReportConclusion::kBasicallyQualified;
  std::string why = missed ? "上一年度未参加年检" : unqualified ? "上一年度年检不合格" : twice_basic ? "连续2年年检基本合格" : "年检情况符合要求";
  add("RATING-ELIG-REPORT", "年检情况", !(missed || unqualified || twice_basic), why,
      missed ? "missed last year's inspection" : unqualified ? "last year unqualified" : twice_basic ? "basically qualified two years running" : "inspection record fine",
      {{"year", std::to_string(y)},
       {"conclusion", last ? std::string(ToString(last->conclusion)) : ""},
       {"previous_conclusion", prev ? std::string(ToString(prev->conclusion)) : ""}});
  // Penalised last year (评估管理办法 art. 7 (三): 上年度受到行政处罚): a penalty decided from 1 January of
  // the previous year up to and including `on`. A penalty decided this year, before the round, is at least
  // as recent as one decided last year and excludes too; one decided after `on` does not count yet.
  Date window_from = Date::FromYmd(y, 1, 1);
  int penalties = 0;
  for (const auto& p : org.penalties)
    if (p.decided_on >= window_from && p.decided_on <= on) ++penalties;
  add("RATING-ELIG-PENALTY", "上一年度以来未受行政处罚", penalties == 0,
      penalties ? "自" + window_from.ToString() + "以来受到" + std::to_string(penalties) + "次行政处罚"
                : "自" + window_from.ToString() + "以来未受行政处罚",
      penalties ? "penalised since 1 January of last year" : "no penalty since 1 January of last year",
      {{"penalties_since", window_from.ToString()}, {"as_of", on.ToString()},
       {"penalties_last_year", std::to_string(penalties)}});
  CreditStatus cs = StatusOn(org.listings, on);
  add("RATING-ELIG-CREDIT", "未被列入信用名单", cs == CreditStatus::kGood, std::string(LabelZh(cs)),
      std::string(ToString(cs)), {{"credit_status", std::string(ToString(cs))}});
  add("RATING-ELIG-CASE", "未处于立案调查期间", !under_investigation,
      under_investigation ? "正在接受立案调查" : "未处于立案调查期间",
      under_investigation ? "under investigation" : "not under investigation",
      {{"under_investigation", under_investigation ? "true" : "false"}});
  // Cancelled for fraud: barred until reapply_from (the day itself is allowed again).
  bool barred = org.rating_reapply_from && on < *org.rating_reapply_from;
  std::string from = org.rating_reapply_from ? org.rating_reapply_from->ToString() : "";
  add("RATING-ELIG-CANCELLED", "未因弄虚作假被取消等级", !barred,
      barred ? "评估等级因弄虚作假被取消，" + from + " 起方可重新申请" : "无取消评估等级的限制",
      barred ? "grade cancelled for fraud: no new application before " + from : "no cancellation bar",
      {{"reapply_from", from}, {"as_of", on.ToString()}});
  return out;
}

std::string_view ToString(RatingChangeKind k) {
  switch (k) {
    case RatingChangeKind::kExpired: return "expired";
    case RatingChangeKind::kDowngradeUnqualified: return "downgrade_unqualified";
    case RatingChangeKind::kDowngradeTwiceBasic: return "downgrade_twice_basic";
    case RatingChangeKind::kDowngradePenalty: return "downgrade_penalty";
  }
  return "";
}
std::optional<RatingChangeKind> ParseRatingChangeKind(std::string_view s) {
  for (auto k : {RatingChangeKind::kExpired, RatingChangeKind::kDowngradeUnqualified,
                 RatingChangeKind::kDowngradeTwiceBasic, RatingChangeKind::kDowngradePenalty})
    if (ToString(k) == s) return k;
  return std::nullopt;
}

std::vector<RatingChange> EvaluateRatingChanges(const OrgFacts& org, Date today, const RulesConfig& cfg,
                                                const std::vector<std::pair<RatingChangeKind, std::int64_t>>& recorded) {
  std::vector<RatingChange> out;
  if (!org.rating || org.rating->cancelled) return out;
  const RatingFact& r = *org.rating;
  auto seen = [&](RatingChangeKind k, std::int64_t id) {
    return std::find(recorded.begin(), recorded.end(), std::make_pair(k, id)) != recorded.end();
  };
  if (r.valid_until < today) {
    if (!seen(RatingChangeKind::kExpired, 0))
      out.push_back({RatingChangeKind::kExpired, 0, r.valid_until.AddDays(1), r.grade, r.grade});
    return out;
  }
  int grade = r.grade;
  auto downgrade = [&](RatingChangeKind k, std::int64_t id, Date on) {
    if (seen(k, id) || on > today) return;
    int to = std::max(1, grade - 1);
    out.push_back({k, id, on, grade, to});
    grade = to;
  };
  // Annual inspection conclusions reached after the rating decision.
  for (const auto& rep : org.reports) {
    if (!rep.concluded_on || *rep.concluded_on <= r.decided_on) continue;
    if (rep.conclusion == ReportConclusion::kUnqualified)
      downgrade(RatingChangeKind::kDowngradeUnqualified, rep.year, *rep.concluded_on);
    if (rep.conclusion == ReportConclusion::kBasicallyQualified) {
      const ReportFact* prev = org.ReportFor(rep.year - 1);
      if (prev && prev->conclusion == ReportConclusion::kBasicallyQualified)
        downgrade(RatingChangeKind::kDowngradeTwiceBasic, rep.year, *rep.concluded_on);
    }
  }
  for (const auto& p : org.penalties)
    if (p.decided_on > r.decided_on && IsListablePenalty(p))
      downgrade(RatingChangeKind::kDowngradePenalty, p.id, p.decided_on);
  return out;
}

Finding ExplainRatingChange(const RatingChange& c, const RulesConfig& cfg) {
  Finding f;
  f.outcome = Outcome::kFail;
  f.facts = {{"on", c.on.ToString()},
             {"from_grade", std::to_string(c.from_grade) + "A"},
             {"to_grade", std::to_string(c.to_grade) + "A"},
             {"trigger", std::to_string(c.trigger_id)}};
  switch (c.kind) {
    case RatingChangeKind::kExpired:
      f.rule_id = "RATING-EXPIRED";
      f.title_zh = "评估等级有效期届满";
      f.explanation_zh = "评估等级有效期" + std::to_string(cfg.rating_valid_years) + "年已届满";
      f.explanation_en = "the grade's validity has ended";
      break;
    case RatingChangeKind::kDowngradeUnqualified:
      f.rule_id = "RATING-DOWNGRADE-UNQUALIFIED";
      f.title_zh = "年检不合格降级";
      f.explanation_zh = std::to_string(c.trigger_id) + "年度年检不合格，降低一个等级";
      f.explanation_en = "annual inspection unqualified: down one grade";
      break;
    case RatingChangeKind::kDowngradeTwiceBasic:
      f.rule_id = "RATING-DOWNGRADE-TWICE-BASIC";
      f.title_zh = "连续2年年检基本合格降级";
      f.explanation_zh = "截至" + std::to_string(c.trigger_id) + "年度连续2年年检基本合格，降低一个等级";
      f.explanation_en = "basically qualified two years running: down one grade";
      break;
    case RatingChangeKind::kDowngradePenalty:
      f.rule_id = "RATING-DOWNGRADE-PENALTY";
      f.title_zh = "受到行政处罚降级";
      f.explanation_zh = "评估后受到行政处罚，降低一个等级";
      f.explanation_en = "administrative penalty after the rating: down one grade";
      break;
  }
  f.basis = BasisText(f.rule_id);
  return f;
}

int ThreeAPlusPermille(const std::vector<int>& grades) {
  if (grades.empty()) return 0;
  auto n = std::count_if(grades.begin(), grades.end(), [](int g) { return g >= 3; });
  return static_cast<int>(n * 1000 / static_cast<std::int64_t>(grades.size()));
}

}  // namespace socorg::supervision
