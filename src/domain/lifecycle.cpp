#include "domain/lifecycle.h"

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<Action, 14> kActions{{
    {Action::kStartPreparation, {"start_preparation", "筹备"}},
    {Action::kApply, {"apply", "成立登记申请"}},
    {Action::kConsent, {"consent", "业务主管单位同意"}},
    {Action::kAccept, {"accept", "受理"}},
    {Action::kSupplyDocuments, {"supply_documents", "补齐材料"}},
    {Action::kApprove, {"approve", "准予成立登记"}},
    {Action::kRefuse, {"refuse", "不予登记"}},
    {Action::kChange, {"change", "变更登记"}},
    {Action::kFileElection, {"file_election", "换届备案"}},
    {Action::kApprovePostponement, {"approve_postponement", "延期换届"}},
    {Action::kDeregister, {"deregister", "注销登记"}},
    {Action::kRevoke, {"revoke", "撤销登记"}},
    {Action::kFileCommunity, {"file_community", "社区社会组织备案"}},
    {Action::kRecognizeCharity, {"recognize_charity", "慈善组织认定"}},
}};

constexpr NameTable<Document, 7> kDocuments{{
    {Document::kApplication, {"application", "登记申请书"}},
    {Document::kConsent, {"consent", "业务主管单位批准文件"}},
    {Document::kCharter, {"charter", "章程草案"}},
    {Document::kFundsProof, {"funds_proof", "验资报告"}},
    {Document::kPremisesProof, {"premises_proof", "住所使用权证明"}},
    {Document::kLeaders, {"leaders", "拟任负责人基本情况、身份证明"}},
    {Document::kFounders, {"founders", "发起人和会员名单"}},
}};

struct Transition {
  Action action;
  std::initializer_list<std::optional<OrgStatus>> from;
  OrgStatus to;
};

// The whole state machine in one table. nullopt in `from` means "not yet in the register".
const Transition kTransitions[] = {
    {Action::kStartPreparation, {std::nullopt}, OrgStatus::kPreparing},
    {Action::kApply, {std::nullopt, OrgStatus::kPreparing}, OrgStatus::kApplied},
    {Action::kConsent, {OrgStatus::kApplied}, OrgStatus::kConsented},
    {Action::kAccept, {OrgStatus::kConsented}, OrgStatus::kUnderReview},
    {Action::kSupplyDocuments, {OrgStatus::kUnderReview}, OrgStatus::kUnderReview},
    {Action::kApprove, {OrgStatus::kUnderReview}, OrgStatus::kActive},
    {Action::kRefuse, {OrgStatus::kApplied, OrgStatus::kConsented, OrgStatus::kUnderReview},
     OrgStatus::kRefused},
    {Action::kChange, {OrgStatus::kActive}, OrgStatus::kActive},
    {Action::kFileElection, {OrgStatus::kActive}, OrgStatus::kActive},
    {Action::kApprovePostponement, {OrgStatus::kActive}, OrgStatus::kActive},
    {Action::kDeregister, {OrgStatus::kActive}, OrgStatus::kDeregistered},
    {Action::kRevoke, {OrgStatus::kActive}, OrgStatus::kRevoked},
    {Action::kFileCommunity, {std::nullopt}, OrgStatus::kActive},
    {Action::kRecognizeCharity, {OrgStatus::kActive}, OrgStatus::kActive},
};

}  // namespace

std::string_view ToString(Action a) { return WireName(kActions, a); }
std::string_view LabelZh(Action a) { return ZhLabel(kActions, a); }
std::optional<Action> ParseAction(std::string_view s) { return FromWireName(kActions, s); }
std::string_view ToString(Document d) { return WireName(kDocuments, d); }
std::string_view LabelZh(Document d) { return ZhLabel(kDocuments, d); }
std::optional<Document> ParseDocument(std::string_view s) { return FromWireName(kDocuments, s); }

Result<OrgStatus> NextStatus(Action action, std::optional<OrgStatus> current, OrgType type) {
  // Type guards first: preparation is for social groups; filing is the only way in for community orgs.
  if (action == Action::kStartPreparation && type != OrgType::kSocialGroup)
    return Fail(ErrorKind::kRuleViolation, "preparation_only_social_groups", "只有社会团体需要筹备",
                "only social groups go through preparation", "type");
  if (action == Action::kFileCommunity && type != OrgType::kCommunity)
    return Fail(ErrorKind::kRuleViolation, "filing_only_community", "只有社区社会组织可以备案",
                "only community social organizations are filed", "type");
  // Charity Law art. 10: foundations, social groups and social service agencies may be recognised;
  // filed community organizations have no legal personality and may not.
  if (action == Action::kRecognizeCharity && type == OrgType::kCommunity)
    return Fail(ErrorKind::kRuleViolation, "charity_not_community", "社区社会组织不能认定为慈善组织",
                "community organizations cannot be recognised as charities", "type");
  if (type == OrgType::kCommunity &&
      (action == Action::kApply || action == Action::kConsent || action == Action::kAccept ||
       action == Action::kApprove || action == Action::kRefuse))
    return Fail(ErrorKind::kRuleViolation, "community_not_registered",
                "社区社会组织实行备案，不办理成立登记", "community organizations are filed, not registered",
                "type");
  for (const auto& t : kTransitions) {
    if (t.action != action) continue;
    for (const auto& f : t.from)
      if (f == current) return t.to;
  }
  std::string from_zh = current ? std::string(LabelZh(*current)) : "未登记";
  std::string from_en = current ? std::string(ToString(*current)) : "not registered";
  return Fail(ErrorKind::kRuleViolation, "invalid_transition",
              "当前状态“" + from_zh + "”不能办理“" + std::string(LabelZh(action)) + "”",
              "action '" + std::string(ToString(action)) + "' is not allowed in status '" + from_en + "'",
              "status");
}

