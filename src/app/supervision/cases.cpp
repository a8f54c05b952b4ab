#include "app/supervision/cases.h"

#include "app/supervision/common.h"
#include "app/supervision/jobs.h"
#include "store/supervision/cases.h"

namespace socorg::supervision {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

Result<std::int64_t> SubmitComplaint(AppContext& ctx, const ComplaintInput& in, const std::string& source) {
  SOCORG_TRY_VOID(CheckText(in.target_name, 200, "target_name", true));
  SOCORG_TRY_VOID(CheckText(in.target_address, 500, "target_address", false));
  SOCORG_TRY_VOID(CheckText(in.content, 4000, "content", true));
  SOCORG_TRY_VOID(CheckText(in.reporter_name, 100, "reporter_name", false));
  SOCORG_TRY_VOID(CheckText(in.reporter_contact, 200, "reporter_contact", false));
  if (!IsRegionCodeShape(in.act_region) || !ctx.divisions->Contains(in.act_region))
    return Invalid("invalid_region", "请选择违法行为发生地（行政区划）",
                   "act_region must be a known region code", "act_region");
  SOCORG_TRY_VOID(TakePublicSubmission(ctx, source));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  ComplaintRecord r;
  r.received_on = ctx.clock.Today(), r.target_name = in.target_name, r.target_address = in.target_address;
  r.act_region = in.act_region, r.content = in.content, r.reporter_name = in.reporter_name;
  r.reporter_contact = in.reporter_contact, r.created_at = ctx.clock.Now();
  SOCORG_TRY(std::int64_t id, ss::InsertComplaint(*conn, r));
  // The reporter's contact stays out of the audit detail (DOMAIN §21).
  SOCORG_TRY_VOID(AppendSystemAudit(
      *conn, ctx.clock, "public:" + source, "complaint_received", "complaint:" + std::to_string(id),
      json{{"target_name", in.target_name}, {"act_region", in.act_region}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return id;
}

Result<std::vector<ComplaintRecord>> ListComplaints(AppContext& ctx, const Actor& a,
                                                    const std::string& region, int page, int page_size) {
  if (!IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("只有登记管理机关可以查看投诉举报", "only officers can read complaints");
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::ComplaintsIn(*conn, prefix, page_size, (page - 1) * page_size);
}

Result<CaseRecord> OpenCase(AppContext& ctx, const Actor& a, const CaseInput& in) {
  SOCORG_TRY_VOID(CheckText(in.target_name, 200, "target_name", true));
  auto target = ParseIllegalTarget(in.target_class);
  if (!target)
    return Invalid(
        "invalid_target_class", "取缔对象类别应为 unregistered、preparation_overreach 或 after_revocation",
        "target_class must be unregistered, preparation_overreach or after_revocation", "target_class");
  SOCORG_TRY(std::string handling, HandlingAuthority(in.act_regions, in.takeover_region));
  if (!IsOfficer(a.role)) return Forbidden("只有登记管理机关可以立案", "only officers open cases");
  if (handling != a.region_code)
    return Fail(ErrorKind::kForbidden, "not_handling_authority",
                "本案应由 " + ctx.divisions->FullName(handling) + " 登记管理机关管辖",
                "the case belongs to the authority of " + handling, "act_regions");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  std::optional<RegisterMatch> match;
  std::optional<std::int64_t> org_id;
  if (!in.org_key.empty()) {
    SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, in.org_key));
    match = RegisterMatch{org.type, org.status};
    org_id = org.id.value;
  }
  Finding f = CheckTarget(*target, match);
  if (f.outcome != Outcome::kPass)
    return Fail(ErrorKind::kRuleViolation, "not_a_target", f.explanation_zh, f.explanation_en,
                "target_class");
  if (in.complaint_id) {
    SOCORG_TRY(auto comp, ss::GetComplaint(*conn, *in.complaint_id));
    if (!comp) return NotFound("complaint");
  }
  Date today = ctx.clock.Today();
  CaseRecord r;
  r.target_name = in.target_name, r.target_class = *target, r.act_regions = json(in.act_regions).dump();
  r.handling_region = handling, r.status = CaseStatus::kProposed, r.opened_on = today;
  r.complaint_id = in.complaint_id, r.org_id = org_id, r.suspected_public = in.publish_as_suspected;
  r.findings = json::array({json::parse(FactsJson(f))}).dump(), r.created_by = a.username;
  r.created_at = r.updated_at = ctx.clock.Now();
  SOCORG_TRY(r.id, ss::InsertCase(*conn, r));
  if (in.complaint_id) SOCORG_TRY_VOID(ss::LinkComplaint(*conn, *in.complaint_id, r.id));
  SOCORG_TRY_VOID(
      ss::InsertCaseStep(*conn, {0, r.id, CaseStep::kPropose, today, "[]", "提请立案", a.username, r.created_at}));
  SOCORG_TRY_VOID(
      Record(ctx, *conn, a, nullptr, "illegal_case_opened", today, in.target_name,
             "illegal_case:" + std::to_string(r.id),
             {{"target_name", in.target_name}, {"target_class", in.target_class}, {"handling", handling}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<CaseRecord> AdvanceCase(AppContext& ctx, const Actor& a, std::int64_t case_id, const StepInput& in) {
  auto step = ParseCaseStep(in.step);
  if (!step || *step == CaseStep::kPropose)  // proposing is OpenCase
    return Invalid("invalid_step", "办案环节无效",
                   "step must be file, investigate, report, legal_review, ban, dissuade, refer or close", "step");
  SOCORG_TRY(Date on, DateOr(in.on, ctx.clock.Today(), "on"));
  SOCORG_TRY_VOID(CheckText(in.content, 8000, "content", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto c, ss::GetCase(*conn, case_id));
  if (!c) return NotFound("case");
  SOCORG_TRY_VOID(CheckOfficer(a, c->handling_region));
  if (a.region_code != c->handling_region && !IsWithinRegion(c->handling_region, a.region_code))
    return Forbidden("非本案管辖机关", "not the handling authority");
  SOCORG_TRY(CaseStatus next, NextCaseStatus(c->status, *step));
  json findings = json::parse(c->findings, nullptr, false);
  if (!findings.is_array()) findings = json::array();
  if (*step == CaseStep::kFile) {
    Finding f = CheckFilingApproval(c->created_by, a.username, c->handling_region, a.region_code);
    if (f.outcome != Outcome::kPass)
      return Fail(ErrorKind::kForbidden, "filing_needs_second_officer", f.explanation_zh, f.explanation_en,
                  "step");
    findings.push_back(json::parse(FactsJson(f)));
  }
  if (*step == CaseStep::kInvestigate) {
    Finding f = CheckInvestigators(in.officers, ctx.rules);
    if (f.outcome != Outcome::kPass)
      return Fail(ErrorKind::kRuleViolation, "too_few_officers", f.explanation_zh, f.explanation_en,
                  "officers");
    findings.push_back(json::parse(FactsJson(f)));
  }
  if (*step == CaseStep::kBan) {
    SOCORG_TRY_VOID(CheckText(in.decision_no, 100, "decision_no", true));
    c->decision_no = in.decision_no;
    c->decided_on = on;
  }
  if (*step == CaseStep::kRefer) {
    SOCORG_TRY_VOID(CheckText(in.referral_to, 200, "referral_to", true));
    c->referral_to = in.referral_to;
  }
  if (in.publish_as_suspected) c->suspected_public = *in.publish_as_suspected;
  c->status = next;
  c->findings = findings.dump();
  c->updated_at = ctx.clock.Now();
  SOCORG_TRY_VOID(ss::UpdateCase(*conn, *c));
  json officers = json::array();
  for (const auto& o : in.officers)
    officers.push_back({{"name", o.name}, {"certificate_no", o.certificate_no}});
  SOCORG_TRY_VOID(ss::InsertCaseStep(
      *conn, {0, case_id, *step, on, officers.dump(), in.content, a.username, c->updated_at}));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "illegal_case_" + in.step, on, in.content,
                         "illegal_case:" + std::to_string(case_id), {{"status", ToString(c->status)}}));
  SOCORG_TRY_VOID(tx.Commit());
  return *c;
}

Result<std::pair<CaseRecord, std::vector<CaseStepRecord>>> GetCase(AppContext& ctx, const Actor& a,
                                                                   std::int64_t case_id) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto c, ss::GetCase(*conn, case_id));
  if (!c) return NotFound("case");
  if (!IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("无权查看案件", "not allowed to read cases");
  if (!IsWithinRegion(c->handling_region, a.region_code) &&
      !IsWithinRegion(a.region_code, c->handling_region))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该案件不在您的管辖范围内",
                "outside your jurisdiction");
  SOCORG_TRY(auto steps, ss::CaseSteps(*conn, case_id));
  return std::make_pair(*c, steps);
}

Result<std::vector<CaseRecord>> ListCases(AppContext& ctx, const Actor& a, const std::string& region,
                                          int page, int page_size) {
  SOCORG_TRY_VOID(CanReadLists(a));
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::CasesIn(*conn, prefix, page_size, (page - 1) * page_size);
}

Result<std::vector<CaseRecord>> PublicIllegalList(AppContext& ctx, int page, int page_size) {
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  auto conn = ctx.read_db->Acquire();
  return ss::PublicIllegalCases(*conn, page_size, (page - 1) * page_size);
}

}  // namespace socorg::supervision
