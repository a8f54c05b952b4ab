// Life-cycle actions on an existing organization (DOMAIN §4): consent, acceptance, approval, refusal,
// change, election filing, postponement, deregistration, revocation, charity recognition.
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/registry.h"
#include <set>

#include "store/event_store.h"
#include "store/org_store.h"
#include "domain/amount.h"
#include "support/json_int.h"
#include "support/text_normalizer.h"

namespace socorg {

using nlohmann::json;
using namespace register_detail;

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
      after.term_end = on.AddYears(ctx.rules.term_years).ToString();
      app["decided_on"] = on.ToString();
      if (app.contains("applied_on"))
        if (auto applied = Date::Parse(app["applied_on"].get<std::string>()))
          extra["processing_days"] = applied->DaysUntil(on);
      break;
    }
    case Action::kRefuse:
    case Action::kDeregister:
    case Action::kRevoke:
      if (in.reason.empty())
        return Invalid("reason_required", "请填写理由", "a reason is required", "reason");
      after.ended_on = on.ToString();
      if (in.action == Action::kRefuse) app["decided_on"] = on.ToString();
      break;
    case Action::kChange: {
      if (in.changes.empty()) return Invalid("no_changes", "没有变更内容", "nothing to change", "changes");
      for (auto& [field, value] : in.changes) {
        static const std::set<std::string> kText = {"name", "address", "business_scope", "legal_rep",
                                                    "supervisory_unit"};
        if (field == "funds") {
          auto funds = JsonInt<std::int64_t>(value, 0, kMaxAmountYuan);
          if (!funds)
            return Invalid("invalid_funds", "资金应为0到10^12之间的整数（元）",
                           "funds must be an integer of 0 .. 10^12 yuan", "changes.funds");
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
      if (after.name != before.name) {
        std::string norm = NormalizeText(after.name);
        SOCORG_TRY(bool taken, org_store::NameTaken(*conn, norm, before.region_code, before.id));
        if (taken)
          return Fail(ErrorKind::kConflict, "name_taken", "本行政区域内已有同名社会组织",
                      "an organization with this name exists in the region", "changes.name");
      }
      if (Diff(before, after).empty()) return Invalid("no_changes", "变更内容与现有登记相同", "nothing would change", "changes");
      break;
    }
    case Action::kFileElection: {
      Date start = in.term_start.value_or(on);
      Date end = in.term_end.value_or(start.AddYears(ctx.rules.term_years));
      if (end <= start || end > start.AddYears(ctx.rules.term_years))
        return Invalid("invalid_term", "任期应不超过" + std::to_string(ctx.rules.term_years) + "年",
                       "a term lasts at most " + std::to_string(ctx.rules.term_years) + " years", "term_end");
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
  SOCORG_TRY_VOID(WriteChange(ctx, *conn, actor, before, after, in.action, on, in.reason, in.version, extra));
  SOCORG_TRY(auto reread, org_store::GetById(*conn, before.id));
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, std::move(*reread)));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

}  // namespace socorg
