#include "app/registry.h"

#include <algorithm>

#include "app/audit_log.h"
#include "support/text_normalizer.h"
#include "domain/founding.h"
#include "domain/leader_review.h"
#include "domain/region.h"
#include "domain/resident_id.h"
#include "domain/search_text.h"
#include "domain/uscc.h"
#include "store/event_store.h"

namespace socorg {
namespace {

using nlohmann::json;

constexpr int kMaxPageSize = 100;
constexpr size_t kMaxNameBytes = 200, kMaxTextBytes = 2000;

std::unexpected<Error> NotFound() {
  return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
}

std::unexpected<Error> Invalid(std::string code, std::string zh, std::string en, std::string field) {
  return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
}

Result<std::optional<OrgRecord>> FindByKey(Connection& c, const std::string& key) {
  if (key.size() == 18) return org_store::GetByUscc(c, CheckUscc(key).normalized);
  if (!key.empty() && key.size() < 16 && std::all_of(key.begin(), key.end(), ::isdigit))
    return org_store::GetById(c, OrgId{std::stoll(key)});
  return std::optional<OrgRecord>{};
}

// The public record has no findings (they may name persons' checks) and reads only the public columns of
// persons and events (no ID numbers, phones, addresses, actors or reasons); officers see everything.
enum class ViewDetail { kPublic, kFull };

Result<OrgView> LoadView(AppContext& ctx, Connection& c, OrgRecord org, ViewDetail detail = ViewDetail::kFull) {
  OrgView v;
  if (detail == ViewDetail::kFull) {
    SOCORG_TRY(v.persons, event_store::PersonsOf(c, org.id));
    SOCORG_TRY(v.events, event_store::ListForOrg(c, org.id));
    SOCORG_TRY(v.findings, event_store::FindingsOf(c, org.id));
  } else {
    SOCORG_TRY(v.persons, event_store::PublicPersonsOf(c, org.id));
    SOCORG_TRY(v.events, event_store::PublicEventsOf(c, org.id));
  }
  if (org.status == "active" && org.term_end)
    if (auto end = Date::Parse(*org.term_end)) {
      std::optional<Date> postponed;
      if (org.postponed_until) postponed = Date::Parse(*org.postponed_until);
      v.election = EvaluateElection(*end, postponed, ctx.clock.Today(), ctx.rules);
    }
  v.region_name = ctx.divisions->FullName(org.region_code);
  v.org = std::move(org);
  return v;
}

// Field values of the record as JSON, for history diffs and as-of reconstruction.
json Fields(const OrgRecord& r) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"uscc", opt(r.uscc)},
          {"name", r.name},
          {"status", r.status},
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
  else if (k == "status") r.status = str();
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

// Writes the updated record, its event and its audit entry; the caller commits.
Status WriteChange(AppContext& ctx, Connection& c, const Actor& actor, const OrgRecord& before, OrgRecord after,
                   Action action, Date on, const std::string& reason, std::int64_t expected_version,
                   json extra = json::object()) {
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
  return AppendAudit(c, ctx.clock, actor, "org." + std::string(ToString(action)),
                     "org:" + (after.uscc ? *after.uscc : std::to_string(after.id.value)), detail.dump());
}

Status StoreFindings(AppContext& ctx, Connection& c, OrgId org, const std::string& subject,
                     const std::vector<Finding>& fs) {
  for (const Finding& f : fs) {
    json facts = json::object();
    for (auto& [k, v] : f.facts) facts[k] = v;
    SOCORG_TRY_VOID(event_store::InsertFinding(
        c, FindingRecord{0, org, subject, f.rule_id, f.basis, f.title_zh, ToString(f.outcome), facts.dump(),
                         f.explanation_zh + (f.explanation_en.empty() ? "" : " / " + f.explanation_en),
                         ctx.clock.Now()}));
  }
  return {};
}

// A new code: the next serial, skipping any code already present (imported registers carry codes
// issued elsewhere that may collide with ours).
Result<std::pair<std::string, std::int64_t>> IssueNewCode(Connection& c, OrgType type, const std::string& region) {
  for (int attempt = 0; attempt < 1000; ++attempt) {
    SOCORG_TRY(std::int64_t serial, org_store::NextSerial(c, "uscc"));
    std::string code = IssueUscc(type, region, static_cast<std::uint64_t>(serial));
    SOCORG_TRY(auto existing, org_store::GetByUscc(c, code));
    if (!existing) return std::make_pair(code, serial);
  }
  return Fail(ErrorKind::kInternal, "code_space_exhausted", "无法分配新的统一社会信用代码", "could not issue a new code");
}

Status CheckText(const std::string& v, size_t max, const char* field, bool required) {
  if (required && v.empty())
    return Invalid("required", std::string("缺少必填项：") + field, std::string("missing required field: ") + field, field);
  if (v.size() > max)
    return Invalid("too_long", std::string("内容过长：") + field, std::string("value too long: ") + field, field);
  return {};
}

Result<org_store::SearchResult> RunSearch(Connection& c, const SearchQuery& q, OrgFilter f) {
  if (q.page < 1 || q.page > 100000) return Invalid("invalid_page", "页码无效", "invalid page", "page");
  if (q.page_size < 1 || q.page_size > kMaxPageSize)
    return Invalid("invalid_page_size", "每页条数应在1到100之间", "page_size must be 1-100", "page_size");
  if (!q.type.empty() && !ParseOrgType(q.type)) return Invalid("invalid_type", "组织类型无效", "unknown type", "type");
  if (!q.level.empty() && !ParseOrgLevel(q.level)) return Invalid("invalid_level", "级别无效", "unknown level", "level");
  if (q.q.size() > kMaxNameBytes) return Invalid("query_too_long", "查询内容过长", "query too long", "q");
  if (q.sort != "id" && q.sort != "registered_on" && q.sort != "name")
    return Invalid("invalid_sort", "排序字段应为 id、registered_on 或 name", "sort must be id, registered_on or name", "sort");
  if (q.order != "asc" && q.order != "desc")
    return Invalid("invalid_order", "排序方向应为 asc 或 desc", "order must be asc or desc", "order");
  f.sort = q.sort;
  f.descending = q.order == "desc";
  f.type = q.type;
  f.level = q.level;
  if (!q.q.empty()) {
    std::string norm = NormalizeText(q.q);
    f.match = BigramMatchQuery(norm);
    f.name_like = norm;
    if (f.match.empty()) return org_store::SearchResult{};  // only punctuation: nothing can match
  }
  f.limit = q.page_size;
  f.offset = (q.page - 1) * q.page_size;
  return org_store::Search(c, f);
}

}  // namespace

