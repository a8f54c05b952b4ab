#include "http/dto.h"

#include "app/checks.h"
#include "domain/amount.h"
#include "domain/leader_review.h"
#include "domain/public_record.h"
#include "domain/resident_id.h"
#include "http/json_writer.h"
#include "support/json_int.h"

namespace socorg::dto {
namespace {

std::unexpected<Error> WrongType(const std::string& field, const char* zh_type, const char* en_type) {
  return Fail(ErrorKind::kInvalid, "wrong_type", "字段“" + field + "”应为" + zh_type,
              "field '" + field + "' must be " + en_type, field);
}

// Readers for optional fields: absent or null leaves the default; a present value of the wrong type fails.
Status ReadString(const json& j, const char* key, std::string& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_string()) return WrongType(key, "文本", "a string");
  out = j[key].get<std::string>();
  return {};
}
// A non-negative integer, at most 10^12 and at most what `Int` holds (checked before narrowing: a version of
// 4294967299 must not become 3).
template <typename Int>
Status ReadInt(const json& j, const char* key, Int& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_number_integer()) return WrongType(key, "整数", "an integer");
  constexpr std::int64_t kMax = std::min<std::int64_t>(kMaxAmountYuan, std::numeric_limits<Int>::max());
  auto v = JsonInt<Int>(j[key], 0, static_cast<Int>(kMax));
  if (!v) {
    if (j[key].is_number_integer() && !j[key].is_number_unsigned())
      return WrongType(key, "非负整数", "a non-negative integer");
    return Fail(ErrorKind::kInvalid, "out_of_range", "字段“" + std::string(key) + "”超出范围（0 .. " + std::to_string(kMax) + "）",
                "field '" + std::string(key) + "' must be within 0 .. " + std::to_string(kMax), key);
  }
  out = *v;
  return {};
}
Status ReadBool(const json& j, const char* key, bool& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_boolean()) return WrongType(key, "布尔值", "a boolean");
  out = j[key].get<bool>();
  return {};
}
Status ReadOptBool(const json& j, const char* key, std::optional<bool>& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_boolean()) return WrongType(key, "布尔值", "a boolean");
  out = j[key].get<bool>();
  return {};
}
Status ReadDate(const json& j, const char* key, std::optional<Date>& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_string()) return WrongType(key, "日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)");
  auto d = Date::Parse(j[key].get<std::string>());
  if (!d)
    return Fail(ErrorKind::kInvalid, "invalid_date", std::string("字段“") + key + "”不是有效日期（YYYY-MM-DD）",
                std::string("field '") + key + "' is not a valid date (YYYY-MM-DD)", key);
  out = d;
  return {};
}
Status ReadDocuments(const json& j, const char* key, std::set<Document>& out) {
  if (!j.contains(key) || j[key].is_null()) return {};
  if (!j[key].is_array()) return WrongType(key, "材料代码数组", "an array of document codes");
  for (auto& d : j[key]) {
    auto doc = d.is_string() ? ParseDocument(d.get<std::string>()) : std::nullopt;
    if (!doc)
      return Fail(ErrorKind::kInvalid, "invalid_document", std::string("未知的材料：") + (d.is_string() ? d.get<std::string>() : d.dump()),
                  "unknown document: " + d.dump(), key);
    out.insert(*doc);
  }
  return {};
}

json Opt(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json ParseJsonText(const std::string& s) {
  json j = json::parse(s, nullptr, false);
  return j.is_discarded() ? json::object() : j;
}

// Every string of a body, and every key, is free of control characters (app/checks.h FindControlChar):
// a NUL byte in a name must not be stored silently. The error names the field by its path ("a.b", "a[0]").
Status CheckNoControlChars(const json& j, const std::string& path) {
  auto check = [&](const std::string& s, const std::string& field) -> Status {
    if (size_t i = FindControlChar(s); i != std::string::npos)
      return ControlCharError(field, static_cast<unsigned char>(s[i]));
    return {};
  };
  if (j.is_string()) return check(j.get_ref<const std::string&>(), path);
  if (j.is_object()) {
    for (auto& [k, v] : j.items()) {
      std::string field = path.empty() ? k : path + "." + k;
      SOCORG_TRY_VOID(check(k, field));
      SOCORG_TRY_VOID(CheckNoControlChars(v, field));
    }
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) SOCORG_TRY_VOID(CheckNoControlChars(j[i], path + "[" + std::to_string(i) + "]"));
  }
  return {};
}

}  // namespace

