#include "domain/supervision/zombie.h"

#include <algorithm>

#include "domain/supervision/annual_report.h"

namespace socorg::supervision {

std::string_view ToString(Signal s) {
  switch (s) {
    case Signal::kNoReport: return "no_report";
    case Signal::kUnreachable: return "unreachable";
    case Signal::kNoActivity: return "no_activity";
    case Signal::kElectionOverdue: return "election_overdue";
  }
  return "";
}
std::string_view LabelZh(Signal s) {
  switch (s) {
    case Signal::kNoReport: return "连续未报送年度报告";
    case Signal::kUnreachable: return "通过登记住所无法取得联系";
    case Signal::kNoActivity: return "无活动、无收入";
    case Signal::kElectionOverdue: return "逾期未换届";
  }
  return "";
}

std::optional<Date> LowActivitySince(const OrgFacts& org, Date today, const RulesConfig& cfg, Date* last_activity) {
  if (org.type != OrgType::kCommunity || org.status != OrgStatus::kActive || !org.registered_on) return std::nullopt;
  Date last = *org.registered_on;
  if (org.last_event_on && *org.last_event_on > last && *org.last_event_on <= today) last = *org.last_event_on;
  for (const auto& r : org.reports)
    if (r.had_activity && r.filed_on && *r.filed_on > last && *r.filed_on <= today) last = *r.filed_on;
  if (last_activity) *last_activity = last;
  Date since = last.AddMonths(cfg.community_low_activity_months);
  if (today < since) return std::nullopt;
  return since;
}

Finding ExplainLowActivity(Date last_activity, Date since, Date today, const RulesConfig& cfg) {
  std::string months = std::to_string(cfg.community_low_activity_months);
  return Finding{"LOW-ACTIVITY-COMMUNITY",
                 BasisText("LOW-ACTIVITY-COMMUNITY"),
                 "低活跃社区社会组织",
                 {{"last_activity_on", last_activity.ToString()},
                  {"months", months},
                  {"since", since.ToString()},
                  {"as_of", today.ToString()}},
                 Outcome::kNeedsReview,
                 "最近一次活动记录为 " + last_activity.ToString() + "，已连续" + months + "个月无活动记录（自 " +
                     since.ToString() + " 起），需街道（乡镇）核实是否保留备案",
                 "no recorded activity for " + months + " months since " + last_activity.ToString() +
                     ": the street office reviews the filing"};
}

std::optional<Date> ElectionOverdueSince(const OrgFacts& org, Date today) {
  if (org.status != OrgStatus::kActive || !org.term_end) return std::nullopt;
  Date end = org.postponed_until && *org.postponed_until > *org.term_end ? *org.postponed_until : *org.term_end;
  if (today <= end) return std::nullopt;
  return end.AddDays(1);
}

Finding ExplainElectionOverdue(const OrgFacts& org, Date since, Date today) {
  return Finding{"ELECTION-OVERDUE",
                 BasisText("ELECTION-OVERDUE"),
                 "逾期未换届",
                 {{"term_end", org.term_end ? org.term_end->ToString() : ""},
                  {"postponed_until", org.postponed_until ? org.postponed_until->ToString() : ""},
                  {"overdue_since", since.ToString()},
                  {"as_of", today.ToString()}},
                 Outcome::kFail,
                 "届期已满且无经批准的延期，自 " + since.ToString() + " 起逾期未换届",
                 "term ended without an approved postponement; overdue since " + since.ToString()};
}

ZombieAssessment AssessZombie(const OrgFacts& org, Date today, const RulesConfig& cfg) {
  ZombieAssessment a;
  if (org.status != OrgStatus::kActive || org.type == OrgType::kCommunity || !org.registered_on) return a;
  MissingRun run = ConsecutiveMissingReports(org, today, cfg);
  bool no_report = run.years >= cfg.zombie_no_report_years;
  if (no_report) {
    // The signal holds from the day the zombie_no_report_years-th consecutive deadline passed.
    Date since = DeadlinesFor(run.first_year + cfg.zombie_no_report_years - 1, org.type, cfg).authority.AddDays(1);
    a.signals.push_back({Signal::kNoReport, since, run.years});
  }
  for (const auto& l : org.listings)
    if ((l.cause == CreditCause::kUnreachable || l.cause == CreditCause::kUnreachableLetters) && l.ActiveOn(today)) {
      a.signals.push_back({Signal::kUnreachable, l.entered_on, 0});
      break;
    }
  // The last two filed reports both without activity or income.
  const ReportFact* filed[2] = {nullptr, nullptr};
  int found = 0;
  for (auto it = org.reports.rbegin(); it != org.reports.rend() && found < 2; ++it)
    if (it->filed_on && *it->filed_on <= today) filed[found++] = &*it;
  if (found == 2 && !filed[0]->had_activity && !filed[1]->had_activity)
    a.signals.push_back({Signal::kNoActivity, *filed[0]->filed_on, 0});
  if (auto since = ElectionOverdueSince(org, today)) a.signals.push_back({Signal::kElectionOverdue, *since, 0});

  if (no_report) {
    a.zombie = true;
    a.since = a.signals.front().since;
  } else if (static_cast<int>(a.signals.size()) >= cfg.zombie_min_signals) {
    a.zombie = true;
    // Held since the date the min_signals-th signal started.
    std::vector<Date> starts;
    for (const auto& s : a.signals) starts.push_back(s.since);
    std::sort(starts.begin(), starts.end());
    a.since = starts[cfg.zombie_min_signals - 1];
  }
  return a;
}

Finding ExplainZombie(const ZombieAssessment& a, Date today, const RulesConfig& cfg) {
  Finding f{"ZOMBIE", BasisText("ZOMBIE"), "僵尸型社会组织识别", {}, a.zombie ? Outcome::kFail : Outcome::kPass, "", ""};
  std::string zh;
  for (const auto& s : a.signals) {
    f.facts.push_back({std::string(ToString(s.signal)), s.since.ToString()});
    if (!zh.empty()) zh += "；";
    zh += std::string(LabelZh(s.signal)) + "（自 " + s.since.ToString() +
          (s.years ? "，连续" + std::to_string(s.years) + "年" : "") + "）";
  }
  f.facts.push_back({"as_of", today.ToString()});
  f.facts.push_back({"min_signals", std::to_string(cfg.zombie_min_signals)});
  f.facts.push_back({"no_report_years", std::to_string(cfg.zombie_no_report_years)});
  if (a.zombie) {
    f.explanation_zh = "认定为僵尸型社会组织：" + zh;
    f.explanation_en = "zombie: " + std::to_string(a.signals.size()) + " signal(s) since " + a.since->ToString();
  } else {
    f.explanation_zh = zh.empty() ? "未发现僵尸型信号" : "信号不足：" + zh;
    f.explanation_en = "not a zombie";
  }
  return f;
}

std::optional<Date> RevocationCandidateSince(const OrgFacts& org, Date today, const RulesConfig& cfg, int* years) {
  if (org.status != OrgStatus::kActive || org.type == OrgType::kCommunity) return std::nullopt;
  MissingRun run = ConsecutiveMissingReports(org, today, cfg);
  if (years) *years = run.years;
  if (run.years < cfg.revocation_years_without_inspection) return std::nullopt;
  return DeadlinesFor(run.first_year + cfg.revocation_years_without_inspection - 1, org.type, cfg).authority.AddDays(1);
}

Finding ExplainRevocationCandidate(int years, Date since, const RulesConfig& cfg) {
  return Finding{"REVOKE-NO-INSPECTION",
                 BasisText("REVOKE-NO-INSPECTION"),
                 "连续未参加年检（可依法撤销登记）",
                 {{"consecutive_years", std::to_string(years)},
                  {"threshold_years", std::to_string(cfg.revocation_years_without_inspection)},
                  {"since", since.ToString()}},
                 Outcome::kNeedsReview,
                 "连续" + std::to_string(years) + "年未参加年检，自 " + since.ToString() + " 起符合撤销登记情形，需登记管理机关审查决定",
                 std::to_string(years) + " consecutive years without annual inspection: revocation ground, officer decides"};
}

}  // namespace socorg::supervision
