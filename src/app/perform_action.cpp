// Life-cycle actions on an existing organization (DOMAIN §4): consent, acceptance, approval, refusal,
// change (with the supervisory unit's consent, the charter's 核准, the announcement and the new legal
// representative's 联审), election filing, postponement, liquidation and deregistration, revocation, charity
// recognition.
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/registry.h"
#include <set>

#include "domain/leader_review.h"
#include "domain/resident_id.h"
#include "store/announcement_store.h"
#include "store/event_store.h"
#include "store/org_store.h"
#include "domain/amount.h"
#include "support/json_int.h"
#include "support/text_normalizer.h"

namespace socorg {

using nlohmann::json;
using namespace register_detail;

namespace {

// Applies `changes` (field -> new value, as the client sent them) to `after`, checking each value.
Status ApplyChangeFields(OrgRecord& after, const std::map<std::string, json>& changes) {
  static const std::set<std::string> kText = {"name", "address", "business_scope", "legal_rep", "supervisory_unit"};
  for (auto& [field, value] : changes) {
    if (field == "funds") {
      auto funds = JsonInt<std::int64_t>(value, 0, kMaxAmountYuan);
      if (!funds)
        return Invalid("invalid_funds", "资金应为0到10^12之间的整数（元）", "funds must be an integer of 0 .. 10^12 yuan",
                       "changes.funds");
      after.funds = *funds;
    } else if (kText.contains(field)) {
      if (!value.is_string()) return Invalid("wrong_type", "应为文本", "must be a string", "changes." + field);
      // The error names the field as the client sent it: changes.<field>.
      if (auto ok = CheckText(value.get<std::string>(), field == "name" ? kMaxNameBytes : kMaxTextBytes,
                              field.c_str(), field == "name");
          !ok) {
        ok.error().field = "changes." + field;
        return std::unexpected(std::move(ok).error());
      }
      SetField(after, field, value);
    } else {
      return Invalid("unknown_field", "不能变更该字段：" + field, "this field cannot be changed: " + field,
                     "changes." + field);
    }
  }
  return {};
}

std::unexpected<Error> NoConsent(std::string_view what_zh, std::string_view what_en) {
  return Fail(ErrorKind::kRuleViolation, "no_change_consent",
              "没有业务主管单位对" + std::string(what_zh) + "的同意意见，请先由业务主管单位出具同意（" +
                  std::string(kRuleChangeConsent) + "）",
              "no consent of the supervisory unit to " + std::string(what_en) + ": the supervisory unit consents first (" +
                  std::string(kRuleChangeConsent) + ")",
              "consent");
}

// The consent on file (app["change_consent"]) and its date; kRuleViolation when none or when the 30 days
// have passed.
Result<Date> ConsentedOn(const json& consent, Date on) {
  auto d = Date::Parse(consent.value("consented_on", std::string()));
  if (!d) return Fail(ErrorKind::kInternal, "bad_consent", "同意记录损坏", "the consent on file is unreadable");
  SOCORG_TRY_VOID(CheckChangeWindow(*d, on));
  return *d;
}

// The joint review 联审 of a new legal representative (CHANGE-LEGAL-REP-REVIEW, DOMAIN §5): the review's
// checks on the named person; a failed check refuses the change. On success the predecessor's holding ends,
// the new one is recorded and the findings are stored with the organization.
Status ReviewNewLegalRep(AppContext& ctx, Connection& c, const OrgRecord& org, const std::string& name,
                         const std::optional<ActionInput::NewLegalRep>& rep, Date on) {
  if (!rep || rep->id_number.empty())
    return Invalid("new_legal_rep_required", "变更法定代表人须提供新任法定代表人的身份证号码以进行联审（" +
                                                 std::string(kRuleLegalRepReview) + "）",
                   "a change of legal representative needs the new one's ID number for the joint review (" +
                       std::string(kRuleLegalRepReview) + ")",
                   "new_legal_rep.id_number");
  SOCORG_TRY_VOID(CheckText(rep->phone, 40, "new_legal_rep.phone", false));
  SOCORG_TRY_VOID(CheckText(rep->address, kMaxTextBytes, "new_legal_rep.address", false));
  auto id = CheckResidentId(rep->id_number, on);
  if (!id.valid) return Invalid("invalid_id_number", id.problem_zh, id.problem_en, "new_legal_rep.id_number");
  SOCORG_TRY(auto rows, event_store::PositionsElsewhere(c, id.normalized, org.id));
  std::vector<OtherPosition> elsewhere;
  for (auto& p : rows) elsewhere.push_back({p.org_name, p.org_type, p.role, p.org_status == OrgStatus::kActive});
  LeaderCandidate cand{name, id.normalized, {PersonRole::kLegalRep}, on, 0, rep->civil_servant,
                       rep->civil_servant_approved};
  std::vector<Finding> findings = ReviewLeader(cand, org.type, elsewhere, on, ctx.rules);
  for (const Finding& f : findings)
    if (f.outcome == Outcome::kFail)
      return Fail(ErrorKind::kRuleViolation, "leader_review_failed",
                  "新任法定代表人联审未通过：" + f.title_zh + "（" + f.rule_id + "）",
                  "the joint review of the new legal representative failed: " + f.rule_id +
                      (f.explanation_en.empty() ? "" : " — " + f.explanation_en),
                  "new_legal_rep");
  SOCORG_TRY_VOID(event_store::EndRole(c, org.id, PersonRole::kLegalRep, on.ToString()));
  SOCORG_TRY_VOID(event_store::InsertPerson(c, PersonRecord{0, org.id, name, id.normalized, PersonRole::kLegalRep,
                                                             rep->phone, rep->address, on.ToString(), org.term_end, 1,
                                                             true, ctx.clock.Now()}));
  return StoreFindings(ctx, c, org.id, name, findings);
}

Status Announce(AppContext& ctx, Connection& c, const OrgRecord& before, const OrgRecord& after, AnnouncementKind kind,
                Date on, const json& changes) {
  SOCORG_TRY_VOID(announcement_store::Insert(
      c, Announcement{0, after.id, kind, on.ToString(), after.region_code, after.uscc.value_or(""),
                      kind == AnnouncementKind::kChange ? before.name : after.name, changes.dump(), ctx.clock.Now()}));
  return {};
}

}  // namespace

Result<OrgView> PerformAction(AppContext& ctx, const Actor& actor, const std::string& key, const ActionInput& in) {
  Date on = in.date.value_or(ctx.clock.Today());
  if (on > ctx.clock.Today()) return Invalid("date_in_future", "日期不能晚于今天", "the date is in the future", "date");
  if (in.reason.size() > kMaxTextBytes) return Invalid("too_long", "原因过长", "reason too long", "reason");
  // These create a record and go through /applications. kApply on an existing record is the step out of
  // 筹备 (preparing -> applied); the state machine refuses it from any other status.
  if (in.action == Action::kStartPreparation || in.action == Action::kFileCommunity)
    return Invalid("use_applications", "请通过申请接口提交", "submit this through /applications", "action");

  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  // Locked until commit: the version check below sees the last committed change.
  SOCORG_TRY(const OrgRecord before, FindOrgByKey(*conn, key, RowLock::kForUpdate));
  SOCORG_TRY_VOID(CheckCanAct(actor, in.action, before.region_code, before.uscc.value_or("")));
  if (IsSupervisoryUnitAct(in.action)) SOCORG_TRY_VOID(CheckSupervisoryUnit(actor, before.supervisory_unit));
  if (in.version != before.version)
    return Fail(ErrorKind::kConflict, "stale_version", "该组织已被他人修改，请刷新后重试",
                "the organization was changed by someone else; reload and retry", "version");
  const OrgType type = before.type;
  SOCORG_TRY(OrgStatus next, NextStatus(in.action, before.status, type));

  OrgRecord after = before;
  after.status = next;
  json app = json::parse(before.application, nullptr, false);
  if (!app.is_object()) app = json::object();
  json extra = json::object();

  switch (in.action) {
    case Action::kApply: app["applied_on"] = on.ToString(); break;
    case Action::kConsent: app["consented_on"] = on.ToString(); break;
    case Action::kAccept: {
      SOCORG_TRY(auto checklist, EvaluateChecklist(type, in.documents, in.deferred, on, ctx.rules));
      json provided = json::array(), deferred = json::array();
      for (Document d : in.documents) provided.push_back(ToString(d));
      for (Document d : checklist.deferred) deferred.push_back(ToString(d));
      app["accepted_on"] = on.ToString();
      app["documents"] = provided;
      app["deferred"] = deferred;
      if (checklist.supply_deadline) {
        app["supply_deadline"] = checklist.supply_deadline->ToString();
        app.erase("decision_due");
      } else {
        app["documents_complete_on"] = on.ToString();
        app["decision_due"] = DecisionDue(on, ctx.rules).ToString();
      }
      break;
    }
    case Action::kSupplyDocuments: {
      json deferred = json::array();
      for (auto& d : app.value("deferred", json::array())) {
        auto doc = ParseDocument(d.get<std::string>());
        if (doc && !in.documents.contains(*doc)) deferred.push_back(d);
        else app["documents"].push_back(d);
      }
      if (deferred.size() == app.value("deferred", json::array()).size())
        return Invalid("nothing_supplied", "未补齐任何容缺材料", "none of the deferred documents was supplied", "documents");
      app["deferred"] = deferred;
      if (deferred.empty()) {
        app["documents_complete_on"] = on.ToString();
        app["decision_due"] = DecisionDue(on, ctx.rules).ToString();
        app.erase("supply_deadline");
      }
      break;
    }
    case Action::kApprove: {
      if (!app.value("deferred", json::array()).empty())
        return Fail(ErrorKind::kRuleViolation, "documents_outstanding", "容缺材料尚未补齐，不能准予登记",
                    "deferred documents are still outstanding", "documents");
      SOCORG_TRY(auto findings, event_store::FindingsOf(*conn, before.id));
      for (auto& f : findings)
        if (f.outcome == Outcome::kFail)
          return Fail(ErrorKind::kRuleViolation, "findings_failed",
                      "审查未通过：" + f.title + "（" + f.rule_id + "）",
                      "a review check failed: " + f.rule_id, "findings");
      SOCORG_TRY(auto issued, IssueNewCode(*conn, type, before.region_code));
      auto [code, serial] = issued;
      after.uscc = code;
      after.certificate_no = "民证字第" + before.region_code + std::to_string(on.Year()) + std::to_string(serial) + "号";
      after.registered_on = on.ToString();
      after.term_start = on.ToString();
      after.term_end = on.AddYears(MaxTermYears(type, ctx.rules)).ToString();  // FDN-BOARD-TERM for foundations
      app["decided_on"] = on.ToString();
      if (app.contains("applied_on"))
        if (auto applied = Date::Parse(app["applied_on"].get<std::string>()))
          extra["processing_days"] = applied->DaysUntil(on);
      break;
    }
    case Action::kStartLiquidation:
      // DEREG-LIQUIDATION: the liquidation organization is set up; until deregistration nothing but the
      // liquidation (SG art. 20). The reason is the ground for ending (purpose achieved, dissolution, merger).
      if (in.reason.empty()) return Invalid("reason_required", "请填写注销事由", "a reason is required", "reason");
      app["liquidation"] = {{"started_on", on.ToString()}, {"ground", in.reason}};
      break;
    case Action::kConsentDeregistration:
      // DEREG-CONSENT: the supervisory unit's review and consent, filed with the deregistration.
      SOCORG_TRY_VOID(CheckText(in.reason, kMaxTextBytes, "reason", false));
      app["deregistration_consent"] = {{"consented_on", on.ToString()}, {"opinion", in.reason}};
      extra["deregistration_consent"] = app["deregistration_consent"];
      break;
    case Action::kRefuse:
    case Action::kDeregister:
    case Action::kRevoke:
      if (in.reason.empty())
        return Invalid("reason_required", "请填写理由", "a reason is required", "reason");
      if (in.action == Action::kDeregister) {
        SOCORG_TRY_VOID(CheckText(in.liquidation_report, kMaxTextBytes, "liquidation_report", false));
        json liq = app.value("liquidation", json::object());
        auto started = Date::Parse(liq.value("started_on", std::string()));
        if (!started)
          return Fail(ErrorKind::kRuleViolation, "liquidation_not_started", "注销登记前应先成立清算组织进行清算（DEREG-LIQUIDATION）",
                      "liquidation comes before deregistration (DEREG-LIQUIDATION)", "status");
        SOCORG_TRY_VOID(CheckDeregistration(*started, in.liquidation_completed_on, !in.liquidation_report.empty(), on));
        if (DeregistrationNeedsConsent(type) && !app.contains("deregistration_consent"))
          return Fail(ErrorKind::kRuleViolation, "no_deregistration_consent",
                      "注销登记须提交业务主管单位的审查文件：请业务主管单位先出具同意注销意见（DEREG-CONSENT）",
                      "deregistration needs the supervisory unit's review and consent on file first (DEREG-CONSENT)",
                      "consent");
        liq["completed_on"] = in.liquidation_completed_on->ToString();
        liq["report"] = in.liquidation_report;
        app["liquidation"] = liq;
      }
      if (in.action == Action::kRevoke && !in.ground.empty()) {
        auto ground = ParseRevocationGround(in.ground);
        if (!ground) return Invalid("invalid_ground", "撤销事由无效：" + in.ground, "unknown ground: " + in.ground, "ground");
        if (*ground == RevocationGround::kNoActivity) {
          auto registered = before.registered_on ? Date::Parse(*before.registered_on) : std::nullopt;
          if (!registered)
            return Fail(ErrorKind::kRuleViolation, "no_registration_date", "该组织没有登记日期", "no registration date on record",
                        "registered_on");
          SOCORG_TRY(auto events, event_store::ListForOrg(*conn, before.id));
          std::vector<ActivityRecord> activity;
          for (auto& e : events)
            if (auto d = Date::Parse(e.occurred_on)) activity.push_back({*d, e.action});
          SOCORG_TRY_VOID(CheckNoActivityRevocation(type, *registered, activity, on));
        }
        app["revocation_ground"] = in.ground;
      }
      after.ended_on = on.ToString();
      if (in.action == Action::kRefuse) app["decided_on"] = on.ToString();
      break;
    case Action::kConsentChange: {
      // The supervisory unit's consent (CHANGE-CONSENT) to the registered facts in `changes` and/or a charter
      // amendment, after the members' (or board's) resolution. The registration is applied for within 30
      // days (CHANGE-WINDOW-30D); a new consent replaces one on file.
      if (!in.resolution_on)
        return Invalid("required", "请填写会员（代表）大会或理事会决议日期", "resolution_on is required", "resolution_on");
      SOCORG_TRY_VOID(CheckResolutionDate(*in.resolution_on, on));
      if (in.changes.empty() && !in.charter_amendment)
        return Invalid("no_changes", "没有变更内容", "nothing to change", "changes");
      OrgRecord scratch = before;
      SOCORG_TRY_VOID(ApplyChangeFields(scratch, in.changes));
      if (!in.changes.empty() && Diff(before, scratch).empty())
        return Invalid("no_changes", "变更内容与现有登记相同", "nothing would change", "changes");
      json changes = json::object();
      for (auto& [k, v] : in.changes) changes[k] = v;
      json consent = {{"consented_on", on.ToString()}, {"resolution_on", in.resolution_on->ToString()},
                      {"changes", changes},           {"charter", in.charter_amendment},
                      {"by", actor.username},         {"opinion", in.reason}};
      app["change_consent"] = consent;
      extra["change_consent"] = consent;
      break;
    }
    case Action::kChange: {
      std::map<std::string, json> changes = in.changes;
      const bool needs_consent = ChangeNeedsConsent(type);
      json consent = app.value("change_consent", json::object());
      if (in.changes_given && in.changes.empty())
        return Invalid("no_changes", "没有变更内容", "nothing to change", "changes");
      // Each value is checked before the consent is looked at: a malformed body is 400 whatever is on file.
      if (in.changes_given) {
        OrgRecord scratch = before;
        SOCORG_TRY_VOID(ApplyChangeFields(scratch, in.changes));
        if (Diff(before, scratch).empty())
          return Invalid("no_changes", "变更内容与现有登记相同", "nothing would change", "changes");
      }
      if (needs_consent) {
        const json consented = consent.value("changes", json::object());
        if (consented.empty()) return NoConsent("登记事项变更", "a change of registered facts");
        SOCORG_TRY(Date consented_on, ConsentedOn(consent, on));
        extra["consented_on"] = consented_on.ToString();
        // The registration is what the supervisory unit consented to: a body that names changes must name
        // exactly those.
        if (in.changes_given) {
          for (auto& [k, v] : in.changes)
            if (!consented.contains(k) || consented[k] != v)
              return Fail(ErrorKind::kRuleViolation, "change_not_consented",
                          "变更内容与业务主管单位同意的不一致：" + k, "the change differs from what was consented to: " + k,
                          "changes." + k);
          for (auto& [k, v] : consented.items())
            if (!in.changes.contains(k))
              return Fail(ErrorKind::kRuleViolation, "change_not_consented", "缺少业务主管单位同意的变更事项：" + k,
                          "the consented change of " + k + " is missing", "changes." + k);
        }
        changes.clear();
        for (auto& [k, v] : consented.items()) changes[k] = v;
      } else if (changes.empty()) {
        return Invalid("no_changes", "没有变更内容", "nothing to change", "changes");
      }
      SOCORG_TRY_VOID(ApplyChangeFields(after, changes));
      if (after.name != before.name) {
        std::string norm = NormalizeText(after.name);
        SOCORG_TRY(bool taken, org_store::NameTaken(*conn, norm, before.region_code, before.id));
        if (taken)
          return Fail(ErrorKind::kConflict, "name_taken", "本行政区域内已有同名社会组织",
                      "an organization with this name exists in the region", "changes.name");
      }
      if (Diff(before, after).empty()) return Invalid("no_changes", "变更内容与现有登记相同", "nothing would change", "changes");
      if (after.legal_rep != before.legal_rep)
        SOCORG_TRY_VOID(ReviewNewLegalRep(ctx, *conn, before, after.legal_rep, in.new_legal_rep, on));
      if (needs_consent) {
        consent.erase("changes");
        if (consent.value("charter", false)) app["change_consent"] = consent;
        else app.erase("change_consent");
      }
      break;
    }
    case Action::kApproveCharter: {
      // 核准 of a charter amendment (CHANGE-CHARTER-APPROVAL), on the supervisory unit's consent and within 30
      // days of it.
      json consent = app.value("change_consent", json::object());
      if (ChangeNeedsConsent(type)) {
        if (!consent.value("charter", false)) return NoConsent("章程修改", "a charter amendment");
        SOCORG_TRY(Date consented_on, ConsentedOn(consent, on));
        extra["consented_on"] = consented_on.ToString();
        consent["charter"] = false;
        if (consent.value("changes", json::object()).empty()) app.erase("change_consent");
        else app["change_consent"] = consent;
      }
      app["charter_approved_on"] = on.ToString();
      break;
    }
    case Action::kFileElection: {
      Date start = in.term_start.value_or(on);
      Date end = in.term_end.value_or(start.AddYears(MaxTermYears(type, ctx.rules)));
      SOCORG_TRY_VOID(CheckTerm(type, start, end, ctx.rules));  // ELECTION-TERM, FDN-BOARD-TERM
      // ELECTION-FILING-1M: filed within a month after the election (held when the new term starts, unless
      // the filing says otherwise).
      Date held = in.election_on.value_or(start);
      SOCORG_TRY_VOID(CheckElectionFiling(held, on));
      app["last_election_on"] = held.ToString();
      after.term_start = start.ToString();
      after.term_end = end.ToString();
      after.postponed_until.reset();
      break;
    }
    case Action::kRecognizeCharity:
      if (before.charity)
        return Fail(ErrorKind::kRuleViolation, "already_charity", "该组织已认定为慈善组织", "already recognised as a charity",
                    "charity");
      after.charity = true;
      break;
    case Action::kApprovePostponement: {
      if (!in.postponed_until) return Invalid("required", "请填写延期至日期", "postponed_until is required", "postponed_until");
      auto term_end = before.term_end ? Date::Parse(*before.term_end) : std::nullopt;
      if (!term_end) return Fail(ErrorKind::kRuleViolation, "no_term", "该组织没有任期记录", "no term on record", "term_end");
      std::optional<Date> already;
      if (before.postponed_until) already = Date::Parse(*before.postponed_until);
      SOCORG_TRY_VOID(CheckPostponement(*term_end, already, *in.postponed_until, ctx.rules));
      after.postponed_until = in.postponed_until->ToString();
      break;
    }
    default: break;
  }
  // The modules' conditions (e.g. supervision: no charity recognition while on the serious list).
  for (const ActionGuard& guard : ctx.action_guards) SOCORG_TRY_VOID(guard(*conn, before, in.action, on, ctx.rules));
  after.application = app.dump();
  json diff = Diff(before, after);
  SOCORG_TRY_VOID(WriteChange(ctx, *conn, actor, before, after, in.action, on, in.reason, in.version, extra));
  // CHANGE-PUBLISH: the authority announces foundings, deregistrations and the changes the statutes name.
  if (in.action == Action::kApprove)
    SOCORG_TRY_VOID(Announce(ctx, *conn, before, after, AnnouncementKind::kEstablishment, on, json::object()));
  if (in.action == Action::kDeregister)
    SOCORG_TRY_VOID(Announce(ctx, *conn, before, after, AnnouncementKind::kDeregistration, on, json::object()));
  if (in.action == Action::kChange) {
    std::vector<std::string> fields;
    for (auto& [k, v] : diff.items()) fields.push_back(k);
    if (IsAnnouncedChange(type, fields)) {
      json announced = json::object();
      for (auto& [k, v] : diff.items())
        if (type == OrgType::kFoundation || k == "name" || k == "address" || k == "legal_rep") announced[k] = v;
      SOCORG_TRY_VOID(Announce(ctx, *conn, before, after, AnnouncementKind::kChange, on, announced));
    }
  }
  SOCORG_TRY(auto reread, org_store::GetById(*conn, before.id));
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, std::move(*reread)));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

}  // namespace socorg