Result<json> ParseBody(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded())
    return Fail(ErrorKind::kInvalid, "malformed_json", "请求体不是有效的JSON", "the request body is not valid JSON", "body");
  if (!j.is_object())
    return Fail(ErrorKind::kInvalid, "malformed_json", "请求体应为JSON对象", "the request body must be a JSON object", "body");
  SOCORG_TRY_VOID(CheckNoControlChars(j, ""));
  return j;
}

Result<ApplicationInput> ParseApplication(const json& j) {
  ApplicationInput in;
  for (auto [key, out] : {std::pair{"name", &in.name}, {"type", &in.type}, {"region_code", &in.region_code},
                          {"supervisory_unit", &in.supervisory_unit}, {"legal_rep", &in.legal_rep},
                          {"address", &in.address}, {"business_scope", &in.business_scope}})
    SOCORG_TRY_VOID(ReadString(j, key, *out));
  SOCORG_TRY_VOID(ReadInt(j, "funds", in.funds));
  SOCORG_TRY_VOID(ReadInt(j, "individual_members", in.individual_members));
  SOCORG_TRY_VOID(ReadInt(j, "unit_members", in.unit_members));
  SOCORG_TRY_VOID(ReadInt(j, "directors", in.directors));
  SOCORG_TRY_VOID(ReadBool(j, "public_fundraising", in.public_fundraising));
  SOCORG_TRY_VOID(ReadBool(j, "preparation", in.preparation));
  SOCORG_TRY_VOID(ReadDate(j, "date", in.date));
  return in;
}

Result<ActionInput> ParseAction(const json& j, Action action) {
  ActionInput in;
  in.action = action;
  if (!j.contains("version"))
    return Fail(ErrorKind::kInvalid, "version_required", "缺少版本号 version（用于防止覆盖他人的修改）",
                "version is required (it prevents overwriting someone else's change)", "version");
  SOCORG_TRY_VOID(ReadInt(j, "version", in.version));
  SOCORG_TRY_VOID(ReadString(j, "reason", in.reason));
  SOCORG_TRY_VOID(ReadDate(j, "date", in.date));
  SOCORG_TRY_VOID(ReadDocuments(j, "documents", in.documents));
  SOCORG_TRY_VOID(ReadDocuments(j, "deferred", in.deferred));
  SOCORG_TRY_VOID(ReadDate(j, "term_start", in.term_start));
  SOCORG_TRY_VOID(ReadDate(j, "term_end", in.term_end));
  SOCORG_TRY_VOID(ReadDate(j, "postponed_until", in.postponed_until));
  if (j.contains("changes") && !j["changes"].is_null()) {
    if (!j["changes"].is_object()) return WrongType("changes", "对象", "an object");
    in.changes_given = true;
    for (auto& [k, v] : j["changes"].items()) in.changes[k] = v;
  }
  SOCORG_TRY_VOID(ReadBool(j, "charter_amendment", in.charter_amendment));
  SOCORG_TRY_VOID(ReadDate(j, "resolution_on", in.resolution_on));
  SOCORG_TRY_VOID(ReadDate(j, "election_on", in.election_on));
  SOCORG_TRY_VOID(ReadDate(j, "liquidation_completed_on", in.liquidation_completed_on));
  SOCORG_TRY_VOID(ReadString(j, "liquidation_report", in.liquidation_report));
  SOCORG_TRY_VOID(ReadString(j, "ground", in.ground));
  if (j.contains("new_legal_rep") && !j["new_legal_rep"].is_null()) {
    const json& p = j["new_legal_rep"];
    if (!p.is_object()) return WrongType("new_legal_rep", "对象", "an object");
    ActionInput::NewLegalRep rep;
    // Errors name the nested field as the client sent it: new_legal_rep.<field>.
    auto nested = [](Status st) -> Status {
      if (!st) {
        Error e = std::move(st).error();
        e.field = "new_legal_rep." + e.field;
        return std::unexpected(std::move(e));
      }
      return {};
    };
    SOCORG_TRY_VOID(nested(ReadString(p, "id_number", rep.id_number)));
    SOCORG_TRY_VOID(nested(ReadString(p, "phone", rep.phone)));
    SOCORG_TRY_VOID(nested(ReadString(p, "address", rep.address)));
    SOCORG_TRY_VOID(nested(ReadOptBool(p, "civil_servant", rep.civil_servant)));
    SOCORG_TRY_VOID(nested(ReadOptBool(p, "civil_servant_approved", rep.civil_servant_approved)));
    in.new_legal_rep = std::move(rep);
  }
  return in;
}

