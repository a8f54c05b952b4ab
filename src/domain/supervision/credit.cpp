#include "domain/supervision/credit.h"

#include <algorithm>

#include "domain/supervision/annual_report.h"
#include "domain/supervision/penalty.h"

namespace socorg::supervision {
namespace {

const ListingFact* Stored(const OrgFacts& org, CreditCause cause, std::int64_t source) {
  for (const auto& s : org.listings)
    if (s.cause == cause && s.source_id == source) return &s;
  return nullptr;
}

// An exit an officer granted is a fact the replay keeps; a rule exit is recomputed.
void ApplyOfficerExit(const OrgFacts& org, DesiredListing& d) {
  const ListingFact* s = Stored(org, d.cause, d.source_id);
  if (s && s->exited_on && IsOfficerExit(s->exit_reason)) {
    d.exited_on = s->exited_on;
    d.exit_reason = s->exit_reason;
  }
}

void SetRuleExit(DesiredListing& d, Date on, ExitReason why, Date today) {
  if (on <= today) {
    d.exited_on = std::max(on, d.entered_on);
    d.exit_reason = why;
  }
}

bool OpenOn(const DesiredListing& d, Date on) { return d.entered_on <= on && (!d.exited_on || *d.exited_on > on); }

// Escalation of an anomaly entry still open after anomaly_escalation_years full years.
void MaybeEscalate(const OrgFacts& org, DesiredListing& anomaly, std::int64_t origin_key, Date today,
                   const RulesConfig& cfg, std::vector<DesiredListing>& out) {
  // An entry corrected after an objection was an error: it never counted, so it never escalates (#13).
  if (anomaly.exit_reason == ExitReason::kCorrected) return;
  Date at = anomaly.entered_on.AddYears(cfg.anomaly_escalation_years);
  if (at > today || (anomaly.exited_on && *anomaly.exited_on <= at)) return;
  anomaly.exited_on = at;
  anomaly.exit_reason = ExitReason::kMovedToSerious;
  DesiredListing s;
  s.cause = CreditCause::kAnomalyTwoYears;
  s.source_id = EscalationSourceId(anomaly.cause, origin_key);
  s.entered_on = at;
  s.trigger_on = anomaly.entered_on;
  s.clock_from = at;
  s.origin_cause = anomaly.cause;
  ApplyOfficerExit(org, s);
  out.push_back(s);
}

}  // namespace

std::int64_t EscalationSourceId(CreditCause origin, std::int64_t origin_source) {
  return (static_cast<std::int64_t>(origin) << 48) | (origin_source & ((std::int64_t{1} << 48) - 1));
}

std::vector<UnreachableEntry> UnreachableFromLetters(const OrgFacts& org, Date today, const RulesConfig& cfg) {
  std::vector<UnreachableEntry> out;
  std::vector<const LetterFact*> unsigned_since;  // letters not signed for since the last signed one
  bool open = false;
  for (const LetterFact& l : org.letters) {
    if (l.sent_on > today) break;
    if (l.signed_for) {
      if (open) out.back().reached_on = l.sent_on, open = false;
      unsigned_since.clear();
      continue;
    }
    if (open) continue;
    for (const LetterFact* p : unsigned_since) {
      int gap = p->sent_on.DaysUntil(l.sent_on);
      if (gap >= cfg.unreachable_letter_min_days && gap <= cfg.unreachable_letter_max_days) {
        out.push_back({p, &l, std::nullopt});
        open = true;
        break;
      }
    }
    if (open) unsigned_since.clear();
    else unsigned_since.push_back(&l);
  }
  return out;
}

// anomaly ② from the party filings: each run of filings in force that need a branch (the last filing of a day
// counts), from the first one's as_of until the as_of of the next filing that does not.
struct PartyRun {
  const PartyFact* from = nullptr;
  const PartyFact* until = nullptr;  // null: still missing
};
std::vector<PartyRun> PartyRuns(const OrgFacts& org, Date today) {
  std::vector<PartyRun> runs;
  for (size_t i = 0; i < org.party.size(); ++i) {
    const PartyFact& f = org.party[i];
    if (f.as_of > today) break;
    if (i + 1 < org.party.size() && org.party[i + 1].as_of == f.as_of) continue;  // a later filing that day
    bool open = !runs.empty() && !runs.back().until;
    if (f.needs_branch && !open) runs.push_back({&f, nullptr});
    if (!f.needs_branch && open) runs.back().until = &f;
  }
  return runs;
}

std::vector<Date> ListableEvents(const OrgFacts& org, Date today, const RulesConfig& cfg) {
  std::vector<Date> ev;
  for (const auto& r : PartyRuns(org, today)) ev.push_back(r.from->as_of);
  for (const auto& u : UnreachableFromLetters(org, today, cfg)) ev.push_back(u.second->sent_on);
  int last = LastDueYear(today, org.type, cfg);
  for (int y = last - kCreditReportLookbackYears + 1; y <= last; ++y) {
    ReportState s = EvaluateReport(org, y, today, cfg);
    if (s == ReportState::kOverdue || s == ReportState::kFiledLate)
      ev.push_back(DeadlinesFor(y, org.type, cfg).authority.AddDays(1));
  }
  for (const auto& r : org.rectifications)
    if ((!r.completed_on || *r.completed_on > r.deadline) && r.deadline < today) ev.push_back(r.deadline.AddDays(1));
  for (const auto& p : org.penalties)
    if (IsListablePenalty(p) && p.decided_on <= today) ev.push_back(p.decided_on);
  for (const auto& l : org.listings)
    if (IsManualCause(l.cause) && l.entered_on <= today && l.exit_reason != ExitReason::kCorrected)
      ev.push_back(l.entered_on);  // a manual entry corrected after an objection was no event
  if (org.status == OrgStatus::kRevoked && org.ended_on && *org.ended_on <= today) ev.push_back(*org.ended_on);
  std::sort(ev.begin(), ev.end());
  return ev;
}

void EvaluateCredit(const OrgFacts& org, Date today, const RulesConfig& cfg, std::vector<DesiredListing>& out) {
  const size_t first = out.size();
  std::vector<Date> events = ListableEvents(org, today, cfg);

  // anomaly ①: annual report not filed by the deadline; rectified when the late report is concluded.
  int last = LastDueYear(today, org.type, cfg);
  for (int y = last - kCreditReportLookbackYears + 1; y <= last; ++y) {
    ReportState s = EvaluateReport(org, y, today, cfg);
    if (s != ReportState::kOverdue && s != ReportState::kFiledLate) continue;
    DesiredListing d;
    d.cause = CreditCause::kAnnualReport;
    d.source_id = y;
    d.trigger_on = DeadlinesFor(y, org.type, cfg).authority;
    d.entered_on = d.clock_from = d.trigger_on.AddDays(1);
    d.count = y;
    const ReportFact* r = org.ReportFor(y);
    if (r && r->filed_on && r->concluded_on && r->conclusion != ReportConclusion::kNone)
      SetRuleExit(d, std::max(*r->concluded_on, *r->filed_on), ExitReason::kRectified, today);
    ApplyOfficerExit(org, d);
    out.push_back(d);
  }
  // anomaly ③: rectification order not completed by its deadline.
  for (const auto& r : org.rectifications) {
    if ((r.completed_on && *r.completed_on <= r.deadline) || r.deadline >= today) continue;
    DesiredListing d;
    d.cause = CreditCause::kRectificationOverdue;
    d.source_id = r.id;
    d.trigger_on = r.deadline;
    d.entered_on = d.clock_from = r.deadline.AddDays(1);
    if (r.completed_on) SetRuleExit(d, *r.completed_on, ExitReason::kRectified, today);
    ApplyOfficerExit(org, d);
    out.push_back(d);
  }
  // anomaly ②: ≥ 3 formal members without an own party organization, from the confirmed party filings;
  // rectified by the filing that shows one (or fewer members).
  for (const auto& r : PartyRuns(org, today)) {
    DesiredListing d;
    d.cause = CreditCause::kPartyBranchMissing;
    d.source_id = r.from->id;
    d.trigger_on = d.entered_on = d.clock_from = r.from->as_of;
    if (r.until) SetRuleExit(d, r.until->as_of, ExitReason::kRectified, today);
    ApplyOfficerExit(org, d);
    out.push_back(d);
  }
  // anomaly ⑥: two registered letters not signed for, 20-60 days apart [config].
  for (const auto& u : UnreachableFromLetters(org, today, cfg)) {
    DesiredListing d;
    d.cause = CreditCause::kUnreachableLetters;
    d.source_id = u.second->id;
    d.trigger_on = u.first->sent_on;
    d.entered_on = d.clock_from = u.second->sent_on;
    d.count = u.first->sent_on.DaysUntil(u.second->sent_on);
    d.amount = u.first->id;
    if (u.reached_on) SetRuleExit(d, *u.reached_on, ExitReason::kRectified, today);
    ApplyOfficerExit(org, d);
    out.push_back(d);
  }
  // anomaly ⑤ and serious ③④⑤⑦ from penalties, in decision order.
  std::optional<size_t> open_minor, open_repeated;
  const int months = cfg.anomaly_auto_exit_months;
  for (size_t i = 0; i < org.penalties.size(); ++i) {
    const PenaltyFact& p = org.penalties[i];
    if (p.decided_on > today) break;
    if (IsMinorPenalty(p, cfg)) {
      if (!open_minor || !OpenOn(out[*open_minor], p.decided_on)) {
        DesiredListing d;
        d.cause = CreditCause::kMinorPenalty;
        d.source_id = p.id;
        d.entered_on = d.trigger_on = p.decided_on;
        d.amount = p.amount;
        // Nothing to rectify: leaves automatically `months` after the last listable event while listed.
        Date clock = d.entered_on;
        for (Date e : events) {
          if (e <= clock) continue;
          if (e < clock.AddMonths(months)) clock = e;
          else break;
        }
        d.clock_from = clock;
        SetRuleExit(d, clock.AddMonths(months), ExitReason::kAutoAfterPeriod, today);
        ApplyOfficerExit(org, d);
        open_minor = out.size();
        out.push_back(d);
      }
      // serious ⑤: the count of minor penalties within the window ending at this decision.
      Date window_start = p.decided_on.AddYears(-cfg.serious_minor_penalty_window_years);
      int count = 0;
      for (size_t j = 0; j <= i; ++j)
        if (IsMinorPenalty(org.penalties[j], cfg) && org.penalties[j].decided_on > window_start) ++count;
      if (count >= cfg.serious_minor_penalty_count &&
          (!open_repeated || !OpenOn(out[*open_repeated], p.decided_on))) {
        DesiredListing d;
        d.cause = CreditCause::kRepeatedPenalties;
        d.source_id = p.id;
        d.entered_on = d.trigger_on = d.clock_from = p.decided_on;
        d.count = count;
        ApplyOfficerExit(org, d);
        open_repeated = out.size();
        out.push_back(d);
      }
    } else if (IsLargeFine(p, cfg) || p.kind == PenaltyKind::kSuspension || p.kind == PenaltyKind::kRevocation) {
      DesiredListing d;
      d.cause = IsLargeFine(p, cfg)                   ? CreditCause::kLargeFine
                : p.kind == PenaltyKind::kSuspension ? CreditCause::kSuspension
                                                     : CreditCause::kRevoked;
      d.source_id = p.id;
      d.entered_on = d.trigger_on = d.clock_from = p.decided_on;
      d.amount = p.amount;
      if (d.cause == CreditCause::kRevoked && org.status == OrgStatus::kDeregistered && org.ended_on)
        SetRuleExit(d, *org.ended_on, ExitReason::kDeregistered, today);
      ApplyOfficerExit(org, d);
      out.push_back(d);
    }
  }
  // serious ⑦ when the register shows a revocation without a recorded penalty decision.
  bool revocation_penalty = std::any_of(org.penalties.begin(), org.penalties.end(), [&](const PenaltyFact& p) {
    return p.kind == PenaltyKind::kRevocation && p.decided_on <= today;
  });
  if (org.status == OrgStatus::kRevoked && org.ended_on && *org.ended_on <= today && !revocation_penalty) {
    DesiredListing d;
    d.cause = CreditCause::kRevoked;
    d.source_id = 0;
    d.entered_on = d.trigger_on = d.clock_from = *org.ended_on;
    ApplyOfficerExit(org, d);
    out.push_back(d);
  }

  // serious ①: escalation of anomaly entries open for 2 full years — automatic ones from this replay and
  // manual ones from the stored rows.
  const size_t produced = out.size();
  for (size_t i = first; i < produced; ++i)
    if (ListOf(out[i].cause) == CreditList::kAnomaly) {
      DesiredListing copy = out[i];
      MaybeEscalate(org, copy, copy.source_id, today, cfg, out);
      out[i] = copy;
    }
  for (const auto& s : org.listings) {
    if (!IsManualCause(s.cause) || s.list() != CreditList::kAnomaly) continue;
    DesiredListing d;
    d.cause = s.cause;
    d.source_id = s.source_id;
    d.stored_id = s.id;
    d.entered_on = d.trigger_on = d.clock_from = s.entered_on;
    if (s.exited_on && s.exit_reason != ExitReason::kMovedToSerious) {
      d.exited_on = s.exited_on;
      d.exit_reason = s.exit_reason;
    }
    MaybeEscalate(org, d, s.id, today, cfg, out);
    if (d.exit_reason == ExitReason::kMovedToSerious) out.push_back(d);
  }
}

const char* RuleIdOf(CreditCause cause) {
  switch (cause) {
    case CreditCause::kAnnualReport: return "CREDIT-ANOMALY-REPORT";
    case CreditCause::kRectificationOverdue: return "CREDIT-ANOMALY-RECTIFICATION";
    case CreditCause::kMinorPenalty: return "CREDIT-ANOMALY-PENALTY";
    case CreditCause::kUnreachableLetters: return "CREDIT-ANOMALY-UNREACHABLE";
    case CreditCause::kPartyBranchMissing: return "CREDIT-ANOMALY-PARTY";
    case CreditCause::kAnomalyTwoYears: return "CREDIT-SERIOUS-ESCALATION";
    case CreditCause::kSuspension: return "CREDIT-SERIOUS-SUSPENSION";
    case CreditCause::kLargeFine: return "CREDIT-SERIOUS-LARGE-FINE";
    case CreditCause::kRepeatedPenalties: return "CREDIT-SERIOUS-REPEATED-PENALTIES";
    case CreditCause::kRevoked: return "CREDIT-SERIOUS-REVOKED";
    default: return ListOf(cause) == CreditList::kAnomaly ? "CREDIT-ANOMALY-MANUAL" : "CREDIT-SERIOUS-MANUAL";
  }
}

Finding ExplainListing(const DesiredListing& l, const RulesConfig& cfg) {
  Finding f;
  f.rule_id = RuleIdOf(l.cause);
  f.basis = BasisText(f.rule_id);
  f.title_zh = std::string(LabelZh(ListOf(l.cause))) + "：" + std::string(LabelZh(l.cause));
  f.outcome = l.exited_on ? Outcome::kPass : Outcome::kFail;
  f.facts = {{"list", std::string(ToString(ListOf(l.cause)))},
             {"cause", std::string(ToString(l.cause))},
             {"entered_on", l.entered_on.ToString()}};
  std::string zh, en;
  switch (l.cause) {
    case CreditCause::kAnnualReport:
      f.facts.push_back({"report_year", std::to_string(l.count)});
      f.facts.push_back({"deadline", l.trigger_on.ToString()});
      zh = std::to_string(l.count) + "年度工作报告截止 " + l.trigger_on.ToString() + " 未报送，次日列入活动异常名录";
      en = "the " + std::to_string(l.count) + " annual report was not filed by " + l.trigger_on.ToString();
      break;
    case CreditCause::kRectificationOverdue:
      f.facts.push_back({"order_id", std::to_string(l.source_id)});
      f.facts.push_back({"deadline", l.trigger_on.ToString()});
      zh = "整改期限 " + l.trigger_on.ToString() + " 届满未完成整改";
      en = "rectification order not completed by " + l.trigger_on.ToString();
      break;
    case CreditCause::kMinorPenalty:
      f.facts.push_back({"penalty_id", std::to_string(l.source_id)});
      f.facts.push_back({"amount", std::to_string(l.amount)});
      f.facts.push_back({"threshold", std::to_string(cfg.serious_fine_yuan)});
      f.facts.push_back({"clock_from", l.clock_from.ToString()});
      f.facts.push_back({"auto_exit_on", l.clock_from.AddMonths(cfg.anomaly_auto_exit_months).ToString()});
      zh = "受到警告或不满" + std::to_string(cfg.serious_fine_yuan) + "元罚款（" + std::to_string(l.amount) +
           "元）；无需整改，自最近一次失信事件（" + l.clock_from.ToString() + "）起满" +
           std::to_string(cfg.anomaly_auto_exit_months) + "个月自动移出";
      en = "warning or fine below the threshold; leaves automatically " +
           std::to_string(cfg.anomaly_auto_exit_months) + " months after the last listable event";
      break;
    case CreditCause::kAnomalyTwoYears:
      f.facts.push_back({"anomaly_entered_on", l.trigger_on.ToString()});
      f.facts.push_back({"anomaly_cause", std::string(ToString(l.origin_cause))});
      f.facts.push_back({"years", std::to_string(cfg.anomaly_escalation_years)});
      zh = "自 " + l.trigger_on.ToString() + " 列入活动异常名录（" + std::string(LabelZh(l.origin_cause)) + "）满" +
           std::to_string(cfg.anomaly_escalation_years) + "年，转入严重违法失信名单";
      en = "on the anomaly list since " + l.trigger_on.ToString() + " for " +
           std::to_string(cfg.anomaly_escalation_years) + " full years";
      break;
    case CreditCause::kLargeFine:
      f.facts.push_back({"penalty_id", std::to_string(l.source_id)});
      f.facts.push_back({"amount", std::to_string(l.amount)});
      f.facts.push_back({"threshold", std::to_string(cfg.serious_fine_yuan)});
      zh = "受到" + std::to_string(l.amount) + "元罚款，达到" + std::to_string(cfg.serious_fine_yuan) + "元以上";
      en = "fined " + std::to_string(l.amount) + " yuan, at or above " + std::to_string(cfg.serious_fine_yuan);
      break;
    case CreditCause::kSuspension:
      f.facts.push_back({"penalty_id", std::to_string(l.source_id)});
      zh = "受到限期停止活动行政处罚";
      en = "ordered to suspend activity";
      break;
    case CreditCause::kRepeatedPenalties:
      f.facts.push_back({"penalty_id", std::to_string(l.source_id)});
      f.facts.push_back({"count_in_window", std::to_string(l.count)});
      f.facts.push_back({"window_years", std::to_string(cfg.serious_minor_penalty_window_years)});
      zh = std::to_string(cfg.serious_minor_penalty_window_years) + "年内第" + std::to_string(l.count) +
           "次受到警告或不满" + std::to_string(cfg.serious_fine_yuan) + "元罚款处罚";
      en = std::to_string(l.count) + " warnings or small fines within " +
           std::to_string(cfg.serious_minor_penalty_window_years) + " years";
      break;
    case CreditCause::kPartyBranchMissing:
      f.facts.push_back({"party_filing_id", std::to_string(l.source_id)});
      f.facts.push_back({"party_as_of", l.trigger_on.ToString()});
      zh = "党建数据（" + l.trigger_on.ToString() + "）显示正式党员3人以上但未建立党组织，列入活动异常名录";
      en = "the party data of " + l.trigger_on.ToString() +
           " shows 3 or more formal members without a party organization";
      break;
    case CreditCause::kUnreachableLetters:
      f.facts.push_back({"first_letter_id", std::to_string(l.amount)});
      f.facts.push_back({"first_letter_on", l.trigger_on.ToString()});
      f.facts.push_back({"second_letter_id", std::to_string(l.source_id)});
      f.facts.push_back({"second_letter_on", l.entered_on.ToString()});
      f.facts.push_back({"days_apart", std::to_string(l.count)});
      f.facts.push_back({"window_days", std::to_string(cfg.unreachable_letter_min_days) + "-" +
                                            std::to_string(cfg.unreachable_letter_max_days)});
      zh = "向登记住所寄送的挂号信（" + l.trigger_on.ToString() + "、" + l.entered_on.ToString() + "，相隔" +
           std::to_string(l.count) + "天）均无人签收，通过登记的住所无法取得联系";
      en = "two registered letters (" + l.trigger_on.ToString() + ", " + l.entered_on.ToString() + ", " +
           std::to_string(l.count) + " days apart) were not signed for at the registered address";
      break;
    case CreditCause::kRevoked:
      zh = "被撤销登记";
      en = "registration revoked";
      break;
    default:
      zh = "登记管理机关依法列入：" + std::string(LabelZh(l.cause));
      en = "entered by the registration authority";
  }
  if (l.exited_on) {
    f.facts.push_back({"exited_on", l.exited_on->ToString()});
    f.facts.push_back({"exit_reason", std::string(ToString(l.exit_reason))});
    zh += "；" + l.exited_on->ToString() + " 移出（" + std::string(LabelZh(l.exit_reason)) + "）";
    en += "; left on " + l.exited_on->ToString() + " (" + std::string(ToString(l.exit_reason)) + ")";
  }
  f.explanation_zh = zh;
  f.explanation_en = en;
  return f;
}

std::string_view ToString(CreditStatus s) {
  switch (s) {
    case CreditStatus::kGood: return "good";
    case CreditStatus::kAnomaly: return "anomaly";
    case CreditStatus::kSerious: return "serious";
  }
  return "";
}
std::string_view LabelZh(CreditStatus s) {
  switch (s) {
    case CreditStatus::kGood: return "信用良好";
    case CreditStatus::kAnomaly: return "列入活动异常名录";
    case CreditStatus::kSerious: return "列入严重违法失信名单";
  }
  return "";
}

CreditStatus StatusOn(std::span<const ListingFact> listings, Date on) {
  CreditStatus s = CreditStatus::kGood;
  for (const auto& l : listings) {
    if (!l.ActiveOn(on)) continue;
    if (l.list() == CreditList::kSerious) return CreditStatus::kSerious;
    s = CreditStatus::kAnomaly;
  }
  return s;
}

Finding CheckRepairEligibility(const OrgFacts& org, const ListingFact& entry, Date today, const RulesConfig& cfg) {
  Finding f{"CREDIT-SERIOUS-REPAIR", BasisText("CREDIT-SERIOUS-REPAIR"), "严重违法失信名单信用修复条件", {}, Outcome::kFail, "", ""};
  f.facts = {{"entered_on", entry.entered_on.ToString()}, {"as_of", today.ToString()},
             {"years_required", std::to_string(cfg.serious_exit_years)}};
  if (entry.list() != CreditList::kSerious || !entry.ActiveOn(today)) {
    f.explanation_zh = "该条目不是有效的严重违法失信名单条目";
    f.explanation_en = "not an active serious-list entry";
    return f;
  }
  Date clock = entry.entered_on;
  for (Date e : ListableEvents(org, today, cfg))
    if (e > clock) clock = e;
  Date eligible = clock.AddYears(cfg.serious_exit_years);
  f.facts.push_back({"last_listable_event", clock.ToString()});
  f.facts.push_back({"eligible_on", eligible.ToString()});
  if (today >= eligible) {
    f.outcome = Outcome::kPass;
    f.explanation_zh = "自 " + clock.ToString() + " 起满" + std::to_string(cfg.serious_exit_years) +
                       "年未再发生失信行为，可申请移出";
    f.explanation_en = "no new listable event for the required period";
  } else {
    f.explanation_zh = "须自最近一次失信事件（" + clock.ToString() + "）起满" + std::to_string(cfg.serious_exit_years) +
                       "年，即 " + eligible.ToString() + " 起方可申请";
    f.explanation_en = "eligible from " + eligible.ToString();
  }
  return f;
}

CreditScore ComputeCreditScore(const OrgFacts& org, Date today, const RulesConfig& cfg) {
  CreditScore s;
  auto add = [&](std::string what, int delta) {
    s.items.push_back({std::move(what), delta});
    s.score += delta;
  };
  for (const auto& l : org.listings)
    if (l.ActiveOn(today))
      add(std::string(l.list() == CreditList::kSerious ? "严重违法失信名单：" : "活动异常名录：") +
              std::string(LabelZh(l.cause)),
          l.list() == CreditList::kSerious ? -20 : -10);
  int last = LastDueYear(today, org.type, cfg), qualified = 0, due = 0;
  for (int y = last; y > last - 3; --y) {
    ReportState st = EvaluateReport(org, y, today, cfg);
    if (st == ReportState::kOverdue) add(std::to_string(y) + "年度报告逾期未报", -10);
    if (st == ReportState::kFiledLate) add(std::to_string(y) + "年度报告逾期报送", -5);
    if (st == ReportState::kNotRequired || st == ReportState::kExempt) continue;
    ++due;
    if (const ReportFact* r = org.ReportFor(y); r && r->conclusion == ReportConclusion::kQualified) ++qualified;
  }
  if (due > 0 && qualified == due) add("近年年检均为合格", 5);
  Date since = today.AddYears(-3);
  for (const auto& p : org.penalties) {
    if (p.decided_on <= since || p.decided_on > today) continue;
    if (IsMinorPenalty(p, cfg)) add(std::string("行政处罚：") + std::string(LabelZh(p.kind)), -5);
    else if (IsLargeFine(p, cfg) || p.kind == PenaltyKind::kSuspension)
      add(std::string("行政处罚：") + std::string(LabelZh(p.kind)), -15);
  }
  if (org.rating && !org.rating->cancelled && org.rating->valid_until >= today && org.rating->grade >= 3)
    add("评估等级 " + std::to_string(org.rating->grade) + "A", org.rating->grade >= 4 ? 10 : 5);
  s.score = std::clamp(s.score, 0, 100);
  return s;
}

}  // namespace socorg::supervision
