// The register's life-cycle state machine (DOMAIN §4): which action may move an organization from which
// status to which, and the deadlines around it. Pure; the use cases in app/ call these guards.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/org_types.h"
#include "domain/rules_config.h"

namespace socorg {

enum class Action {
  kStartPreparation,     // 筹备 (social groups)
  kApply,                // 成立登记申请
  kConsent,              // 业务主管单位同意
  kAccept,               // 受理: document checklist, possibly 容缺受理
  kSupplyDocuments,      // 补齐容缺材料
  kApprove,              // 准予登记: issues USCC + certificate
  kRefuse,               // 不予登记, with reasons
  kChange,               // 变更登记
  kFileElection,         // 换届备案
  kApprovePostponement,  // 延期换届
  kDeregister,           // 注销登记
  kRevoke,               // 撤销登记
  kFileCommunity,        // 社区社会组织备案
  kRecognizeCharity,     // 慈善组织认定 (Charity Law art. 10)
  kConsentChange,        // 业务主管单位同意变更（登记事项、章程修改）
  kApproveCharter,       // 章程核准
  kStartLiquidation,     // 成立清算组织，开始清算
  kConsentDeregistration,  // 业务主管单位同意注销（审查文件）
};

std::string_view ToString(Action a);
std::string_view LabelZh(Action a);
std::optional<Action> ParseAction(std::string_view s);

// Status after `action` from `current` (nullopt = the organization does not exist yet), or a
// kRuleViolation error naming the action and status. Basis: 社会团体登记管理条例 ch.3-4, DOMAIN §4.
Result<OrgStatus> NextStatus(Action action, std::optional<OrgStatus> current, OrgType type);

// --- Founding documents (成立登记材料) ---
enum class Document { kApplication, kConsent, kCharter, kFundsProof, kPremisesProof, kLeaders, kFounders };
std::string_view ToString(Document d);
std::string_view LabelZh(Document d);
std::optional<Document> ParseDocument(std::string_view s);
std::vector<Document> RequiredDocuments(OrgType type);
// 容缺受理 accepts an application with these missing, to be supplied by a deadline.
bool MayBeSuppliedLater(Document d);

struct ChecklistResult {
  std::vector<Document> missing;          // required, not provided, not deferrable
  std::vector<Document> deferred;         // required, not provided, deferred under 容缺受理
  std::optional<Date> supply_deadline;    // set when anything is deferred
};
// Evaluates an acceptance (受理). Fails with kRuleViolation when a required document that cannot be
// deferred is missing, or a deferral was asked for a document that may not be deferred.
Result<ChecklistResult> EvaluateChecklist(OrgType type, const std::set<Document>& provided,
                                          const std::set<Document>& deferred, Date accepted_on,
                                          const RulesConfig& cfg);

// The date by which a founding decision is due: 60 days [config] after the documents are complete.
Date DecisionDue(Date documents_complete_on, const RulesConfig& cfg);

// --- Term election (换届) ---
enum class ElectionState { kCurrent, kDue, kPostponed, kOverdue };
std::string_view ToString(ElectionState s);
// kDue within the preparation window before term_end; kPostponed when past term_end but within an
// approved postponement; kOverdue (逾期未换届) when past both.
ElectionState EvaluateElection(Date term_end, std::optional<Date> postponed_until, Date today,
                               const RulesConfig& cfg);
// A postponement is approved once per term and for at most 12 months [config].
Status CheckPostponement(Date term_end, std::optional<Date> already_postponed_until, Date new_until,
                         const RulesConfig& cfg);

// The rule ids of the life cycle (each has its statute and article in domain/legal_basis.cpp); the
// refusals below name them in their messages.
inline constexpr std::string_view kRuleChangeConsent = "CHANGE-CONSENT";
inline constexpr std::string_view kRuleChangeWindow = "CHANGE-WINDOW-30D";
inline constexpr std::string_view kRuleCharterApproval = "CHANGE-CHARTER-APPROVAL";
inline constexpr std::string_view kRuleChangePublish = "CHANGE-PUBLISH";
inline constexpr std::string_view kRuleLegalRepReview = "CHANGE-LEGAL-REP-REVIEW";
inline constexpr std::string_view kRuleElectionFiling = "ELECTION-FILING-1M";
inline constexpr std::string_view kRuleElectionTerm = "ELECTION-TERM";
inline constexpr std::string_view kRuleFoundationTerm = "FDN-BOARD-TERM";
inline constexpr std::string_view kRuleDeregLiquidation = "DEREG-LIQUIDATION";
inline constexpr std::string_view kRuleDereg15Days = "DEREG-15-DAYS";
inline constexpr std::string_view kRuleRevokeNoActivity = "REVOKE-NO-ACTIVITY";

// --- Change registration 变更登记 (DOMAIN §4) ---
// CHANGE-CONSENT: a registered organization's change (its registered facts, or its charter) needs the
// supervisory unit's consent first (SG art. 18, PNEU art. 15, FDN art. 15(2)); filed community
// organizations have no supervisory unit and change without one.
bool ChangeNeedsConsent(OrgType type);
// CHANGE-WINDOW-30D: the change registration, and the charter amendment's 核准, are applied for within 30 days
// of the consent (自业务主管单位审查同意之日起30日内): the 30th day after the consent is in time, the 31st is
// not (kRuleViolation `change_window_passed`, field "date"). Also refuses an application before the consent.
inline constexpr int kChangeWindowDays = 30;
Status CheckChangeWindow(Date consented_on, Date applied_on);
// The members' (or board's) resolution that decided the change comes before the consent and is not in the
// future (kInvalid, field "resolution_on").
Status CheckResolutionDate(Date resolution_on, Date consented_on);
// CHANGE-PUBLISH: whether the registration authority announces this change (公告): a change of name, address
// or legal representative (SG art. 23, PNEU art. 18); for foundations every change (FDN art. 19).
bool IsAnnouncedChange(OrgType type, const std::vector<std::string>& fields);

// --- Term election 换届 ---
// ELECTION-FILING-1M: the election is filed within one month after it was held; the same day one month later
// is in time (clamped to the month's end: 31 Jan -> 28/29 Feb), the next day is not. An election after the
// filing date is refused too (kInvalid `election_after_filing`).
Status CheckElectionFiling(Date election_on, Date filed_on);
// The longest term a board may be elected for: term_years [config, 1-5]; FDN-BOARD-TERM: a foundation's
// board term is at most 5 years whatever the configuration says (FDN art. 20(1)).
inline constexpr int kFoundationMaxTermYears = 5;
int MaxTermYears(OrgType type, const RulesConfig& cfg);
// The term [start, end] is valid: end after start and no later than start + MaxTermYears; kRuleViolation
// `term_too_long` naming ELECTION-TERM, or FDN-BOARD-TERM for foundations (field "term_end").
Status CheckTerm(OrgType type, Date start, Date end, const RulesConfig& cfg);

// --- Deregistration 注销登记 ---
// DEREG-LIQUIDATION: deregistration comes after liquidation — the organization is liquidating, the
// liquidation has ended on a date not before it started and not after the application, and its report is
// filed (SG arts. 20-21, PNEU arts. 16-17, FDN art. 18). DEREG-15-DAYS: the application is made within 15
// days of the end of the liquidation: day 15 is in time, day 16 is not (`deregistration_window_passed`);
// an organization that then keeps acting may be revoked (FDN art. 41(ii)).
inline constexpr int kDeregistrationDays = 15;
// DEREG-CONSENT: a social group applies for deregistration after its supervisory unit's review and consent
// (SG art. 19) and files the unit's review document (SG art. 21(1)); an agency files it too (PNEU art.
// 17(1)). The 2004 foundations regulation asks for no such document (FDN arts. 16-18); community
// organizations have no supervisory unit. The consent is given while the organization is liquidating.
bool DeregistrationNeedsConsent(OrgType type);
Status CheckDeregistration(Date liquidation_started_on, std::optional<Date> liquidation_completed_on,
                           bool report_filed, Date applied_on);

// --- Revocation 撤销登记 ---
enum class RevocationGround { kFraud, kNoActivity, kSeriousViolation, kNoInspection, kOther };
std::string_view ToString(RevocationGround g);
std::optional<RevocationGround> ParseRevocationGround(std::string_view s);
// The register's own records of an organization acting (events by the organization: annual reports,
// changes, elections, responsible persons), as opposed to the authority's acts on it.
bool CountsAsActivity(std::string_view event_action);
struct ActivityRecord {
  Date on;
  std::string action;
};
// REVOKE-NO-ACTIVITY: revocation for not acting within one year after registration (SG art. 29, FDN
// art. 41(i): 12 months) is possible once the year has passed (registered_on + 1 year is the first day) and
// when the register holds no record of activity within that year (the activity found is named). Social
// service agencies have no such ground (PNEU art. 24 knows only fraud and a withdrawn approval).
Status CheckNoActivityRevocation(OrgType type, Date registered_on, const std::vector<ActivityRecord>& activity,
                                 Date on);

}  // namespace socorg
