// Credit lists, repair and score (DOMAIN §8; 社会组织信用信息管理办法, 民政部令第60号).
//
// The automatic listings are a pure function of the facts as of a date (a replay): the credit job
// computes them for every organization and writes the difference to the stored rows, so running it twice
// changes nothing the second time. Entries an officer made by hand, and exits an officer granted (repair,
// rectification verified on application, correction after an objection), are facts the replay respects.
//
// Entry (automatic):
//   anomaly ①  annual report not filed by the deadline       entered the day after the deadline
//   anomaly ③  rectification order not completed in time     entered the day after its deadline
//   anomaly ⑥  two registered letters not signed for, 20-60 days apart [config]   on the second letter's date
//   anomaly ⑤  a warning or a fine < ¥50,000 [config]         entered on the decision date; while such an
//              entry is active a further one restarts its clock instead of adding a second entry
//   serious ①  2 full years on the anomaly list [config]     moved on the anniversary of the entry
//   serious ③  ordered to suspend activity                   on the decision date
//   serious ④  a fine ≥ ¥50,000                              on the decision date
//   serious ⑤  ≥ 2 [config] warnings / small fines within 3 years [config]   on the decision of the last one
//   serious ⑦  registration revoked                          on the revocation date
// Exit (automatic):
//   anomaly ⑤  6 months [config] after the last listable event while listed (nothing to rectify)
//   anomaly ①③ when rectified: the missing report concluded by the authority / the order completed
//   anomaly ⑥  when a later registered letter is signed for
//   serious ⑦  on deregistration
// Exit on application (officer): rectification verified; serious list after 2 full years with no new
// listable event (CheckRepairEligibility); correction of an error on objection.
#pragma once

#include <span>
#include <vector>

#include "domain/finding.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {

inline constexpr int kCreditReportLookbackYears = 5;  // report years the replay considers, back from the last due

// One listing as the rules say it should be on the evaluation date.
struct DesiredListing {
  CreditCause cause = CreditCause::kOtherAnomaly;
  std::int64_t source_id = 0;     // with cause, the listing's stable key (see SourceKeyOf for escalations)
  std::int64_t stored_id = 0;     // set when this updates an officer-entered row (its escalation exit)
  Date entered_on;
  std::optional<Date> exited_on;
  ExitReason exit_reason = ExitReason::kNone;
  // facts for the explanation
  Date trigger_on;                // deadline passed / decision date / the origin entry
  std::int64_t amount = 0;        // penalty amount
  int count = 0;                  // penalties in the window (serious ⑤), report year (anomaly ①)
  Date clock_from;                // last listable event while listed (the restarted clock)
  CreditCause origin_cause = CreditCause::kOtherAnomaly;  // for escalations
};

// anomaly ⑥ from the recorded registered letters (CREDIT-ANOMALY-UNREACHABLE): two letters not signed for,
// sent unreachable_letter_min_days..max_days [config 20..60] apart with no signed letter between them, enter
// the organization on the second letter's date; a later letter signed for is the rectification (exit on its
// date). After an exit the next such pair enters it again. Letters sent after `today` are not considered.
struct UnreachableEntry {
  const LetterFact* first = nullptr;
  const LetterFact* second = nullptr;
  std::optional<Date> reached_on;  // the later signed letter
};
std::vector<UnreachableEntry> UnreachableFromLetters(const OrgFacts& org, Date today, const RulesConfig& cfg);

// Escalation key: the origin entry's cause in the high bits and its source id (or row id) below.
std::int64_t EscalationSourceId(CreditCause origin, std::int64_t origin_source);

// Appends to `out` every automatic listing (and escalation exits of manual ones) as of `today`. Entries
// dated after today are not produced; exits dated after today are left open.
void EvaluateCredit(const OrgFacts& org, Date today, const RulesConfig& cfg, std::vector<DesiredListing>& out);

// The rule id and Finding (facts, explanation) of a desired listing.
const char* RuleIdOf(CreditCause cause);
Finding ExplainListing(const DesiredListing& l, const RulesConfig& cfg);

enum class CreditStatus { kGood, kAnomaly, kSerious };
std::string_view ToString(CreditStatus s);
std::string_view LabelZh(CreditStatus s);
CreditStatus StatusOn(std::span<const ListingFact> listings, Date on);

// Dates of every listable event of the organization up to `today` (sorted): report deadlines missed,
// orders overdue, penalties (other than a bare order to correct), manual entries, revocation.
std::vector<Date> ListableEvents(const OrgFacts& org, Date today, const RulesConfig& cfg);

// §8 repair: a serious-list entry may leave on application after serious_exit_years full years with no new
// listable event since the later of its entry and the last such event. kPass when eligible on `today`.
Finding CheckRepairEligibility(const OrgFacts& org, const ListingFact& entry, Date today, const RulesConfig& cfg);

// Credit score 信用积分, 0-100, with every item that added or subtracted (docs/supervision.md):
//   100; −20 per active serious entry; −10 per active anomaly entry; −10 per report overdue and −5 per
//   report filed late among the last 3 due years; −5 per minor penalty and −15 per large fine or suspension
//   in the last 3 years; +5 when the last 3 due reports were all concluded 合格; +5 for a valid 3A, +10 for
//   a valid 4A or 5A. Clamped to [0, 100].
struct CreditScore {
  int score = 100;
  std::vector<std::pair<std::string, int>> items;  // (what, delta)
};
CreditScore ComputeCreditScore(const OrgFacts& org, Date today, const RulesConfig& cfg);

}  // namespace socorg::supervision
