// Joint review of responsible persons 负责人联审 (DOMAIN §5). Each check is a Finding with its basis.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/finding.h"
#include "domain/org_types.h"
#include "domain/person.h"
#include "domain/rules_config.h"

namespace socorg {

// A position the same person (same ID number) holds in another organization.
struct OtherPosition {
  std::string org_name;
  OrgType org_type;
  PersonRole role;
  bool org_active = true;
};

struct LeaderCandidate {
  std::string name;
  std::string id_number;
  std::vector<PersonRole> roles;       // roles taken in this organization
  Date term_start;
  int previous_consecutive_terms = 0;  // consecutive terms already served in the same role: from the register
                                       // (PreviousConsecutiveTerms below), never from a declaration
  std::optional<bool> civil_servant;   // nullopt = not declared
  std::optional<bool> civil_servant_approved;
  // Declared facts with their dates (never public, DOMAIN §21); nullopt = not declared (needs review).
  // criminal_record: sentenced to a criminal penalty (charities: for an intentional crime); sentence_completed_on:
  // the day the sentence was fully served (刑罚执行完毕之日); political_rights_deprived: ever sentenced to
  // deprivation of political rights, until when (a fact shown); party_member: party workers, a formal member.
  std::optional<bool> criminal_record = std::nullopt;
  std::optional<Date> sentence_completed_on = std::nullopt;
  std::optional<bool> political_rights_deprived = std::nullopt;
  std::optional<Date> political_rights_deprived_until = std::nullopt;
  std::optional<bool> party_member = std::nullopt;
};

// The organization the candidate joins, for the checks that depend on it beyond its type.
struct LeaderReviewContext {
  OrgType org_type = OrgType::kSocialGroup;
  bool charity = false;                // a recognised charity (慈善法第十六条)
  std::vector<PersonRole> held_here;   // active roles the same ID number already holds in this organization
};

// The 5-year bar (慈善法第十六条第（二）项, 基金会管理条例第二十三条第二款): "未逾五年" from the day the sentence was
// completed. The period starts the next day and ends on the same calendar day five years later (民法典第二百零一、
// 二百零二条), which is still within it: the bar holds on completed + 5 years and is lifted the day after.
// True when `on` is within the bar.
bool WithinSentenceBar(Date completed_on, Date on);

std::vector<Finding> ReviewLeader(const LeaderCandidate& c, OrgType org_type,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg);
// The same review with what is known of the organization: adds the charity's criminal-record bar and the checks
// against the roles already held here (a supervisor is not also a director or the finance manager).
std::vector<Finding> ReviewLeader(const LeaderCandidate& c, const LeaderReviewContext& org,
                                  const std::vector<OtherPosition>& elsewhere, Date today,
                                  const RulesConfig& cfg);

// LEADER-TERMS from the register, not from a declaration (DOMAIN §5 "≤ 2 consecutive terms"): the number of the
// organization's terms immediately before the one starting or running on `term_start` in which the person held
// the role. `org_term_starts` are the organization's term start dates on record (any order; the current one
// included), `current_term_end` the current term's end, `held_starts` the term_start of each record of the
// person in that role. The term taken is a new one when `term_start` is on or after `current_term_end`
// or, for an election (`TermOccasion::kElection`), after every term start on record (the election is not filed
// yet); otherwise the term that contains it. 0 when `term_start` is before every term on record.
enum class TermOccasion { kElection, kChange };
int PreviousConsecutiveTerms(std::vector<Date> org_term_starts, std::optional<Date> current_term_end,
                             const std::vector<Date>& held_starts, Date term_start, TermOccasion occasion);

}  // namespace socorg