Result<PersonInput> ParsePerson(const json& j) {
  PersonInput in;
  SOCORG_TRY_VOID(ReadString(j, "name", in.name));
  SOCORG_TRY_VOID(ReadString(j, "id_number", in.id_number));
  SOCORG_TRY_VOID(ReadString(j, "phone", in.phone));
  SOCORG_TRY_VOID(ReadString(j, "address", in.address));
  SOCORG_TRY_VOID(ReadDate(j, "term_start", in.term_start));
  SOCORG_TRY_VOID(ReadInt(j, "previous_consecutive_terms", in.previous_consecutive_terms));
  SOCORG_TRY_VOID(ReadOptBool(j, "civil_servant", in.civil_servant));
  SOCORG_TRY_VOID(ReadOptBool(j, "civil_servant_approved", in.civil_servant_approved));
  SOCORG_TRY_VOID(ReadOptBool(j, "criminal_record", in.criminal_record));
  SOCORG_TRY_VOID(ReadDate(j, "sentence_completed_on", in.sentence_completed_on));
  SOCORG_TRY_VOID(ReadOptBool(j, "political_rights_deprived", in.political_rights_deprived));
  SOCORG_TRY_VOID(ReadDate(j, "political_rights_deprived_until", in.political_rights_deprived_until));
  SOCORG_TRY_VOID(ReadOptBool(j, "party_member", in.party_member));
  if (j.contains("occasion") && !j["occasion"].is_null()) {
    std::string occ;
    SOCORG_TRY_VOID(ReadString(j, "occasion", occ));
    in.occasion = occ;
  }
  if (j.contains("roles")) {
    if (!j["roles"].is_array()) return WrongType("roles", "职务数组", "an array of roles");
    for (auto& r : j["roles"]) {
      if (!r.is_string()) return WrongType("roles", "职务数组", "an array of roles");
      in.roles.push_back(r.get<std::string>());
    }
  }
  return in;
}

json SerializeLeaderReview(const LeaderReviewRecord& r) {
  json roles = json::array(), labels = json::array();
  for (PersonRole x : r.roles) roles.push_back(ToString(x)), labels.push_back(LabelZh(x));
  return {{"id", r.id},
          {"kind", ToString(r.kind)},
          {"kind_label", LabelZh(r.kind)},
          {"name", r.name},
          {"roles", roles},
          {"role_labels", labels},
          {"term_start", r.term_start},
          {"outcome", ToString(r.outcome)},
          {"pre_review_id", r.pre_review_id ? json(*r.pre_review_id) : json(nullptr)},
          {"on", r.on_date},
          {"created_by", r.created_by}};
}

json SerializeLeaderReviewCounts(const LeaderReviewCountsView& v) {
  auto counts = [](const ReviewFilingCounts& c) {
    return json{{"pre_reviews", c.pre_reviews},
                {"pre_reviews_failed", c.pre_reviews_failed},
                {"filings", c.filings},
                {"filed_without_pre_review", c.filed_without_pre_review},
                {"changes", c.changes}};
  };
  json regions = json::array();
  for (const auto& r : v.by_region)
    regions.push_back({{"region_code", r.region_code}, {"region_name", r.region_name}, {"counts", counts(r.counts)}});
  return {{"region_code", v.region_code}, {"region_name", v.region_name}, {"from", v.from}, {"to", v.to},
          {"total", counts(v.total)},     {"by_region", regions}};
}

json SerializeOrgSummary(const OrgSummary& s) {
  return {{"id", s.id.value},
          {"uscc", s.uscc.empty() ? json(nullptr) : json(s.uscc)},
          {"name", s.name},
          {"type", ToString(s.type)},
          {"type_label", LabelZh(s.type)},
          {"level", ToString(s.level)},
          {"status", ToString(s.status)},
          {"status_label", LabelZh(s.status)},
          {"region_code", s.region_code},
          {"registered_on", s.registered_on.empty() ? json(nullptr) : json(s.registered_on)},
          {"legal_rep", s.legal_rep}};
}