bool IsPublicStatus(const std::string& s) { return s == "active" || s == "deregistered" || s == "revoked"; }

Result<OrgView> GetPublicOrg(AppContext& ctx, const std::string& uscc) {
  auto check = CheckUscc(uscc);
  if (!check.valid())
    return Invalid("invalid_uscc", "统一社会信用代码无效：" + check.problems[0].message,
                   "invalid unified social credit code: " + check.problems[0].message_en, "uscc");
  auto conn = ctx.read_db->Acquire();
  // One read transaction: the record, its persons and its history come from one snapshot, and SQLite
  // takes its WAL read lock once instead of once per statement.
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/false));
  SOCORG_TRY(auto org, org_store::GetByUscc(*conn, check.normalized));
  if (!org || !IsPublicStatus(org->status)) return NotFound();
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, std::move(*org), ViewDetail::kPublic));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

Result<OrgView> GetOrgForActor(AppContext& ctx, const Actor& actor, const std::string& key) {
  auto conn = ctx.db->Acquire();
  OrgView v;
  {
    SOCORG_TRY(auto read, Transaction::Start(*conn, /*write=*/false));
    SOCORG_TRY(auto org, FindByKey(*conn, key));
    if (!org) return NotFound();
    SOCORG_TRY_VOID(CheckCanRead(actor, *org));
    SOCORG_TRY(v, LoadView(ctx, *conn, std::move(*org)));
    SOCORG_TRY_VOID(read.Commit());
  }
  // PIPL: viewing unmasked ID numbers, phones and addresses of persons is itself audited (DOMAIN §21).
  if (!v.persons.empty()) {
    SOCORG_TRY(auto tx, Transaction::Start(*conn));
    SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.view_personal_data",
                                "org:" + (v.org.uscc ? *v.org.uscc : std::to_string(v.org.id.value)),
                                json{{"persons", v.persons.size()}}.dump()));
    SOCORG_TRY_VOID(tx.Commit());
  }
  return v;
}

Result<OrgRecord> OrgAsOf(const OrgView& view, Date date) {
  if (view.events.empty() || view.events.front().occurred_on > date.ToString())
    return Fail(ErrorKind::kNotFound, "not_yet_registered", "该日期时该组织尚未登记",
                "the organization did not exist on that date", "date");
  OrgRecord r = view.org;
  for (auto it = view.events.rbegin(); it != view.events.rend(); ++it) {
    // Events are in recording order, which is not date order when a step is recorded late (a back-dated
    // election filing after a change): undo every later-dated event, not just a trailing run of them.
    if (it->occurred_on <= date.ToString()) continue;
    json changes = json::parse(it->changes, nullptr, false);
    if (!changes.is_object()) continue;
    for (auto& [k, v] : changes.items())
      if (v.is_array() && v.size() == 2) SetField(r, k, v[0]);
  }
  return r;
}

