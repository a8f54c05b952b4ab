// Zombie and low-activity organizations 僵尸型社会组织 (DOMAIN §11) and overdue term elections (§4).
// Signals, each with the date since when it holds:
//   ZOMBIE-NO-REPORT     no annual report for ≥ 2 [config] consecutive due years
//   ZOMBIE-UNREACHABLE   on the anomaly list as unreachable at the registered address (entered by hand, or
//                        from two registered letters not signed for)
//   ZOMBIE-NO-ACTIVITY   the last two filed reports show no activity and no income
//   ZOMBIE-ELECTION      term election overdue (逾期未换届)
// An organization is a zombie when the no-report signal holds, or when ≥ 2 [config] signals hold together.
// Certificates carry no expiry date in the register, so "certificate expired" is not a signal here.
// Filed community organizations are not zombies (no annual reports, no registration): LOW-ACTIVITY-COMMUNITY
// marks those with no recorded activity for community_low_activity_months [config].
#pragma once

#include <optional>
#include <vector>

#include "domain/finding.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {


enum class Signal : std::uint8_t { kNoReport, kUnreachable, kNoActivity, kElectionOverdue };
std::string_view ToString(Signal s);
std::string_view LabelZh(Signal s);

struct SignalHit {
  Signal signal;
  Date since;
  int years = 0;  // kNoReport: consecutive years missing
};

struct ZombieAssessment {
  bool zombie = false;
  std::vector<SignalHit> signals;
  std::optional<Date> since;  // when the organization became a zombie: the date the rule first held
};
// Active, registered organizations only (community filings and ended organizations are not assessed).
ZombieAssessment AssessZombie(const OrgFacts& org, Date today, const RulesConfig& cfg);
Finding ExplainZombie(const ZombieAssessment& a, Date today, const RulesConfig& cfg);

// LOW-ACTIVITY-COMMUNITY: an active filed community organization whose latest activity on record — the filing,
// the latest life-cycle event (change, persons, election), an annual report filed with activity — lies
// community_low_activity_months or more before `today`: held from the day that many months after it
// (no activity for exactly that long is low activity; the day before is not).
std::optional<Date> LowActivitySince(const OrgFacts& org, Date today, const RulesConfig& cfg, Date* last_activity = nullptr);
Finding ExplainLowActivity(Date last_activity, Date since, Date today, const RulesConfig& cfg);

// ELECTION-OVERDUE: the day after the term end (or the approved postponement) when past it.
std::optional<Date> ElectionOverdueSince(const OrgFacts& org, Date today);
Finding ExplainElectionOverdue(const OrgFacts& org, Date since, Date today);

// REVOKE-NO-INSPECTION (needs review): ≥ revocation_years_without_inspection consecutive years without
// taking part in the annual inspection — a ground for revocation the officer decides on.
std::optional<Date> RevocationCandidateSince(const OrgFacts& org, Date today, const RulesConfig& cfg, int* years);
Finding ExplainRevocationCandidate(int years, Date since, const RulesConfig& cfg);

}  // namespace socorg::supervision