json SerializeAnnouncements(const AnnouncementPage& p, int page, int page_size) {
  json items = json::array();
  for (const Announcement& a : p.items)
    items.push_back({{"id", a.id},
                     {"kind", ToString(a.kind)},
                     {"kind_label", LabelZh(a.kind)},
                     {"occurred_on", a.occurred_on},
                     {"uscc", a.uscc.empty() ? json(nullptr) : json(a.uscc)},
                     {"org_name", a.org_name},
                     {"region_code", a.region_code},
                     {"changes", ParseJsonText(a.changes)}});
  return {{"items", items},
          {"total", p.total},
          {"page", page},
          {"page_size", page_size},
          {"rule_id", std::string(kRuleChangePublish)},
          {"basis", BasisText(kRuleChangePublish)},
          {"basis_en", BasisTextEn(kRuleChangePublish)}};
}

json SerializeSearch(const OrgPage& r, int page, int page_size) {
  json items = json::array();
  for (auto& s : r.items) items.push_back(SerializeOrgSummary(s));
  return {{"items", items}, {"total", r.total}, {"page", page}, {"page_size", page_size}};
}

json SerializeOrgRecord(const OrgRecord& r, Audience a) {
  json j = {{"uscc", Opt(r.uscc)},
            {"name", r.name},
            {"type", ToString(r.type)},
            {"type_label", LabelZh(r.type)},
            {"level", ToString(r.level)},
            {"status", ToString(r.status)},
            {"status_label", LabelZh(r.status)},
            {"region_code", r.region_code},
            {"supervisory_unit", r.supervisory_unit},
            {"legal_rep", r.legal_rep},
            {"address", r.address},  // the organization's registered address is public; persons' are not
            {"business_scope", r.business_scope},
            {"funds", r.funds},
            {"charity", r.charity},
            {"registered_on", Opt(r.registered_on)},
            {"ended_on", Opt(r.ended_on)},
            {"term_start", Opt(r.term_start)},
            {"term_end", Opt(r.term_end)},
            {"postponed_until", Opt(r.postponed_until)},
            {"certificate_no", Opt(r.certificate_no)}};
  if (a == Audience::kOfficer) {
    j["id"] = r.id.value;
    j["version"] = r.version;
    j["application"] = ParseJsonText(r.application);
    j["created_at"] = r.created_at;
    j["updated_at"] = r.updated_at;
  }
  return j;
}

namespace {


// The public part of an event's changes (domain/public_record.h).
json PublicChanges(const std::string& text) {
  json pub = json::object();
  json all = ParseJsonText(text);  // named: items() of a temporary would dangle inside the loop
  for (auto& [k, val] : all.items())
    if (IsPublicChange(k)) pub[k] = val;
  return pub;
}

}  // namespace

