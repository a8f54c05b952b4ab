#include "store/opendata.h"

#include <nlohmann/json.hpp>

#include "domain/org_types.h"
#include "domain/person.h"
#include "domain/public_record.h"
#include "store/event_store.h"
#include "store/org_store.h"
#include "store/records.h"
#include "support/text_normalizer.h"

namespace socorg::opendata {

std::int64_t LoadState::OrgId(const std::string& uscc) const {
  auto it = org_ids.find(uscc);
  return it == org_ids.end() ? 0 : it->second;
}

std::string_view ToString(FieldType t) {
  switch (t) {
    case FieldType::kString: return "string";
    case FieldType::kInteger: return "integer";
    case FieldType::kBoolean: return "boolean";
    case FieldType::kDate: return "date";
    case FieldType::kObject: return "object";
    case FieldType::kArray: return "array";
  }
  return "string";
}

namespace detail {

constexpr std::int64_t kPage = 20000;

std::optional<std::string> Cell(const RowRef& r, int i, FieldType t) {
  if (r.IsNull(i)) return std::nullopt;
  if (t == FieldType::kBoolean) return std::string(r.Int(i) ? "true" : "false");
  if (t == FieldType::kInteger) return std::to_string(r.Int(i));
  return std::string(r.Text(i));
}

Status EachPage(Connection& c, const std::string& sql, Date as_of,
                const std::function<bool(const RowRef&, Cells&)>& read, const RowSink& row) {
  std::int64_t after = 0;
  Cells cells;
  for (;;) {
    std::int64_t n = 0;
    SOCORG_TRY_VOID(c.ForEach(sql, {after, kPage, as_of.ToString()}, [&](const RowRef& r) {
      ++n;
      after = r.Int(0);
      cells.clear();
      if (read(r, cells)) row(cells);
    }));
    if (n < kPage) return {};
  }
}

std::optional<std::string> OptStr(const nlohmann::json& row, const char* key) {
  auto it = row.find(key);
  if (it == row.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}
std::string Str(const nlohmann::json& row, const char* key) { return OptStr(row, key).value_or(""); }
std::int64_t Int(const nlohmann::json& row, const char* key) {
  auto it = row.find(key);
  return it != row.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}
Value OptValue(const nlohmann::json& row, const char* key) {
  auto v = OptStr(row, key);
  return v ? Value(*v) : Null();
}

Status BadRow(const std::string& table, const std::string& what) {
  return Fail(ErrorKind::kInvalid, "opendata_bad_row", "公开数据行无效：" + table + " " + what,
              "invalid row in " + table + ": " + what, table);
}

const std::string& PublicOrgWhere() {
  // "|| ''" keeps both out of the planner's index choice: every table is read in pages of its own key
  // (WHERE key > $1 ORDER BY key LIMIT $2), and with an index on status SQLite would read every public
  // organization and sort them for each page (30 minutes instead of seconds at 1M, docs/benchmarks.md).
  static const std::string k =
      "(o.uscc || '') <> '' AND (o.status || '') IN (" + SqlStatusList(kPublicOrgStatuses) + ")";
  return k;
}

Field Text(std::string name, std::string title, std::string description, bool required) {
  return Field{std::move(name), FieldType::kString, std::move(title), std::move(description), required, {}};
}
Field Typed(std::string name, FieldType t, std::string title, std::string description, bool required) {
  return Field{std::move(name), t, std::move(title), std::move(description), required, {}};
}
Field Code(std::string name, std::string title, std::string description, std::vector<std::string> values) {
  return Field{std::move(name), FieldType::kString, std::move(title), std::move(description), true,
               std::move(values)};
}
Field Uscc() { return Text("uscc", "统一社会信用代码", "unified social credit code (GB 32100-2015)", true); }

}  // namespace detail

namespace {

using namespace detail;

template <typename T, size_t N>
std::vector<std::string> Codes(const T (&all)[N]) {
  std::vector<std::string> v;
  for (auto x : all) v.emplace_back(ToString(x));
  return v;
}

const std::string kPublicOrgFilter = PublicOrgWhere();

const std::string kOrganizations =
    "SELECT o.id, o.uscc, o.name, o.type, o.level, o.status, o.region_code, o.registered_on, o.ended_on, "
    "o.legal_rep, o.address, o.business_scope, o.supervisory_unit, o.funds, o.charity, o.term_start, "
    "o.term_end, o.postponed_until, o.certificate_no FROM orgs o WHERE o.id > $1 AND " + kPublicOrgFilter +
    " AND $3 <> '' ORDER BY o.id LIMIT $2";
// Events whose changes name the name field: the name's history is read from them.
const std::string kNameEvents =
    "SELECT e.id, o.uscc, e.occurred_on, e.changes FROM events e JOIN orgs o ON o.id = e.org_id "
    "WHERE e.id > $1 AND " + kPublicOrgFilter + " AND e.changes LIKE '%\"name\"%' AND $3 <> '' "
    "ORDER BY e.id LIMIT $2";
const std::string kEvents =
    "SELECT e.id, o.uscc, e.occurred_on, e.action, e.changes FROM events e JOIN orgs o ON o.id = e.org_id "
    "WHERE e.id > $1 AND " + kPublicOrgFilter + " AND $3 <> '' ORDER BY e.id LIMIT $2";
// Active persons, by name and role only.
const std::string kPersons =
    "SELECT p.id, o.uscc, p.name, p.role FROM persons p JOIN orgs o ON o.id = p.org_id "
    "WHERE p.id > $1 AND p.active = 1 AND " + kPublicOrgFilter + " AND $3 <> '' ORDER BY p.id LIMIT $2";

Table Organizations() {
  Table t;
  t.name = "organizations";
  t.title = "社会组织登记信息";
  t.description = "Every registered or filed social organization with its public registration facts "
                  "(active, in liquidation, deregistered and revoked; applications and refusals are not public).";
  t.fields = {Uscc(),
              Text("name", "名称", "registered name", true),
              Code("type", "类型", "social_group | social_service_agency | foundation | community",
                   Codes(kAllOrgTypes)),
              Text("type_label", "类型（中文）", "type in Chinese", true),
              Code("level", "登记级别", "registering authority's level", Codes(kAllOrgLevels)),
              Code("status", "状态", "the public statuses: active, liquidating, deregistered, revoked", Codes(kPublicOrgStatuses)),
              Text("status_label", "状态（中文）", "status in Chinese", true),
              Text("region_code", "登记管理机关行政区划代码", "region code of the registering authority (GB/T 2260)", true),
              Typed("registered_on", FieldType::kDate, "成立登记日期", "date of registration or filing"),
              Typed("ended_on", FieldType::kDate, "终止日期", "date of deregistration or revocation"),
              Text("legal_rep", "法定代表人", "legal representative's name"),
              Text("address", "住所", "registered address of the organization"),
              Text("business_scope", "业务范围", "business scope"),
              Text("supervisory_unit", "业务主管单位", "business supervisory unit"),
              Typed("funds", FieldType::kInteger, "注册资金（元）", "registered funds in yuan", true),
              Typed("charity", FieldType::kBoolean, "慈善组织", "recognised as a charity", true),
              Typed("term_start", FieldType::kDate, "本届任期开始", "start of the current leadership term"),
              Typed("term_end", FieldType::kDate, "本届任期届满", "end of the current leadership term"),
              Typed("postponed_until", FieldType::kDate, "延期换届至", "election postponed until"),
              Text("certificate_no", "登记证书号", "registration certificate number")};
  t.primary_key = {"uscc"};
  t.each = [](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, kOrganizations, as_of, [](const RowRef& r, Cells& out) {
      auto type = ParseOrgType(r.Text(3));
      auto status = ParseOrgStatus(r.Text(5));
      out = {Cell(r, 1), Cell(r, 2), Cell(r, 3), std::string(type ? LabelZh(*type) : ""), Cell(r, 4),
             Cell(r, 5), std::string(status ? LabelZh(*status) : ""), Cell(r, 6), Cell(r, 7), Cell(r, 8),
             Cell(r, 9), Cell(r, 10), Cell(r, 11), Cell(r, 12), Cell(r, 13, FieldType::kInteger),
             Cell(r, 14, FieldType::kBoolean), Cell(r, 15), Cell(r, 16), Cell(r, 17), Cell(r, 18)};
      return true;
    }, row);
  };
  t.load = [](Connection& c, const nlohmann::json& row, LoadState& st) -> Status {
    OrgRecord r;
    r.uscc = Str(row, "uscc");
    r.name = Str(row, "name");
    r.name_norm = NormalizeText(r.name);
    auto type = ParseOrgType(Str(row, "type"));
    auto level = ParseOrgLevel(Str(row, "level"));
    auto status = ParseOrgStatus(Str(row, "status"));
    if (!type || !level || !status || !IsPublicStatus(*status) || r.uscc->empty() || r.name.empty())
      return BadRow("organizations", *r.uscc);
    r.type = *type, r.level = *level, r.status = *status;
    r.region_code = Str(row, "region_code");
    r.supervisory_unit = Str(row, "supervisory_unit"), r.legal_rep = Str(row, "legal_rep");
    r.address = Str(row, "address"), r.business_scope = Str(row, "business_scope");
    r.funds = Int(row, "funds");
    r.charity = row.value("charity", false);
    r.registered_on = OptStr(row, "registered_on"), r.ended_on = OptStr(row, "ended_on");
    r.term_start = OptStr(row, "term_start"), r.term_end = OptStr(row, "term_end");
    r.postponed_until = OptStr(row, "postponed_until"), r.certificate_no = OptStr(row, "certificate_no");
    r.created_at = r.updated_at = st.now;
    SOCORG_TRY(socorg::OrgId id, org_store::Insert(c, r));
    st.org_ids[*r.uscc] = id.value;
    st.org_term_start[*r.uscc] = r.term_start.value_or(r.registered_on.value_or(""));
    return {};
  };
  return t;
}

Table NameChanges() {
  Table t;
  t.name = "name_changes";
  t.title = "名称变更记录";
  t.description = "Every change of a registered name: the old name, the new one and the date it took effect.";
  t.fields = {Typed("event_id", FieldType::kInteger, "记录号", "the history entry (events.event_id)", true), Uscc(),
              Typed("changed_on", FieldType::kDate, "变更日期", "date the new name took effect", true),
              Text("old_name", "原名称", "name before the change", true),
              Text("new_name", "新名称", "name after the change", true)};
  t.primary_key = {"event_id"};
  t.each = [](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, kNameEvents, as_of, [](const RowRef& r, Cells& out) {
      auto changes = nlohmann::json::parse(r.Text(3), nullptr, false);
      if (!changes.is_object() || !changes.contains("name")) return false;
      const auto& n = changes["name"];
      // The founding application names the organization ([null, name]): not a change.
      if (!n.is_array() || n.size() != 2 || !n[0].is_string() || !n[1].is_string()) return false;
      out = {Cell(r, 0, FieldType::kInteger), Cell(r, 1), Cell(r, 2), n[0].get<std::string>(), n[1].get<std::string>()};
      return true;
    }, row);
  };
  return t;
}

Table Events() {
  Table t;
  t.name = "events";
  t.title = "登记事项记录";
  t.description = "The public history of each organization: registration steps, changes, elections, filings "
                  "and endings, with the registered facts each changed ({\"field\": [old, new]}).";
  t.fields = {Typed("event_id", FieldType::kInteger, "记录号", "the history entry, in the order recorded", true),
              Uscc(),
              Typed("date", FieldType::kDate, "日期", "date the step took effect", true),
              Text("action", "事项", "the life-cycle action (GET /api/v1/meta lists them)", true),
              Text("action_label", "事项（中文）", "the action in Chinese", true),
              Typed("changes", FieldType::kObject, "变更内容", "registered facts changed: {field: [old, new]}", true)};
  t.primary_key = {"event_id"};
  t.each = [](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, kEvents, as_of, [](const RowRef& r, Cells& out) {
      std::string_view action = r.Text(3);
      if (!IsPublicEvent(action)) return false;
      std::string changes(r.Text(4));
      if (changes.find("\"application\"") != std::string::npos) {
        auto all = nlohmann::json::parse(changes, nullptr, false);
        nlohmann::json pub = nlohmann::json::object();
        if (all.is_object())
          for (auto& [k, v] : all.items())
            if (IsPublicChange(k)) pub[k] = v;
        changes = pub.dump();
      }
      out = {Cell(r, 0, FieldType::kInteger), Cell(r, 1), Cell(r, 2), std::string(action),
             EventActionLabel(action), std::move(changes)};
      return true;
    }, row);
  };
  // In event_id order, so the history reads as it did (new ids, the same order).
  t.load = [](Connection& c, const nlohmann::json& row, LoadState& st) -> Status {
    std::int64_t org = st.OrgId(Str(row, "uscc"));
    if (!org) return BadRow("events", "unknown uscc " + Str(row, "uscc"));
    auto changes = row.find("changes");
    SOCORG_TRY(auto id, event_store::Append(c, EventRecord{0, socorg::OrgId{org}, Str(row, "action"), Str(row, "date"),
                                                            st.now, st.actor, "",
                                                            changes != row.end() ? changes->dump() : "{}"}));
    (void)id;
    return {};
  };
  return t;
}

