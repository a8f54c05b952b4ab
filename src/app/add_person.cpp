// Responsible persons and their joint review 负责人联审 (DOMAIN §5).
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/leader_reviews.h"
#include "app/registry.h"
#include "domain/leader_review.h"
#include "domain/resident_id.h"
#include "domain/leader_filing.h"
#include "domain/region.h"
#include "store/event_store.h"
#include "store/leader_review_store.h"

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


struct Reviewed {
  OrgRecord org;
  std::string id_number;  // normalised
  std::vector<PersonRole> roles;
  Date term_start;
  bool election = true;
  bool founding_term = false;  // the term taken is the one begun at registration (reviewed with the founding)
  std::vector<Finding> findings;
};

// The input's own checks (before any database access).
Status CheckPersonInput(const PersonInput& in, bool with_contact) {
  SOCORG_TRY_VOID(CheckText(in.name, 100, "name", true));
  if (with_contact) {
    SOCORG_TRY_VOID(CheckText(in.phone, 40, "phone", false));
    SOCORG_TRY_VOID(CheckText(in.address, kMaxTextBytes, "address", false));
  }
  if (in.roles.empty()) return Invalid("required", "请至少选择一个职务", "at least one role is required", "roles");
  for (auto& r : in.roles)
    if (!ParsePersonRole(r)) return Invalid("invalid_role", "职务无效：" + r, "unknown role: " + r, "roles");
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
  return {};
}

// The joint review of the candidate in the organization `key`, inside the caller's transaction: the
// organization (locked, in the actor's jurisdiction, not ended), the positions elsewhere and here, the terms
// on the register, and the Findings.
Result<Reviewed> Review(AppContext& ctx, Connection& conn, const Actor& actor, const std::string& key,
                        const PersonInput& in) {
  Reviewed out;
  for (auto& r : in.roles) out.roles.push_back(*ParsePersonRole(r));
  auto id = CheckResidentId(in.id_number, ctx.clock.Today());
  if (!id.valid) return Invalid("invalid_id_number", id.problem_zh, id.problem_en, "id_number");
  out.id_number = id.normalized;
  SOCORG_TRY(out.org, FindOrgByKey(conn, key));
  const OrgRecord* org = &out.org;
  SOCORG_TRY_VOID(CheckCanAct(actor, Action::kChange, org->region_code, org->uscc.value_or("")));
  if (IsEndedStatus(org->status))
    return Fail(ErrorKind::kRuleViolation, "org_ended", "该组织已终止，不能登记负责人", "the organization has ended", "status");

  SOCORG_TRY(auto elsewhere_rows, event_store::PositionsElsewhere(conn, id.normalized, org->id));
  std::vector<OtherPosition> elsewhere;
  for (auto& p : elsewhere_rows)
    elsewhere.push_back({p.org_name, p.org_type, p.role, p.org_status == OrgStatus::kActive});
  Date term_start = in.term_start.value_or(ctx.clock.Today());
  out.term_start = term_start;
  const std::vector<PersonRole>& roles = out.roles;
  LeaderCandidate cand{in.name, id.normalized, roles, term_start, 0, in.civil_servant, in.civil_servant_approved};
  cand.criminal_record = in.criminal_record, cand.sentence_completed_on = in.sentence_completed_on;
  cand.political_rights_deprived = in.political_rights_deprived;
  cand.political_rights_deprived_until = in.political_rights_deprived_until;
  cand.party_member = in.party_member;
  LeaderReviewContext here{org->type, org->charity, {}};
  SOCORG_TRY(auto persons_here, event_store::PersonsOf(conn, org->id));
  for (const PersonRecord& p : persons_here)
    if (p.active && p.id_number == id.normalized) here.held_here.push_back(p.role);

  // LEADER-TERMS: consecutive terms from the register's history, not from a declaration.
  SOCORG_TRY(auto events, event_store::ListForOrg(conn, org->id));
  std::vector<Date> term_starts = TermStartsOnRecord(*org, events);
  std::optional<Date> term_end = org->term_end ? Date::Parse(*org->term_end) : std::nullopt;
  std::optional<Date> current_start = org->term_start ? Date::Parse(*org->term_start) : std::nullopt;
  out.election = in.occasion ? *in.occasion == "election" : (!current_start || term_start >= *current_start);
  if (auto registered = org->registered_on ? Date::Parse(*org->registered_on) : std::nullopt) {
    bool later_term = (term_end && term_start >= *term_end) ||
                      std::any_of(term_starts.begin(), term_starts.end(),
                                  [&](Date d) { return *registered < d && d <= term_start; }) ||
                      (out.election && std::all_of(term_starts.begin(), term_starts.end(),
                                                   [&](Date d) { return d < term_start; }));
    out.founding_term = !later_term && term_start >= *registered;
  }
  for (PersonRole r : roles) {
    std::vector<Date> held;
    for (const PersonRecord& p : persons_here)
      if (p.id_number == id.normalized && p.role == r)
        if (auto d = Date::Parse(p.term_start)) held.push_back(*d);
    cand.previous_consecutive_terms =
        std::max(cand.previous_consecutive_terms,
                 PreviousConsecutiveTerms(term_starts, term_end, held, term_start,
                                          out.election ? TermOccasion::kElection : TermOccasion::kChange));
  }
  out.findings = ReviewLeader(cand, here, elsewhere, ctx.clock.Today(), ctx.rules);
  return out;
}