std::vector<Document> RequiredDocuments(OrgType type) {
  switch (type) {
    case OrgType::kSocialGroup:
      return {Document::kApplication, Document::kConsent,  Document::kCharter,  Document::kFundsProof,
              Document::kPremisesProof, Document::kLeaders, Document::kFounders};
    case OrgType::kSocialServiceAgency:
    case OrgType::kFoundation:
      return {Document::kApplication, Document::kConsent,       Document::kCharter,
              Document::kFundsProof,  Document::kPremisesProof, Document::kLeaders};
    case OrgType::kCommunity: return {Document::kApplication, Document::kCharter, Document::kLeaders};
  }
  return {};
}

bool MayBeSuppliedLater(Document d) {
  // Practice (一网通办, 容缺受理): supporting proofs may follow; the application itself, the supervisory
  // consent and the charter are the substance of the decision and may not.
  return d == Document::kFundsProof || d == Document::kPremisesProof || d == Document::kFounders;
}

Result<ChecklistResult> EvaluateChecklist(OrgType type, const std::set<Document>& provided,
                                          const std::set<Document>& deferred, Date accepted_on,
                                          const RulesConfig& cfg) {
  ChecklistResult r;
  for (Document d : deferred) {
    if (!MayBeSuppliedLater(d))
      return Fail(ErrorKind::kRuleViolation, "document_not_deferrable",
                  "“" + std::string(LabelZh(d)) + "”不适用容缺受理",
                  "document '" + std::string(ToString(d)) + "' cannot be supplied later", "deferred");
  }
  for (Document d : RequiredDocuments(type)) {
    if (provided.contains(d)) continue;
    if (deferred.contains(d)) r.deferred.push_back(d);
    else r.missing.push_back(d);
  }
  if (!r.missing.empty()) {
    std::string zh, en;
    for (Document d : r.missing) {
      zh += (zh.empty() ? "" : "、") + std::string(LabelZh(d));
      en += (en.empty() ? "" : ", ") + std::string(ToString(d));
    }
    return Fail(ErrorKind::kRuleViolation, "documents_missing", "缺少申请材料：" + zh,
                "required documents missing: " + en, "documents");
  }
  if (!r.deferred.empty()) r.supply_deadline = accepted_on.AddDays(cfg.missing_document_days);
  return r;
}

Date DecisionDue(Date documents_complete_on, const RulesConfig& cfg) {
  return documents_complete_on.AddDays(cfg.decision_days);
}

std::string_view ToString(ElectionState s) {
  switch (s) {
    case ElectionState::kCurrent: return "current";
    case ElectionState::kDue: return "due";
    case ElectionState::kPostponed: return "postponed";
    case ElectionState::kOverdue: return "overdue";
  }
  return "";
}

ElectionState EvaluateElection(Date term_end, std::optional<Date> postponed_until, Date today,
                               const RulesConfig& cfg) {
  if (today <= term_end)
    return today >= term_end.AddMonths(-cfg.election_prep_months) ? ElectionState::kDue
                                                                   : ElectionState::kCurrent;
  if (postponed_until && today <= *postponed_until) return ElectionState::kPostponed;
  return ElectionState::kOverdue;
}

Status CheckPostponement(Date term_end, std::optional<Date> already_postponed_until, Date new_until,
                         const RulesConfig& cfg) {
  if (already_postponed_until)
    return Fail(ErrorKind::kRuleViolation, "postponement_once", "本届已延期换届一次，不能再次延期",
                "the term has already been postponed once", "postponed_until");
  if (new_until <= term_end)
    return Fail(ErrorKind::kInvalid, "postponement_before_term_end", "延期日期应晚于届满日期",
                "the postponement must end after the term ends", "postponed_until");
  if (new_until > term_end.AddMonths(cfg.postponement_max_months))
    return Fail(ErrorKind::kRuleViolation, "postponement_too_long",
                "延期换届最长" + std::to_string(cfg.postponement_max_months) + "个月",
                "a postponement lasts at most " + std::to_string(cfg.postponement_max_months) + " months",
                "postponed_until");
  return {};
}

}  // namespace socorg
