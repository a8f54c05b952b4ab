#include "http/party/dto.h"

#include "http/dto.h"
#include "http/parse.h"

namespace socorg::party_http {
namespace {

using namespace socorg::http;
namespace ps = party_store;

json OptDate(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(); }

// A nested object's error names the field with its parent ("organization.kind").
template <typename T>
Result<T> In(const char* parent, Result<T> r) {
  if (!r && !r.error().field.empty()) r.error().field = std::string(parent) + "." + r.error().field;
  return r;
}

json FindingsOf(const std::vector<Finding>& fs) {
  json a = json::array();
  for (const auto& f : fs) a.push_back(dto::SerializeFinding(f));
  return a;
}

json FilingJson(const ps::Filing& f) {
  json j = PartyDataJson(f.data);
  j["id"] = f.id, j["version"] = f.version, j["review"] = f.review, j["review_reason"] = f.review_reason;
  j["reviewed_by"] = f.reviewed_by, j["reviewed_at"] = f.reviewed_at ? json(*f.reviewed_at) : json();
  j["filed_by"] = f.filed_by, j["filed_at"] = f.filed_at;
  return j;
}

json OrgBrief(const OrgRecord& o) {
  return {{"id", o.id.value},       {"uscc", o.uscc ? json(*o.uscc) : json()}, {"name", o.name},
          {"type", ToString(o.type)}, {"level", ToString(o.level)},            {"region_code", o.region_code},
          {"status", ToString(o.status)}};
}

json CountsJson(const party_app::CoverageCounts& c, bool for_public) {
  json j{{"orgs", c.orgs},
         {"with_party_org", c.with_party_org},
         {"org_coverage", party::CoverageFraction(c.with_party_org, c.orgs)},
         {"with_party_work", c.with_party_work},
         {"work_coverage", party::CoverageFraction(c.with_party_work, c.orgs)},
         {"needs_branch_without", c.needs_branch_without},
         {"instructors", c.instructors},
         {"liaisons", c.liaisons},
         {"charter_clause", c.charter_clause},
         {"by_kind", c.by_kind},
         {"joint_branches", c.joint_branches}};
  if (!for_public) {
    j["temporary_outlived"] = c.temporary_outlived;
    j["decisions"] = c.decisions;
  }
  return j;
}

}  // namespace

Result<party_app::PartyInput> ParsePartyInput(const json& b) {
  party_app::PartyInput in;
  party::PartyData& d = in.data;
  SOCORG_TRY(auto as_of, DateField(b, "as_of"));
  in.as_of_given = as_of.has_value();
  if (as_of) d.as_of = *as_of;
  constexpr int kMax = 1'000'000;
  SOCORG_TRY(d.formal_members, IntField32(b, "formal_members", 0, 0, kMax, Field::kRequired));
  SOCORG_TRY(d.probationary_members, IntField32(b, "probationary_members", 0, 0, kMax));
  SOCORG_TRY(d.transferred_in, IntField32(b, "transferred_in", 0, 0, kMax));
  if (!b.contains("organization") || !b["organization"].is_object())
    return FieldError("organization", "应为对象（至少含 kind）", "must be an object with kind");
  const json& o = b["organization"];
  SOCORG_TRY(std::string kind, In("organization", StringField(o, "kind", Field::kRequired)));
  auto k = party::ParseOrgKind(kind);
  if (!k)
    return Fail(ErrorKind::kInvalid, "invalid_enum",
                "党组织形式应为 branch、general_branch、committee、joint、temporary 或 none",
                "organization.kind must be branch, general_branch, committee, joint, temporary or none",
                "organization.kind");
  d.kind = *k;
  SOCORG_TRY(d.org_name, In("organization", StringField(o, "name")));
  SOCORG_TRY(d.established_on, In("organization", DateField(o, "established_on")));
  SOCORG_TRY(d.joint_branch_id,
             In("organization", IntField(o, "joint_branch_id", 0, 0, (std::int64_t{1} << 53) - 1)));
  SOCORG_TRY(d.temporary.council_members, In("organization", IntField32(o, "council_members", 0, 0, kMax)));
  SOCORG_TRY(d.temporary.approved_by, In("organization", StringField(o, "approved_by")));
  SOCORG_TRY(d.temporary.approved_on, In("organization", DateField(o, "approved_on")));
  SOCORG_TRY(d.temporary.term_ends, In("organization", DateField(o, "term_ends")));
  SOCORG_TRY(d.instructor, BoolField(b, "instructor", false));
  SOCORG_TRY(d.liaison, BoolField(b, "liaison", false));
  SOCORG_TRY(d.charter_clause, BoolField(b, "charter_clause", false));
  SOCORG_TRY(d.charter_clause_on, DateField(b, "charter_clause_on"));
  SOCORG_TRY(d.secretary_person_id, IntField(b, "secretary_person_id", 0, 0, (std::int64_t{1} << 53) - 1));
  SOCORG_TRY(in.version, IntField32(b, "version", 0, 0, 1'000'000, Field::kRequired));
  return in;
}

Result<party_app::DecisionInput> ParseDecisionInput(const json& b) {
  party_app::DecisionInput in;
  SOCORG_TRY(in.kind, StringField(b, "kind", Field::kRequired));
  SOCORG_TRY(in.way, StringField(b, "way", Field::kRequired));
  SOCORG_TRY(in.matter, StringField(b, "matter", Field::kRequired));
  SOCORG_TRY(in.opinion, StringField(b, "opinion", Field::kRequired));
  SOCORG_TRY(in.decided_on, DateField(b, "decided_on"));
  SOCORG_TRY(in.agrees, BoolField(b, "agrees", true));
  SOCORG_TRY(in.report_due, DateField(b, "report_due"));
  return in;
}

Result<party_app::DecisionStep> ParseDecisionStep(const json& b) {
  party_app::DecisionStep s;
  SOCORG_TRY(s.step, StringField(b, "step", Field::kRequired));
  SOCORG_TRY(s.text, StringField(b, "text"));
  SOCORG_TRY(s.on, DateField(b, "on"));
  return s;
}

json PartyDataJson(const party::PartyData& d) {
  json org{{"kind", party::ToString(d.kind)},
           {"label", party::LabelZh(d.kind)},
           {"name", d.org_name},
           {"established_on", OptDate(d.established_on)},
           {"joint_branch_id", d.joint_branch_id ? json(d.joint_branch_id) : json()}};
  if (d.kind == party::OrgKind::kTemporary) {
    org["council_members"] = d.temporary.council_members;
    org["approved_by"] = d.temporary.approved_by;
    org["approved_on"] = OptDate(d.temporary.approved_on);
    org["term_ends"] = OptDate(d.temporary.term_ends);
  }
  return {{"as_of", d.as_of.ToString()},
          {"formal_members", d.formal_members},
          {"probationary_members", d.probationary_members},
          {"transferred_in", d.transferred_in},
          {"organization", org},
          {"instructor", d.instructor},
          {"liaison", d.liaison},
          {"charter_clause", d.charter_clause},
          {"charter_clause_on", OptDate(d.charter_clause_on)},
          {"secretary_person_id", d.secretary_person_id ? json(d.secretary_person_id) : json()}};
}

json PartyViewJson(const party_app::PartyView& v) {
  json history = json::array();
  for (const auto& f : v.history) history.push_back(FilingJson(f));
  json j{{"org", OrgBrief(v.org)},
         {"date", v.as_of.ToString()},
         {"version", v.version},
         {"current", v.current ? FilingJson(*v.current) : json()},
         {"pending", v.pending ? FilingJson(*v.pending) : json()},
         {"findings", FindingsOf(v.findings)},
         {"history", history},
         {"joint_branch", v.joint ? json{{"id", v.joint->id}, {"name", v.joint->name},
                                         {"region_code", v.joint->region_code}}
                                  : json()}};
  if (v.current) {
    j["has_party_org"] = party::HasPartyOrganization(v.current->data, v.as_of);
    j["has_party_work"] = party::HasPartyWork(v.current->data, v.as_of);
    j["needs_branch"] = party::NeedsBranch(v.current->data);
  } else {
    j["has_party_org"] = false, j["has_party_work"] = false, j["needs_branch"] = false;
  }
  return j;
}

json JointBranchJson(const party_app::JointBranchView& v) {
  json members = json::array();
  for (const auto& o : v.members) members.push_back(OrgBrief(o));
  return {{"id", v.branch.id},
          {"name", v.branch.name},
          {"region_code", v.branch.region_code},
          {"established_on", OptDate(v.branch.established_on)},
          {"created_by", v.branch.created_by},
          {"created_at", v.branch.created_at},
          {"members", members}};
}

json DecisionJson(const party_app::DecisionView& v) {
  const party::Decision& d = v.row.d;
  return {{"id", d.id},
          {"org", {{"id", d.org_id}, {"name", v.row.org_name}, {"uscc", v.row.org_uscc},
                   {"region_code", v.row.region_code}}},
          {"kind", party::ToString(d.kind)},
          {"kind_label", party::LabelZh(d.kind)},
          {"way", party::ToString(d.way)},
          {"way_label", party::LabelZh(d.way)},
          {"matter", d.matter},
          {"opinion", d.opinion},
          {"decided_on", d.decided_on.ToString()},
          {"agrees", d.agrees},
          {"report_due", OptDate(d.report_due)},
          {"reported_on", OptDate(d.reported_on)},
          {"reported_to", d.reported_to},
          {"executed_on", OptDate(d.executed_on)},
          {"deviation", d.deviation},
          {"deviation_on", OptDate(d.deviation_on)},
          {"corrected_on", OptDate(d.corrected_on)},
          {"correction", d.correction},
          {"status", v.status},
          {"findings", FindingsOf(v.findings)},
          {"recorded_by", v.row.recorded_by},
          {"created_at", v.row.created_at}};
}

json CoverageJson(const party_app::Coverage& c, bool for_public) {
  json j = CountsJson(c.total, for_public);
  j["region"] = c.region;
  j["date"] = c.date.ToString();
  j["computed_at"] = c.computed_at;
  json by = json::array();
  for (const auto& [code, counts] : c.by_region) {
    json r = CountsJson(counts, for_public);
    r["region_code"] = code;
    by.push_back(std::move(r));
  }
  j["by_region"] = std::move(by);
  return j;
}

json WorklistJson(const party_app::Worklist& w, const std::string& list) {
  json items = json::array();
  for (const auto& it : w.items) {
    json j = OrgBrief(it.org);
    if (it.fact.as_of) {
      j["formal_members"] = it.fact.formal_members;
      j["organization_kind"] = party::ToString(it.fact.kind);
      j["instructor"] = it.fact.instructor;
      j["liaison"] = it.fact.liaison;
      j["charter_clause"] = it.fact.charter_clause;
      if (it.fact.kind == party::OrgKind::kTemporary) {
        int t = it.fact.term_ends;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t / 10000, t / 100 % 100, t % 100);
        j["term_ends"] = buf;
      }
    } else {
      j["organization_kind"] = json();
    }
    items.push_back(std::move(j));
  }
  return {{"list", list}, {"total", w.total}, {"items", items}, {"next_after", w.next_after ? json(w.next_after) : json()}};
}

}  // namespace socorg::party_http