std::string RolesZh(const std::vector<PersonRole>& roles) {
  std::string out;
  for (auto r : roles) out += (out.empty() ? "" : "、") + std::string(LabelZh(r));
  return out;
}

}  // namespace

Result<std::vector<Finding>> AddPerson(AppContext& ctx, const Actor& actor, const std::string& key,
                                       const PersonInput& in) {
  SOCORG_TRY_VOID(CheckPersonInput(in, true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(Reviewed rv, Review(ctx, *conn, actor, key, in));
  const OrgRecord* org = &rv.org;
  Date today = ctx.clock.Today();

  // 一前一备: an election filing of a 负责人 follows a pre-review before the election; every filing is recorded.
  // The founding term's leaders were reviewed with the founding application (its "leaders" document).
  SOCORG_TRY(auto pre, leader_review_store::LatestPreReview(*conn, org->id, rv.id_number));
  bool leading = std::any_of(rv.roles.begin(), rv.roles.end(), IsLeadingRole);
  if (rv.election && leading && !rv.founding_term) rv.findings.push_back(CheckPreReview(pre, rv.term_start));
  std::vector<Finding>& findings = rv.findings;

  std::string now = ctx.clock.Now();
  LeaderReviewRecord filing{0, org->id, org->region_code, rv.election ? LeaderReviewKind::kElection : LeaderReviewKind::kChange,
                            in.name, rv.id_number, rv.roles, rv.term_start.ToString(), Overall(findings),
                            pre ? std::optional(pre->id) : std::nullopt, today.ToString(), actor.username, now};
  SOCORG_TRY(std::int64_t filing_id, leader_review_store::Insert(*conn, filing));

  auto opt_date = [](const std::optional<Date>& d) { return d ? std::optional(d->ToString()) : std::nullopt; };
  SOCORG_TRY(auto persons_here, event_store::PersonsOf(*conn, org->id));
  for (PersonRole r : rv.roles) {
    int previous = 0;
    for (const Finding& f : findings)
      if (f.rule_id == "LEADER-TERMS")
        for (auto& [k, v] : f.facts)
          if (k == "previous_consecutive_terms") previous = std::atoi(v.c_str());
    PersonRecord rec{0, org->id, in.name, rv.id_number, r, in.phone, in.address, rv.term_start.ToString(),
                     org->term_end, previous + 1, true, now};
    rec.criminal_record = in.criminal_record, rec.sentence_completed_on = opt_date(in.sentence_completed_on);
    rec.political_rights_deprived = in.political_rights_deprived;
    rec.political_rights_deprived_until = opt_date(in.political_rights_deprived_until);
    rec.party_member = in.party_member;
    rec.filing_id = filing_id;
    SOCORG_TRY_VOID(event_store::InsertPerson(*conn, rec));
  }
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, org->id, in.name, findings));
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, org->id, "person_added", rv.term_start.ToString(), now,
                                                         actor.username,
                                                         std::string(LabelZh(filing.kind)) + "：" + in.name + " " + RolesZh(rv.roles),
                                                         "{}"}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.person_add", OrgTarget(*org),
                              json{{"name", in.name}, {"roles", in.roles}, {"filing_id", filing_id},
                                   {"kind", ToString(filing.kind)}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return findings;
}

