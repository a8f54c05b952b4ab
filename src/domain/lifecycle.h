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

}  // namespace socorg
