// Responsible persons and their joint review 负责人联审 (DOMAIN §5).
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/registry.h"
#include "domain/leader_review.h"
#include "domain/resident_id.h"
#include "store/event_store.h"

#include <algorithm>

namespace socorg {

using nlohmann::json;
using namespace register_detail;

namespace {

// The organization's term start dates on record: the current one and every term_start an event changed
// (its old and new values: the founding term, each election).
std::vector<Date> TermStartsOnRecord(const OrgRecord& org, const std::vector<EventRecord>& events) {
  std::vector<Date> out;
  if (org.term_start)
    if (auto d = Date::Parse(*org.term_start)) out.push_back(*d);
  for (const EventRecord& e : events) {
    if (e.changes.find("term_start") == std::string::npos) continue;
    json c = json::parse(e.changes, nullptr, false);
    if (!c.is_object() || !c.contains("term_start") || !c["term_start"].is_array()) continue;
    for (const json& v : c["term_start"])
      if (v.is_string())
        if (auto d = Date::Parse(v.get<std::string>())) out.push_back(*d);
  }
  return out;
}

}  // namespace

Result<std::vector<Finding>> AddPerson(AppContext& ctx, const Actor& actor, const std::string& key,
                                       const PersonInput& in) {
  SOCORG_TRY_VOID(CheckText(in.name, 100, "name", true));
  SOCORG_TRY_VOID(CheckText(in.phone, 40, "phone", false));
  SOCORG_TRY_VOID(CheckText(in.address, kMaxTextBytes, "address", false));
  if (in.roles.empty()) return Invalid("required", "请至少选择一个职务", "at least one role is required", "roles");
  std::vector<PersonRole> roles;
  for (auto& r : in.roles) {
    auto pr = ParsePersonRole(r);
    if (!pr) return Invalid("invalid_role", "职务无效：" + r, "unknown role: " + r, "roles");
    roles.push_back(*pr);
  }
  auto id = CheckResidentId(in.id_number, ctx.clock.Today());
  if (!id.valid) return Invalid("invalid_id_number", id.problem_zh, id.problem_en, "id_number");
  if (in.sentence_completed_on && !in.criminal_record.value_or(false))
    return Invalid("inconsistent", "未申报刑事处罚，不应填写刑罚执行完毕日期",
                   "sentence_completed_on is given only with criminal_record: true", "sentence_completed_on");
  if (in.political_rights_deprived_until && !in.political_rights_deprived.value_or(false))
    return Invalid("inconsistent", "未申报剥夺政治权利，不应填写其截止日期",
                   "political_rights_deprived_until is given only with political_rights_deprived: true",
                   "political_rights_deprived_until");
  if (in.previous_consecutive_terms < 0 || in.previous_consecutive_terms > 50)
    return Invalid("invalid_terms", "连任届数无效", "invalid previous_consecutive_terms", "previous_consecutive_terms");
  if (in.occasion && *in.occasion != "election" && *in.occasion != "change")
    return Invalid("invalid_occasion", "备案情形应为换届（election）或变更（change）",
                   "occasion must be election or change", "occasion");

  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(const OrgRecord found, FindOrgByKey(*conn, key));
  const OrgRecord* org = &found;
  SOCORG_TRY_VOID(CheckCanAct(actor, Action::kChange, org->region_code, org->uscc.value_or("")));
  if (IsEndedStatus(org->status))
    return Fail(ErrorKind::kRuleViolation, "org_ended", "该组织已终止，不能登记负责人", "the organization has ended", "status");

  SOCORG_TRY(auto elsewhere_rows, event_store::PositionsElsewhere(*conn, id.normalized, org->id));
  std::vector<OtherPosition> elsewhere;
  for (auto& p : elsewhere_rows)
    elsewhere.push_back({p.org_name, p.org_type, p.role, p.org_status == OrgStatus::kActive});
  Date term_start = in.term_start.value_or(ctx.clock.Today());
  LeaderCandidate cand{in.name, id.normalized, roles, term_start, in.previous_consecutive_terms, in.civil_servant,
                       in.civil_servant_approved};
  cand.criminal_record = in.criminal_record, cand.sentence_completed_on = in.sentence_completed_on;
  cand.political_rights_deprived = in.political_rights_deprived;
  cand.political_rights_deprived_until = in.political_rights_deprived_until;
  cand.party_member = in.party_member;
  LeaderReviewContext here{org->type, org->charity, {}};
  SOCORG_TRY(auto persons_here, event_store::PersonsOf(*conn, org->id));
  for (const PersonRecord& p : persons_here)
    if (p.active && p.id_number == id.normalized) here.held_here.push_back(p.role);

  // LEADER-TERMS: consecutive terms from the register's history, not from a declaration.
  SOCORG_TRY(auto events, event_store::ListForOrg(*conn, org->id));
  std::vector<Date> term_starts = TermStartsOnRecord(*org, events);
  std::optional<Date> term_end = org->term_end ? Date::Parse(*org->term_end) : std::nullopt;
  std::optional<Date> current_start = org->term_start ? Date::Parse(*org->term_start) : std::nullopt;
  bool election = in.occasion ? *in.occasion == "election" : (!current_start || term_start >= *current_start);
  cand.previous_consecutive_terms = 0;
  for (PersonRole r : roles) {
    std::vector<Date> held;
    for (const PersonRecord& p : persons_here)
      if (p.id_number == id.normalized && p.role == r)
        if (auto d = Date::Parse(p.term_start)) held.push_back(*d);
    cand.previous_consecutive_terms =
        std::max(cand.previous_consecutive_terms,
                 PreviousConsecutiveTerms(term_starts, term_end, held, term_start,
                                          election ? TermOccasion::kElection : TermOccasion::kChange));
  }
  std::vector<Finding> findings = ReviewLeader(cand, here, elsewhere, ctx.clock.Today(), ctx.rules);

  std::string now = ctx.clock.Now();
  auto opt_date = [](const std::optional<Date>& d) { return d ? std::optional(d->ToString()) : std::nullopt; };
  for (PersonRole r : roles) {
    PersonRecord rec{0, org->id, in.name, id.normalized, r, in.phone, in.address, term_start.ToString(),
                     org->term_end, cand.previous_consecutive_terms + 1, true, now};
    rec.criminal_record = in.criminal_record, rec.sentence_completed_on = opt_date(in.sentence_completed_on);
    rec.political_rights_deprived = in.political_rights_deprived;
    rec.political_rights_deprived_until = opt_date(in.political_rights_deprived_until);
    rec.party_member = in.party_member;
    SOCORG_TRY_VOID(event_store::InsertPerson(*conn, rec));
  }
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, org->id, in.name, findings));
  std::string roles_zh;
  for (auto r : roles) roles_zh += (roles_zh.empty() ? "" : "、") + std::string(LabelZh(r));
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, org->id, "person_added", term_start.ToString(), now,
                                                         actor.username, in.name + " " + roles_zh, "{}"}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.person_add", OrgTarget(*org),
                              json{{"name", in.name}, {"roles", in.roles}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return findings;
}

}  // namespace socorg