Result<LeaderPreReview> PreReviewLeader(AppContext& ctx, const Actor& actor, const std::string& key,
                                        const PersonInput& in) {
  SOCORG_TRY_VOID(CheckPersonInput(in, false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  PersonInput as_election = in;
  as_election.occasion = "election";  // reviewed before an election: the term taken is the new one
  SOCORG_TRY(Reviewed rv, Review(ctx, *conn, actor, key, as_election));
  const OrgRecord* org = &rv.org;
  std::string now = ctx.clock.Now();
  LeaderReviewRecord r{0, org->id, org->region_code, LeaderReviewKind::kPreReview, in.name, rv.id_number, rv.roles,
                       rv.term_start.ToString(), Overall(rv.findings), std::nullopt, ctx.clock.Today().ToString(),
                       actor.username, now};
  SOCORG_TRY(r.id, leader_review_store::Insert(*conn, r));
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, org->id, "事前审查 " + in.name, rv.findings));
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, org->id, "leader_pre_review", r.on_date, now,
                                                         actor.username, "事前审查：" + in.name + " " + RolesZh(rv.roles),
                                                         "{}"}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.leader_pre_review", OrgTarget(*org),
                              json{{"name", in.name}, {"roles", in.roles}, {"id", r.id},
                                   {"outcome", ToString(r.outcome)}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  r.id_number = MaskResidentId(r.id_number);
  return LeaderPreReview{std::move(r), std::move(rv.findings)};
}

Result<LeaderReviewCountsView> LeaderReviewCounts(AppContext& ctx, const Actor& actor, const std::string& region,
                                                  const std::string& from, const std::string& to) {
  if (actor.role == Role::kOrgAccount || actor.role == Role::kSupervisoryReviewer)
    return Fail(ErrorKind::kForbidden, "forbidden", "无权查看负责人审查备案统计", "not allowed to read these counts");
  auto f = Date::Parse(from), t = Date::Parse(to);
  if (!f) return Invalid("invalid_date", "日期格式应为YYYY-MM-DD", "from must be YYYY-MM-DD", "from");
  if (!t) return Invalid("invalid_date", "日期格式应为YYYY-MM-DD", "to must be YYYY-MM-DD", "to");
  if (*t < *f) return Invalid("invalid_period", "截止日期早于起始日期", "to is before from", "to");
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(actor, region));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto rows, leader_review_store::Counts(*conn, prefix, f->ToString(), t->ToString()));
  LeaderReviewCountsView v;
  v.region_code = region.empty() ? actor.region_code : region;
  v.region_name = ctx.divisions->FullName(v.region_code);
  v.from = f->ToString(), v.to = t->ToString();
  auto add = [](ReviewFilingCounts& c, const leader_review_store::CountRow& r) {
    switch (r.kind) {
      case LeaderReviewKind::kPreReview:
        c.pre_reviews += r.n;
        if (r.outcome == Outcome::kFail) c.pre_reviews_failed += r.n;
        break;
      case LeaderReviewKind::kElection:
        c.filings += r.n;
        if (r.without_pre_review) c.filed_without_pre_review += r.n;
        break;
      case LeaderReviewKind::kChange: c.changes += r.n; break;
    }
  };
  for (const auto& r : rows) {
    add(v.total, r);
    if (v.by_region.empty() || v.by_region.back().region_code != r.region_code)
      v.by_region.push_back({r.region_code, ctx.divisions->FullName(r.region_code), {}});
    add(v.by_region.back().counts, r);
  }
  return v;
}

}  // namespace socorg