std::string WritePublicOrgView(const OrgView& v) {
  const OrgRecord& r = v.org;
  http::JsonWriter w(2048 + 256 * v.events.size());
  w.BeginObject();
  // Keys in the order nlohmann::json (a sorted map) writes them, so both serialisers give the same text
  // for the same record apart from escapes.
  w.Key("address"), w.String(r.address);
  w.Key("business_scope"), w.String(r.business_scope);
  w.Key("certificate_no"), w.OptString(r.certificate_no);
  w.Key("charity"), w.Bool(r.charity);
  w.Key("election");
  if (v.election) w.String(ToString(*v.election));
  else w.Null();
  w.Key("ended_on"), w.OptString(r.ended_on);
  w.Key("funds"), w.Int(r.funds);
  w.Key("history");
  w.BeginArray();
  for (auto& e : v.events) {
    if (!IsPublicEvent(e.action)) continue;
    w.BeginObject();
    w.Key("action"), w.String(e.action);
    w.Key("action_label"), w.String(EventActionLabel(e.action));
    w.Key("changes");
    // changes is JSON written by this program (json::dump in the use cases); it is copied as it is unless
    // it may carry the application, which the public does not see, or is not in dump()'s form (then the
    // reference path re-serialises it, so both give the same bytes).
    if (e.changes.find("\"application\"") == std::string::npos && http::DumpFormCheck::IsObject(e.changes))
      w.Raw(e.changes);
    else w.Raw(PublicChanges(e.changes).dump());
    w.Key("date"), w.String(e.occurred_on);
    w.EndObject();
  }
  w.EndArray();
  w.Key("legal_rep"), w.String(r.legal_rep);
  w.Key("level"), w.String(ToString(r.level));
  w.Key("name"), w.String(r.name);
  w.Key("persons");
  w.BeginArray();
  for (auto& p : v.persons) {
    if (!p.active) continue;  // name and role only (DOMAIN §21)
    w.BeginObject();
    w.Key("name"), w.String(p.name);
    w.Key("role"), w.String(ToString(p.role));
    w.Key("role_label"), w.String(LabelZh(p.role));
    w.EndObject();
  }
  w.EndArray();
  w.Key("postponed_until"), w.OptString(r.postponed_until);
  w.Key("region_code"), w.String(r.region_code);
  w.Key("region_name"), w.String(v.region_name);
  w.Key("registered_on"), w.OptString(r.registered_on);
  w.Key("status"), w.String(ToString(r.status));
  w.Key("status_label"), w.String(LabelZh(r.status));
  w.Key("supervisory_unit"), w.String(r.supervisory_unit);
  w.Key("term_end"), w.OptString(r.term_end);
  w.Key("term_start"), w.OptString(r.term_start);
  w.Key("type"), w.String(ToString(r.type));
  w.Key("type_label"), w.String(LabelZh(r.type));
  w.Key("uscc"), w.OptString(r.uscc);
  w.EndObject();
  return w.Take();
}

json SerializeOrgView(const OrgView& v, Audience a) {
  json j = SerializeOrgRecord(v.org, a);
  j["region_name"] = v.region_name;
  j["election"] = v.election ? json(std::string(ToString(*v.election))) : json(nullptr);
  json persons = json::array();
  for (auto& p : v.persons) {
    if (a == Audience::kPublic && !p.active) continue;
    json pj = {{"name", p.name}, {"role", ToString(p.role)}, {"role_label", LabelZh(p.role)}};
    if (a == Audience::kOfficer) {
      pj["id"] = p.id;
      pj["id_number"] = p.id_number;
      pj["phone"] = p.phone;
      pj["address"] = p.address;
      pj["term_start"] = p.term_start;
      pj["term_end"] = Opt(p.term_end);
      pj["consecutive_terms"] = p.consecutive_terms;
      pj["active"] = p.active;
      auto opt_bool = [](const std::optional<bool>& b) { return b ? json(*b) : json(nullptr); };
      if (v.personal_data == PersonalData::kFull) {  // never in a masked view (DOMAIN §21)
        pj["criminal_record"] = opt_bool(p.criminal_record);
        pj["sentence_completed_on"] = Opt(p.sentence_completed_on);
        pj["political_rights_deprived"] = opt_bool(p.political_rights_deprived);
        pj["political_rights_deprived_until"] = Opt(p.political_rights_deprived_until);
      }
      pj["party_member"] = opt_bool(p.party_member);
      // 一前一备: the filing that recorded this person and the pre-review it followed.
      json filing = nullptr;
      if (p.filing_id)
        for (const auto& r : v.leader_reviews)
          if (r.id == *p.filing_id) {
            filing = {{"id", r.id}, {"kind", ToString(r.kind)}, {"kind_label", LabelZh(r.kind)}, {"on", r.on_date},
                      {"outcome", ToString(r.outcome)}, {"pre_review", nullptr}};
            if (r.pre_review_id)
              for (const auto& pre : v.leader_reviews)
                if (pre.id == *r.pre_review_id)
                  filing["pre_review"] = {{"id", pre.id}, {"on", pre.on_date}, {"outcome", ToString(pre.outcome)}};
          }
      pj["filing"] = filing;
    }
    persons.push_back(pj);
  }
  j["persons"] = persons;
  if (a == Audience::kOfficer) {
    json reviews = json::array();
    for (const auto& r : v.leader_reviews) reviews.push_back(SerializeLeaderReview(r));
    j["leader_reviews"] = reviews;
  }
  if (a == Audience::kOfficer) j["personal_data"] = v.personal_data == PersonalData::kFull ? "full" : "masked";
  json history = json::array();
  for (auto& e : v.events) {
    if (a == Audience::kPublic && !IsPublicEvent(e.action)) continue;
    json ej = {{"action", e.action}, {"date", e.occurred_on}};
    ej["action_label"] = EventActionLabel(e.action);
    if (a == Audience::kOfficer) {
      json changes = ParseJsonText(e.changes);
      ej["id"] = e.id;
      ej["recorded_at"] = e.recorded_at;
      ej["actor"] = e.actor;
      ej["reason"] = e.reason;
      ej["changes"] = changes;
    } else {
      // The public sees which registered facts changed (name, address, legal representative, status…),
      // never who entered them or free-text reasons that might carry personal data.
      ej["changes"] = PublicChanges(e.changes);
    }
    history.push_back(ej);
  }
  j["history"] = history;
  if (a == Audience::kOfficer) {
    json findings = json::array();
    for (auto& f : v.findings) {
      json fj{{"subject", f.subject},
              {"rule_id", f.rule_id},
              {"title", f.title},
              {"outcome", ToString(f.outcome)},
              {"facts", ParseJsonText(f.facts)},
              {"explanation", f.explanation},
              {"at", f.created_at}};
      PutBasis(fj, f.rule_id, f.basis);
      findings.push_back(std::move(fj));
    }
    j["findings"] = findings;
  }
  return j;
}