Result<org_store::SearchResult> SearchPublic(AppContext& ctx, const SearchQuery& q) {
  OrgFilter f;
  if (!q.status.empty()) {
    if (!IsPublicStatus(q.status))
      return Invalid("invalid_status", "状态应为 active、deregistered 或 revoked",
                     "status must be active, deregistered or revoked", "status");
    f.statuses = {q.status};
  } else {
    f.statuses = {"active", "deregistered", "revoked"};
  }
  if (!q.region.empty()) {
    if (!IsRegionCodeShape(q.region) || !ctx.divisions->Contains(q.region))
      return Invalid("invalid_region", "行政区划代码无效", "unknown region code", "region");
    f.region_prefix = RegionPrefix(q.region);
  }
  f.issued_only = true;
  auto conn = ctx.read_db->Acquire();
  return RunSearch(*conn, q, std::move(f));
}

Result<org_store::SearchResult> SearchRegister(AppContext& ctx, const Actor& actor, const SearchQuery& q) {
  if (!q.region.empty() && (!IsRegionCodeShape(q.region) || !ctx.divisions->Contains(q.region)))
    return Invalid("invalid_region", "行政区划代码无效", "unknown region code", "region");
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(actor, q.region));
  OrgFilter f;
  f.region_prefix = prefix;
  if (!q.status.empty()) {
    if (!ParseOrgStatus(q.status)) return Invalid("invalid_status", "状态无效", "unknown status", "status");
    f.statuses = {q.status};
  }
  auto conn = ctx.db->Acquire();
  return RunSearch(*conn, q, std::move(f));
}

