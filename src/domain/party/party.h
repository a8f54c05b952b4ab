// Party building in social organizations (DOMAIN §13; issue #16): an organization's party data as filed on a
// date, the rules that read it (as Findings with rule id and basis), the coverage figures, and the party
// organization's participation in major decisions (议事决策). Pure: no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/finding.h"

namespace socorg::party {

// The party organization an organization belongs to (党组织形式).
enum class OrgKind : std::uint8_t {
  kNone,           // 未建立
  kBranch,         // 党支部
  kGeneralBranch,  // 党总支
  kCommittee,      // 党委
  kJoint,          // 联合党支部 (one record linking several organizations)
  kTemporary,      // 临时党支部 (formed on the council, Neijiang guide)
};
std::string_view ToString(OrgKind k);
std::string_view LabelZh(OrgKind k);
std::optional<OrgKind> ParseOrgKind(std::string_view s);
// Its own base organization (branch, general branch, committee): what ≥ 3 formal members require.
bool IsOwnOrganization(OrgKind k);

// A temporary branch's approval and term (临时党支部: Neijiang guide).
struct TemporaryBranch {
  int council_members = 0;          // formal members on the council whose membership is not transferred in
  std::string approved_by;          // the superior organization that may approve probationary members
  std::optional<Date> approved_on;
  std::optional<Date> term_ends;    // the council's term end: the branch ends with it
};

// One filing of an organization's party data, valid from `as_of` until the next filing.
struct PartyData {
  Date as_of;
  int formal_members = 0;        // 正式党员
  int probationary_members = 0;  // 预备党员
  int transferred_in = 0;        // members whose membership (组织关系) is transferred to the organization
  OrgKind kind = OrgKind::kNone;
  std::string org_name;                  // the party organization's name (own or temporary branch)
  std::optional<Date> established_on;    // own or temporary branch
  std::int64_t joint_branch_id = 0;      // kJoint: the joint branch record
  TemporaryBranch temporary;             // kTemporary only
  bool instructor = false;               // 党建指导员 assigned
  bool liaison = false;                  // 党建联络员 assigned
  bool charter_clause = false;           // 党建入章
  std::optional<Date> charter_clause_on;
  std::int64_t secretary_person_id = 0;  // the secretary, a person on the register (0 = none named)
};

// Input checks (400/422 with the field): counts not negative, transferred ≤ members, a joint branch named, a
// temporary branch's approval, eligibility and term, dates not after `today` (the council's term end may be).
Status Validate(const PartyData& d, Date today);

// Coverage as DOMAIN §13 defines it: a party organization of any kind (组织覆盖), or that or party work
// through an instructor or liaison (工作覆盖).
bool HasPartyOrganization(const PartyData& d, Date on);
bool HasPartyWork(const PartyData& d, Date on);
// ≥ 3 formal members without an own organization (PARTY-BRANCH-REQUIRED fails).
bool NeedsBranch(const PartyData& d);
inline constexpr int kBranchMinFormalMembers = 3;  // 《中国共产党章程》第三十条: 正式党员三人以上

// Every party rule on the data as of `on`: PARTY-BRANCH-REQUIRED, PARTY-SMALL-COVERED, PARTY-TEMP-ELIGIBLE,
// PARTY-TEMP-TERM, PARTY-CHARTER-CLAUSE (each only where it applies).
std::vector<Finding> Evaluate(const PartyData& d, Date on);

// 组织覆盖率 / 工作覆盖率 as fractions rounded to 4 places; 0 when there are no organizations.
double CoverageFraction(std::int64_t covered, std::int64_t all);

// --- participation in major decisions (议事决策, Fushun guide) ---
enum class MatterKind : std::uint8_t {
  kDirection,       // 重大方向
  kAppointment,     // 重要人事
  kEconomic,        // 重大经济活动
  kRules,           // 重要制度
  kSocialActivity,  // 重大社会活动和意识形态
  kOther,           // 其他
};
std::string_view ToString(MatterKind k);
std::string_view LabelZh(MatterKind k);
std::optional<MatterKind> ParseMatterKind(std::string_view s);

enum class Participation : std::uint8_t {
  kPriorStudy,     // 会前研究
  kAttending,      // 列席决策会议
  kSignedOpinion,  // 征求意见并签署
};
std::string_view ToString(Participation p);
std::string_view LabelZh(Participation p);
std::optional<Participation> ParseParticipation(std::string_view s);

struct Decision {
  std::int64_t id = 0, org_id = 0;
  MatterKind kind = MatterKind::kOther;
  Participation way = Participation::kPriorStudy;
  std::string matter, opinion;
  Date decided_on;
  bool agrees = true;                   // the party organization's opinion agrees with the decision
  std::optional<Date> report_due;       // a disagreement: reported to the superior party organization by then
  std::optional<Date> reported_on;
  std::string reported_to;
  std::optional<Date> executed_on;      // execution done
  std::string deviation;                // a deviation found in execution ("" = none)
  std::optional<Date> deviation_on, corrected_on;
  std::string correction;
};
// pending_report (a disagreement not yet reported) → awaiting_execution → done; a recorded deviation not yet
// corrected is `deviation` until corrected.
std::string_view DecisionStatus(const Decision& d);
// PARTY-DECISION-REPORT (a disagreement reported by its due date) and PARTY-DECISION-DEVIATION (a deviation
// corrected) as of `on`.
std::vector<Finding> EvaluateDecision(const Decision& d, Date on);

}  // namespace socorg::party