Table Persons() {
  Table t;
  t.name = "persons";
  t.title = "负责人";
  t.description = "The responsible persons in office, by name and role only: no ID number, phone or address "
                  "(DOMAIN §21).";
  t.fields = {Uscc(), Text("name", "姓名", "the person's name", true),
              Text("role", "职务", "the person's role (GET /api/v1/meta lists them)", true),
              Text("role_label", "职务（中文）", "the role in Chinese", true)};
  t.each = [](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, kPersons, as_of, [](const RowRef& r, Cells& out) {
      auto role = ParsePersonRole(r.Text(3));
      out = {Cell(r, 1), Cell(r, 2), Cell(r, 3), std::string(role ? LabelZh(*role) : "")};
      return true;
    }, row);
  };
  // Name and role are all the extract has: no ID number, phone or address; the term from the organization's.
  t.load = [](Connection& c, const nlohmann::json& row, LoadState& st) -> Status {
    std::string uscc = Str(row, "uscc");
    std::int64_t org = st.OrgId(uscc);
    auto role = ParsePersonRole(Str(row, "role"));
    if (!org || !role) return BadRow("persons", uscc);
    PersonRecord p;
    p.org_id = socorg::OrgId{org};
    p.name = Str(row, "name");
    p.role = *role;
    p.term_start = st.org_term_start[uscc];
    p.created_at = st.now;
    SOCORG_TRY(auto id, event_store::InsertPerson(c, p));
    (void)id;
    return {};
  };
  return t;
}

}  // namespace

Result<bool> RegisterEmpty(Connection& c) {
  bool any = false;
  SOCORG_TRY_VOID(c.ForEach("SELECT 1 FROM orgs LIMIT 1", {}, [&](const RowRef&) { any = true; }));
  return !any;
}

Result<Transaction> ReadSnapshot(Connection& c) { return Transaction::Start(c, /*write=*/false); }

std::vector<Table> RegisterTables() { return {Organizations(), NameChanges(), Events(), Persons()}; }

}  // namespace socorg::opendata
