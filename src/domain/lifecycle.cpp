#include "domain/lifecycle.h"

#include <algorithm>

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<Action, 18> kActions{{
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
    {Action::kConsentChange, {"consent_change", "业务主管单位同意变更"}},
    {Action::kApproveCharter, {"approve_charter", "章程核准"}},
    {Action::kStartLiquidation, {"start_liquidation", "开始清算"}},
    {Action::kConsentDeregistration, {"consent_deregistration", "业务主管单位同意注销"}},
}};

constexpr NameTable<RevocationGround, 5> kGrounds{{
    {RevocationGround::kFraud, {"fraud", "申请登记时弄虚作假"}},
    {RevocationGround::kNoActivity, {"no_activity", "登记后一年未开展活动"}},
    {RevocationGround::kSeriousViolation, {"serious_violation", "情节严重的违法行为"}},
    {RevocationGround::kNoInspection, {"no_inspection", "连续未参加年检"}},
    {RevocationGround::kOther, {"other", "其他"}},
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
    {Action::kConsentChange, {OrgStatus::kActive}, OrgStatus::kActive},
    {Action::kApproveCharter, {OrgStatus::kActive}, OrgStatus::kActive},
    // Liquidation first, then deregistration (SG arts. 20-21); during it no activity but the liquidation.
    {Action::kStartLiquidation, {OrgStatus::kActive}, OrgStatus::kLiquidating},
    {Action::kConsentDeregistration, {OrgStatus::kLiquidating}, OrgStatus::kLiquidating},
    {Action::kDeregister, {OrgStatus::kLiquidating}, OrgStatus::kDeregistered},
    // An organization that should be deregistered and is not may be revoked (FDN art. 41(ii)).
    {Action::kRevoke, {OrgStatus::kActive, OrgStatus::kLiquidating}, OrgStatus::kRevoked},
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
  if (action == Action::kConsentChange && !ChangeNeedsConsent(type))
    return Fail(ErrorKind::kRuleViolation, "consent_not_needed", "社区社会组织没有业务主管单位，变更无需同意",
                "community organizations have no supervisory unit: their changes need no consent", "type");
  if (action == Action::kConsentDeregistration && !DeregistrationNeedsConsent(type))
    return Fail(ErrorKind::kRuleViolation, "consent_not_needed",
                "该类型组织注销无需业务主管单位的审查文件（DEREG-CONSENT：社会团体、民办非企业单位需要）",
                "only social groups and agencies file their supervisory unit's consent to deregistration (DEREG-CONSENT)",
                "type");
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

// --- change registration ---

bool ChangeNeedsConsent(OrgType type) { return type != OrgType::kCommunity; }

bool DeregistrationNeedsConsent(OrgType type) {
  return type == OrgType::kSocialGroup || type == OrgType::kSocialServiceAgency;
}

Status CheckChangeWindow(Date consented_on, Date applied_on) {
  if (applied_on < consented_on)
    return Fail(ErrorKind::kRuleViolation, "before_consent", "变更申请日期早于业务主管单位同意日期（CHANGE-CONSENT）",
                "the change is applied for before the supervisory unit's consent (CHANGE-CONSENT)", "date");
  if (applied_on > consented_on.AddDays(kChangeWindowDays))
    return Fail(ErrorKind::kRuleViolation, "change_window_passed",
                "应自业务主管单位审查同意之日起30日内申请（同意日期 " + consented_on.ToString() +
                    "，最迟 " + consented_on.AddDays(kChangeWindowDays).ToString() + "），请重新取得同意（CHANGE-WINDOW-30D）",
                "the change must be applied for within 30 days of the consent of " + consented_on.ToString() +
                    " (last day " + consented_on.AddDays(kChangeWindowDays).ToString() +
                    "); obtain a new consent (CHANGE-WINDOW-30D)",
                "date");
  return {};
}

Status CheckResolutionDate(Date resolution_on, Date consented_on) {
  if (resolution_on > consented_on)
    return Fail(ErrorKind::kInvalid, "resolution_after_consent", "会员（代表）大会或理事会决议日期不能晚于同意日期",
                "the members' or board's resolution cannot be later than the consent", "resolution_on");
  return {};
}

bool IsAnnouncedChange(OrgType type, const std::vector<std::string>& fields) {
  if (fields.empty()) return false;
  if (type == OrgType::kFoundation) return true;  // FDN art. 19: every change is announced
  for (const auto& f : fields)
    if (f == "name" || f == "address" || f == "legal_rep") return true;
  return false;
}

// --- term election ---

Status CheckElectionFiling(Date election_on, Date filed_on) {
  if (election_on > filed_on)
    return Fail(ErrorKind::kInvalid, "election_after_filing", "换届日期不能晚于备案日期",
                "the election cannot be later than its filing", "election_on");
  if (filed_on > election_on.AddMonths(1))
    return Fail(ErrorKind::kRuleViolation, "election_filing_late",
                "换届应在完成后1个月内备案（换届日期 " + election_on.ToString() + "，最迟 " +
                    election_on.AddMonths(1).ToString() + "）（ELECTION-FILING-1M）",
                "an election is filed within one month after it was held (held " + election_on.ToString() +
                    ", last day " + election_on.AddMonths(1).ToString() + ") (ELECTION-FILING-1M)",
                "date");
  return {};
}

int MaxTermYears(OrgType type, const RulesConfig& cfg) {
  return type == OrgType::kFoundation ? std::min(cfg.term_years, kFoundationMaxTermYears) : cfg.term_years;
}

Status CheckTerm(OrgType type, Date start, Date end, const RulesConfig& cfg) {
  if (end <= start)
    return Fail(ErrorKind::kInvalid, "invalid_term", "任期届满日期应晚于任期开始日期", "the term must end after it starts",
                "term_end");
  const int years = MaxTermYears(type, cfg);
  if (end > start.AddYears(years)) {
    if (type == OrgType::kFoundation)
      return Fail(ErrorKind::kRuleViolation, "term_too_long",
                  "基金会理事每届任期不得超过" + std::to_string(years) + "年（FDN-BOARD-TERM）",
                  "a foundation's board term is at most " + std::to_string(years) + " years (FDN-BOARD-TERM)",
                  "term_end");
    return Fail(ErrorKind::kRuleViolation, "term_too_long", "任期应不超过" + std::to_string(years) + "年（ELECTION-TERM）",
                "a term lasts at most " + std::to_string(years) + " years (ELECTION-TERM)", "term_end");
  }
  return {};
}

// --- deregistration ---

Status CheckDeregistration(Date started_on, std::optional<Date> completed_on, bool report_filed, Date applied_on) {
  if (!completed_on)
    return Fail(ErrorKind::kRuleViolation, "liquidation_not_completed", "清算尚未结束：请填写清算结束日期（DEREG-LIQUIDATION）",
                "the liquidation has not ended: give its end date (DEREG-LIQUIDATION)", "liquidation_completed_on");
  if (*completed_on < started_on)
    return Fail(ErrorKind::kInvalid, "liquidation_end_before_start", "清算结束日期早于清算开始日期",
                "the liquidation cannot end before it started", "liquidation_completed_on");
  if (*completed_on > applied_on)
    return Fail(ErrorKind::kInvalid, "liquidation_end_after_application", "清算结束日期晚于注销申请日期",
                "the liquidation cannot end after the deregistration", "liquidation_completed_on");
  if (!report_filed)
    return Fail(ErrorKind::kRuleViolation, "liquidation_report_missing", "注销登记须提交清算报告书（DEREG-LIQUIDATION）",
                "deregistration needs the liquidation report (DEREG-LIQUIDATION)", "liquidation_report");
  if (applied_on > completed_on->AddDays(kDeregistrationDays))
    return Fail(ErrorKind::kRuleViolation, "deregistration_window_passed",
                "应自清算结束之日起15日内办理注销登记（清算结束 " + completed_on->ToString() + "，最迟 " +
                    completed_on->AddDays(kDeregistrationDays).ToString() + "）（DEREG-15-DAYS）",
                "deregistration is applied for within 15 days of the end of the liquidation (ended " +
                    completed_on->ToString() + ", last day " + completed_on->AddDays(kDeregistrationDays).ToString() +
                    ") (DEREG-15-DAYS)",
                "date");
  return {};
}

// --- revocation ---

std::string_view ToString(RevocationGround g) { return WireName(kGrounds, g); }
std::optional<RevocationGround> ParseRevocationGround(std::string_view s) { return FromWireName(kGrounds, s); }

bool CountsAsActivity(std::string_view a) {
  return a == "change" || a == "approve_charter" || a == "file_election" || a == "person_added" ||
         a == "annual_report_filed" || a == "consent_change";
}

Status CheckNoActivityRevocation(OrgType type, Date registered_on, const std::vector<ActivityRecord>& activity,
                                 Date on) {
  if (type != OrgType::kSocialGroup && type != OrgType::kFoundation)
    return Fail(ErrorKind::kRuleViolation, "no_activity_not_a_ground",
                "只有社会团体、基金会可以登记后1年未开展活动为由撤销登记（REVOKE-NO-ACTIVITY）",
                "only social groups and foundations are revoked for no activity after registration (REVOKE-NO-ACTIVITY)",
                "ground");
  const Date year_end = registered_on.AddYears(1);
  if (on < year_end)
    return Fail(ErrorKind::kRuleViolation, "no_activity_year_not_over",
                "登记满1年（" + year_end.ToString() + "）后方可以登记后1年未开展活动为由撤销登记（REVOKE-NO-ACTIVITY）",
                "revocation for no activity is possible from " + year_end.ToString() +
                    ", one year after registration (REVOKE-NO-ACTIVITY)",
                "ground");
  for (const auto& a : activity) {
    if (a.on < registered_on || a.on >= year_end || !CountsAsActivity(a.action)) continue;
    return Fail(ErrorKind::kRuleViolation, "activity_recorded",
                "登记后1年内有开展活动的记录（" + a.on.ToString() + " " + a.action + "），不能以未开展活动为由撤销（REVOKE-NO-ACTIVITY）",
                "the register records activity within the year after registration (" + a.on.ToString() + " " +
                    a.action + "): not revocable for no activity (REVOKE-NO-ACTIVITY)",
                "ground");
  }
  return {};
}

}  // namespace socorg
