#include "app/org_history.h"

#include "app/audit_log.h"
#include "app/org_lookup.h"
#include "domain/uscc.h"
#include "store/event_store.h"
#include "store/leader_review_store.h"
#include "store/org_store.h"
#include "support/text_normalizer.h"

namespace socorg::register_detail {

using nlohmann::json;

Result<OrgView> LoadView(AppContext& ctx, Connection& c, OrgRecord org, ViewDetail detail) {
  OrgView v;
  if (detail == ViewDetail::kFull) {
    SOCORG_TRY(v.persons, event_store::PersonsOf(c, org.id));
    SOCORG_TRY(v.events, event_store::ListForOrg(c, org.id));
    SOCORG_TRY(v.findings, event_store::FindingsOf(c, org.id));
    SOCORG_TRY(v.leader_reviews, leader_review_store::OfOrg(c, org.id));
  } else {
    SOCORG_TRY(v.persons, event_store::PublicPersonsOf(c, org.id));
    SOCORG_TRY(v.events, event_store::PublicEventsOf(c, org.id));
  }
  if (org.status == OrgStatus::kActive && org.term_end)
    if (auto end = Date::Parse(*org.term_end)) {
      std::optional<Date> postponed;
      if (org.postponed_until) postponed = Date::Parse(*org.postponed_until);
      v.election = EvaluateElection(*end, postponed, ctx.clock.Today(), ctx.rules);
    }
  v.region_name = ctx.divisions->FullName(org.region_code);
  v.org = std::move(org);
  return v;
}

json Fields(const OrgRecord& r) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"uscc", opt(r.uscc)},
          {"name", r.name},
          {"status", ToString(r.status)},
          {"supervisory_unit", r.supervisory_unit},
          {"legal_rep", r.legal_rep},
          {"address", r.address},
          {"business_scope", r.business_scope},
          {"funds", r.funds},
          {"registered_on", opt(r.registered_on)},
          {"ended_on", opt(r.ended_on)},
          {"term_start", opt(r.term_start)},
          {"term_end", opt(r.term_end)},
          {"postponed_until", opt(r.postponed_until)},
          {"certificate_no", opt(r.certificate_no)},
          {"charity", r.charity}};
}

void SetField(OrgRecord& r, const std::string& k, const json& v) {
  auto str = [&] { return v.is_string() ? v.get<std::string>() : std::string(); };
  auto opt = [&] { return v.is_null() ? std::optional<std::string>() : std::optional<std::string>(str()); };
  if (k == "uscc") r.uscc = opt();
  else if (k == "name") r.name = str();
  else if (k == "status") r.status = ParseOrgStatus(str()).value_or(r.status);
  else if (k == "supervisory_unit") r.supervisory_unit = str();
  else if (k == "legal_rep") r.legal_rep = str();
  else if (k == "address") r.address = str();
  else if (k == "business_scope") r.business_scope = str();
  else if (k == "funds") r.funds = v.is_number() ? v.get<std::int64_t>() : 0;
  else if (k == "registered_on") r.registered_on = opt();
  else if (k == "ended_on") r.ended_on = opt();
  else if (k == "term_start") r.term_start = opt();
  else if (k == "term_end") r.term_end = opt();
  else if (k == "postponed_until") r.postponed_until = opt();
  else if (k == "certificate_no") r.certificate_no = opt();
  else if (k == "charity") r.charity = v.is_boolean() && v.get<bool>();
}

json Diff(const OrgRecord& before, const OrgRecord& after) {
  json a = Fields(before), b = Fields(after), d = json::object();
  for (auto& [k, v] : b.items())
    if (a[k] != v) d[k] = json::array({a[k], v});
  return d;
}

Status WriteChange(AppContext& ctx, Connection& c, const Actor& actor, const OrgRecord& before, OrgRecord after,
                   Action action, Date on, const std::string& reason, std::int64_t expected_version, json extra) {
  after.updated_at = ctx.clock.Now();
  if (after.name != before.name) after.name_norm = NormalizeText(after.name);
  SOCORG_TRY_VOID(org_store::Update(c, after, expected_version));
  if (after.name_norm != before.name_norm)
    SOCORG_TRY_VOID(org_store::IndexName(c, after.id, before.name_norm, after.name_norm));
  json changes = Diff(before, after);
  SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, after.id, std::string(ToString(action)), on.ToString(),
                                                     after.updated_at, actor.username, reason, changes.dump()}));
  json detail = {{"org_id", after.id.value}, {"changes", changes}, {"reason", reason}};
  for (auto& [k, v] : extra.items()) detail[k] = v;
  return AppendAudit(c, ctx.clock, actor, "org." + std::string(ToString(action)), OrgTarget(after), detail.dump());
}

Status StoreFindings(AppContext& ctx, Connection& c, OrgId org, const std::string& subject,
                     const std::vector<Finding>& fs) {
  for (const Finding& f : fs) {
    json facts = json::object();
    for (auto& [k, v] : f.facts) facts[k] = v;
    SOCORG_TRY_VOID(event_store::InsertFinding(
        c, FindingRecord{0, org, subject, f.rule_id, f.basis, f.title_zh, f.outcome, facts.dump(),
                         f.explanation_zh + (f.explanation_en.empty() ? "" : " / " + f.explanation_en),
                         ctx.clock.Now()}));
  }
  return {};
}

Result<std::pair<std::string, std::int64_t>> IssueNewCode(Connection& c, OrgType type, const std::string& region) {
  for (int attempt = 0; attempt < 1000; ++attempt) {
    SOCORG_TRY(std::int64_t serial, org_store::NextSerial(c, "uscc"));
    std::string code = IssueUscc(type, region, static_cast<std::uint64_t>(serial));
    SOCORG_TRY(auto existing, org_store::GetByUscc(c, code));
    if (!existing) return std::make_pair(code, serial);
  }
  return Fail(ErrorKind::kInternal, "code_space_exhausted", "无法分配新的统一社会信用代码", "could not issue a new code");
}

}  // namespace socorg::register_detail