Result<OrgView> SubmitApplication(AppContext& ctx, const Actor& actor, const ApplicationInput& in) {
  SOCORG_TRY_VOID(CheckText(in.name, kMaxNameBytes, "name", true));
  if (SearchCharacters(NormalizeText(in.name)).size() < 2)
    return Invalid("name_too_short", "名称至少包含2个汉字或字母", "the name needs at least 2 letters", "name");
  for (auto [v, f] : {std::pair{&in.supervisory_unit, "supervisory_unit"}, {&in.legal_rep, "legal_rep"},
                      {&in.address, "address"}, {&in.business_scope, "business_scope"}})
    SOCORG_TRY_VOID(CheckText(*v, kMaxTextBytes, f, false));
  auto type = ParseOrgType(in.type);
  if (!type) return Invalid("invalid_type", "组织类型无效", "unknown organization type", "type");
  if (!IsRegionCodeShape(in.region_code) || !ctx.divisions->Contains(in.region_code))
    return Invalid("invalid_region", "行政区划代码无效", "unknown region code", "region_code");
  if (in.funds < 0) return Invalid("invalid_funds", "资金不能为负数", "funds cannot be negative", "funds");
  Action action = *type == OrgType::kCommunity ? Action::kFileCommunity
                  : in.preparation            ? Action::kStartPreparation
                                              : Action::kApply;
  SOCORG_TRY_VOID(CheckCanAct(actor, action, in.region_code, ""));
  SOCORG_TRY(OrgStatus status, NextStatus(action, std::nullopt, *type));
  Date on = in.date.value_or(ctx.clock.Today());
  if (on > ctx.clock.Today()) return Invalid("date_in_future", "日期不能晚于今天", "the date is in the future", "date");

  OrgLevel level = LevelForAuthority(in.region_code);
  FoundingFacts facts{*type, level, in.name, in.individual_members, in.unit_members, in.funds,
                      in.public_fundraising, in.directors};
  std::vector<Finding> findings = CheckFoundingMinimums(facts, ctx.rules);

  OrgRecord r;
  r.name = in.name;
  r.name_norm = NormalizeText(in.name);
  r.type = in.type;
  r.level = std::string(ToString(level));
  r.status = std::string(ToString(status));
  r.region_code = in.region_code;
  r.supervisory_unit = in.supervisory_unit;
  r.legal_rep = in.legal_rep;
  r.address = in.address;
  r.business_scope = in.business_scope;
  r.funds = in.funds;
  r.application = json{{"applied_on", on.ToString()},
                       {"individual_members", in.individual_members},
                       {"unit_members", in.unit_members},
                       {"directors", in.directors},
                       {"public_fundraising", in.public_fundraising}}
                      .dump();
  r.created_at = r.updated_at = ctx.clock.Now();

  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(bool taken, org_store::NameTaken(*conn, r.name_norm, r.region_code, OrgId{}));
  if (taken)
    return Fail(ErrorKind::kConflict, "name_taken", "本行政区域内已有同名社会组织", "an organization with this name exists in the region",
                "name");
  if (action == Action::kFileCommunity) {
    // Filed community organizations carry a civil-affairs code of category 9 (其他), DOMAIN §2.1.
    SOCORG_TRY(auto issued, IssueNewCode(*conn, *type, r.region_code));
    auto [code, serial] = issued;
    r.uscc = code;
    r.registered_on = on.ToString();
    r.certificate_no = "备" + r.region_code + "-" + std::to_string(serial);
  }
  SOCORG_TRY(r.id, org_store::Insert(*conn, r));
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, r.id, "org", findings));
  json changes = Diff(OrgRecord{}, r);
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, r.id, std::string(ToString(action)), on.ToString(),
                                                         r.created_at, actor.username, "", changes.dump()}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org." + std::string(ToString(action)),
                              "org:" + std::to_string(r.id.value), json{{"name", r.name}, {"type", r.type}}.dump()));
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, r));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

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
  SOCORG_TRY(auto found, FindByKey(*conn, key));
  if (!found) return NotFound();
  if (conn->dialect() == Dialect::kPostgres) {  // lock the row, then re-read it: the version check sees the last commit
    SOCORG_TRY_VOID(LockRowForUpdate(*conn, "orgs", found->id.value));
    SOCORG_TRY(found, org_store::GetById(*conn, found->id));
    if (!found) return NotFound();
  }
  const OrgRecord before = *found;
  SOCORG_TRY_VOID(CheckCanAct(actor, in.action, before.region_code, before.uscc.value_or("")));
  if (in.version != before.version)
    return Fail(ErrorKind::kConflict, "stale_version", "该组织已被他人修改，请刷新后重试",
                "the organization was changed by someone else; reload and retry", "version");
  auto type = ParseOrgType(before.type).value_or(OrgType::kSocialGroup);
  SOCORG_TRY(OrgStatus next, NextStatus(in.action, ParseOrgStatus(before.status), type));

  OrgRecord after = before;
  after.status = std::string(ToString(next));
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
        if (f.outcome == "fail")
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
          if (!value.is_number_integer() || value.get<std::int64_t>() < 0)
            return Invalid("invalid_funds", "资金应为非负整数（元）", "funds must be a non-negative integer", "changes.funds");
          after.funds = value.get<std::int64_t>();
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
  after.application = app.dump();
  SOCORG_TRY_VOID(WriteChange(ctx, *conn, actor, before, after, in.action, on, in.reason, in.version, extra));
  SOCORG_TRY(auto reread, org_store::GetById(*conn, before.id));
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, std::move(*reread)));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

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
  if (in.previous_consecutive_terms < 0 || in.previous_consecutive_terms > 50)
    return Invalid("invalid_terms", "连任届数无效", "invalid previous_consecutive_terms", "previous_consecutive_terms");

  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto org, FindByKey(*conn, key));
  if (!org) return NotFound();
  SOCORG_TRY_VOID(CheckCanAct(actor, Action::kChange, org->region_code, org->uscc.value_or("")));
  if (org->status == "refused" || org->status == "deregistered" || org->status == "revoked")
    return Fail(ErrorKind::kRuleViolation, "org_ended", "该组织已终止，不能登记负责人", "the organization has ended", "status");

  SOCORG_TRY(auto elsewhere_rows, event_store::PositionsElsewhere(*conn, id.normalized, org->id));
  std::vector<OtherPosition> elsewhere;
  for (auto& p : elsewhere_rows)
    if (auto t = ParseOrgType(p.org_type); t)
      if (auto r = ParsePersonRole(p.role); r) elsewhere.push_back({p.org_name, *t, *r, p.org_status == "active"});
  Date term_start = in.term_start.value_or(ctx.clock.Today());
  LeaderCandidate cand{in.name, id.normalized, roles, term_start, in.previous_consecutive_terms, in.civil_servant,
                       in.civil_servant_approved};
  auto type = ParseOrgType(org->type).value_or(OrgType::kSocialGroup);
  std::vector<Finding> findings = ReviewLeader(cand, type, elsewhere, ctx.clock.Today(), ctx.rules);

  std::string now = ctx.clock.Now();
  for (auto& r : in.roles)
    SOCORG_TRY_VOID(event_store::InsertPerson(
        *conn, PersonRecord{0, org->id, in.name, id.normalized, r, in.phone, in.address, term_start.ToString(),
                            org->term_end, in.previous_consecutive_terms + 1, true, now}));
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, org->id, in.name, findings));
  std::string roles_zh;
  for (auto r : roles) roles_zh += (roles_zh.empty() ? "" : "、") + std::string(LabelZh(r));
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, org->id, "person_added", term_start.ToString(), now,
                                                         actor.username, in.name + " " + roles_zh, "{}"}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.person_add",
                              "org:" + (org->uscc ? *org->uscc : std::to_string(org->id.value)),
                              json{{"name", in.name}, {"roles", in.roles}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return findings;
}

}  // namespace socorg