void PutBasis(json& j, std::string_view rule_id, std::string_view stored) {
  json refs = json::array();
  const RuleBasis* b = FindRuleBasis(rule_id);
  if (!b) {
    j["basis"] = stored;
    j["basis_en"] = stored;
    j["basis_refs"] = refs;
    return;
  }
  for (const auto& r : b->refs)
    refs.push_back({{"statute", r.statute}, {"article", r.article}, {"title_en", r.title_en}});
  j["basis"] = BasisText(*b);
  j["basis_en"] = BasisTextEn(*b);
  j["basis_refs"] = std::move(refs);
}

json SerializeFinding(const Finding& f) {
  json facts = json::object();
  for (auto& [k, v] : f.facts) facts[k] = v;
  json j{{"rule_id", f.rule_id},          {"title", f.title_zh},
         {"outcome", ToString(f.outcome)}, {"facts", facts},
         {"explanation", f.explanation_zh}, {"explanation_en", f.explanation_en}};
  PutBasis(j, f.rule_id, f.basis);
  return j;
}

json SerializeUsccCheck(const UsccCheck& c) {
  json errors = json::array();
  for (auto& p : c.problems)
    errors.push_back({{"position", p.position}, {"code", p.code}, {"message", p.message}, {"message_en", p.message_en}});
  json j = {{"valid", c.valid()}, {"normalized", c.normalized}, {"errors", errors}};
  if (c.valid()) {
    j["department"] = c.normalized.substr(0, 1);
    j["category"] = c.normalized.substr(1, 1);
    j["region_code"] = c.normalized.substr(2, 6);
  }
  return j;
}

json SerializePublicStats(const PublicStats& s) {
  return {{"total", s.total}, {"by_type", s.by_type}, {"by_level", s.by_level}, {"by_status", s.by_status}};
}

json SerializeDashboard(const Dashboard& d) {
  json j = SerializePublicStats(d.counts);
  j["region"] = d.region;
  j["region_name"] = d.region_name;
  j["by_status_all"] = d.by_status_all;
  json regions = json::array();
  for (auto& r : d.by_child_region) regions.push_back({{"code", r.code}, {"name", r.name}, {"active", r.active}});
  j["by_region"] = regions;
  json months = json::array();
  for (auto& m : d.by_month)
    months.push_back({{"month", m.month},
                      {"registrations", m.registrations},
                      {"changes", m.changes},
                      {"deregistrations", m.deregistrations},
                      {"revocations", m.revocations},
                      {"applications", m.applications}});
  j["by_month"] = months;
  j["processing"] = {{"decided", d.decided}, {"avg_days", d.avg_processing_days}};
  j["elections_overdue"] = d.elections_overdue;
  j["computed_at"] = d.computed_at;
  return j;
}

json SerializeError(const Error& e) {
  return {{"error",
           {{"code", e.code}, {"message", e.message}, {"message_en", e.message_en},
            {"field", e.field.empty() ? json(nullptr) : json(e.field)}}}};
}

}  // namespace socorg::dto
