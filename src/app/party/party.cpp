#include "app/party/party.h"

#include <nlohmann/json.hpp>

#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_lookup.h"
#include "domain/region.h"
#include "store/event_store.h"

namespace socorg::party_app {
namespace {

namespace ps = party_store;
using party::PartyData;

std::unexpected<Error> NotFound(std::string what) {
  return Fail(ErrorKind::kNotFound, "not_found", "未找到：" + what, "not found: " + what);
}
std::unexpected<Error> Outside() {
  return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该组织不在您的管辖范围内",
              "the organization is outside your jurisdiction");
}

// The party work department within its region.
Status CheckPartyOfficer(const Actor& a, const std::string& region) {
  if (a.role != Role::kPartyOfficer)
    return Forbidden("只有党建工作部门可以办理该事项", "only the party work department can do this");
  if (!IsWithinRegion(region, a.region_code)) return Outside();
  return {};
}

// The organization itself, or the party work department over it.
Status CheckOrgOrPartyOfficer(const Actor& a, const OrgRecord& org) {
  if (a.role == Role::kOrgAccount) {
    if (org.uscc && *org.uscc == a.org_uscc) return {};
    return Forbidden("社会组织账号只能办理本组织事项", "an organization account acts only for itself");
  }
  return CheckPartyOfficer(a, org.region_code);
}

Status CheckRead(const Actor& a, const OrgRecord& org) {
  if (a.role == Role::kOrgAccount) return CheckCanRead(a, org);
  return CheckCanReadParty(a, org.region_code);
}

Status Record(AppContext& ctx, Connection& c, const Actor& a, const OrgRecord* org, const std::string& action,
              Date on, const std::string& reason, const std::string& target, nlohmann::json detail) {
  if (org) {
    SOCORG_TRY_VOID(event_store::Append(
        c, EventRecord{0, org->id, action, on.ToString(), ctx.clock.Now(), a.username, reason, "{}"}));
    detail["org_id"] = org->id.value;
  }
  return AppendAudit(c, ctx.clock, a, action, target, detail.dump());
}

// Registered on `on` and not yet deregistered or revoked (ISO dates compare as text).
bool Existed(const OrgRecord& o, Date on) {
  std::string d = on.ToString();
  if (!o.registered_on || *o.registered_on > d) return false;
  return !o.ended_on || *o.ended_on > d;
}

// The view of the organization's filings as of `on`.
Result<PartyView> Build(Connection& c, OrgRecord org, Date on) {
  PartyView v;
  v.as_of = on;
  SOCORG_TRY(v.history, ps::FilingsOf(c, org.id.value));
  for (const ps::Filing& f : v.history)
    if (f.review == "confirmed" && f.data.as_of <= on &&
        (!v.current || f.data.as_of > v.current->data.as_of ||
         (f.data.as_of == v.current->data.as_of && f.version > v.current->version)))
      v.current = f;
  if (!v.history.empty()) {
    v.version = v.history.back().version;
    if (v.history.back().review != "confirmed") v.pending = v.history.back();
  }
  if (v.current) {
    v.findings = party::Evaluate(v.current->data, on);
    if (v.current->data.joint_branch_id) {
      SOCORG_TRY(v.joint, ps::FindJointBranch(c, v.current->data.joint_branch_id));
    }
  }
  v.org = std::move(org);
  return v;
}

Result<DecisionView> ViewOf(ps::DecisionRow row, Date today) {
  DecisionView v;
  v.status = std::string(party::DecisionStatus(row.d));
  v.findings = party::EvaluateDecision(row.d, today);
  v.row = std::move(row);
  return v;
}

Result<Date> NotFuture(std::optional<Date> d, Date today, const char* field) {
  Date v = d.value_or(today);
  if (v > today) return Invalid("future_date", "日期不能晚于今天", std::string(field) + " is in the future", field);
  return v;
}

}  // namespace

Status CheckCanReadParty(const Actor& a, const std::string& org_region) {
  if (a.role != Role::kPartyOfficer && !IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("无权查看党建数据", "not allowed to read party data");
  if (!IsWithinRegion(org_region, a.region_code)) return Outside();
  return {};
}

Result<PartyView> PartyOfOrg(AppContext& ctx, const Actor& a, const std::string& key, std::optional<Date> as_of) {
  Date today = ctx.clock.Today();
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/false));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckRead(a, org));
  return Build(*conn, std::move(org), as_of.value_or(today));
}

Result<PartyView> FileParty(AppContext& ctx, const Actor& a, const std::string& key, const PartyInput& in) {
  Date today = ctx.clock.Today();
  PartyData d = in.data;
  if (!in.as_of_given) d.as_of = today;
  SOCORG_TRY_VOID(CheckText(d.org_name, 200, "organization.name", false));
  SOCORG_TRY_VOID(CheckText(d.temporary.approved_by, 200, "organization.approved_by", false));
  SOCORG_TRY_VOID(party::Validate(d, today));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key, RowLock::kForUpdate));
  SOCORG_TRY_VOID(CheckOrgOrPartyOfficer(a, org));
  if (!Existed(org, d.as_of))
    return Fail(ErrorKind::kRuleViolation, "not_registered_on_date", "该组织在填报日期未处于登记状态",
                "the organization was not registered on as_of", "as_of");
  SOCORG_TRY(int latest, ps::LatestVersion(*conn, org.id.value));
  if (in.version != latest)
    return Fail(ErrorKind::kConflict, "stale_version",
                "党建数据已被他人修改（当前版本 " + std::to_string(latest) + "），请刷新后重试",
                "the party data changed meanwhile (version " + std::to_string(latest) + "): reload and retry",
                "version");
  if (d.kind == party::OrgKind::kJoint) {
    SOCORG_TRY(auto joint, ps::FindJointBranch(*conn, d.joint_branch_id));
    if (!joint) return Invalid("not_found", "联合党支部不存在", "no such joint branch", "organization.joint_branch_id");
    if (!IsWithinRegion(org.region_code, joint->region_code))
      return Fail(ErrorKind::kRuleViolation, "joint_branch_elsewhere", "该联合党支部不在本组织所在地区",
                  "the joint branch is not in the organization's region", "organization.joint_branch_id");
  }
  if (d.secretary_person_id) {
    SOCORG_TRY(bool theirs, ps::IsPersonOfOrg(*conn, d.secretary_person_id, org.id.value));
    if (!theirs)
      return Invalid("not_found", "党组织书记应为本组织登记的人员", "the secretary must be a person of the organization",
                     "secretary_person_id");
  }
  ps::Filing f;
  f.org_id = org.id.value, f.version = latest + 1, f.data = d;
  f.review = a.role == Role::kOrgAccount ? "submitted" : "confirmed";
  f.filed_by = a.username, f.filed_at = ctx.clock.Now();
  if (f.review == "confirmed") f.reviewed_by = a.username, f.reviewed_at = f.filed_at;
  SOCORG_TRY(f.id, ps::InsertFiling(*conn, f));
  auto findings = party::Evaluate(d, d.as_of);
  nlohmann::json failed = nlohmann::json::array();
  for (const Finding& x : findings)
    if (x.outcome == Outcome::kFail) failed.push_back(x.rule_id);
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "party_filed", d.as_of,
                         std::string("党建数据：") + std::string(party::LabelZh(d.kind)) + "，正式党员 " +
                             std::to_string(d.formal_members) + " 人" +
                             (f.review == "submitted" ? "（待审核）" : ""),
                         OrgTarget(org),
                         {{"filing_id", f.id}, {"version", f.version}, {"review", f.review},
                          {"kind", party::ToString(d.kind)}, {"formal_members", d.formal_members},
                          {"failed_rules", failed}}));
  SOCORG_TRY(PartyView v, Build(*conn, org, today));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

Result<PartyView> ReviewParty(AppContext& ctx, const Actor& a, const std::string& key, bool confirm,
                              const std::string& reason) {
  SOCORG_TRY_VOID(CheckText(reason, 2000, "reason", !confirm));
  Date today = ctx.clock.Today();
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key, RowLock::kForUpdate));
  SOCORG_TRY_VOID(CheckPartyOfficer(a, org.region_code));
  SOCORG_TRY(auto filings, ps::FilingsOf(*conn, org.id.value));
  if (filings.empty() || filings.back().review != "submitted")
    return Fail(ErrorKind::kRuleViolation, "nothing_to_review", "没有待审核的党建数据", "no filing awaits review");
  const ps::Filing& f = filings.back();
  SOCORG_TRY(bool done, ps::ReviewFiling(*conn, f.id, confirm ? "confirmed" : "returned", reason, a.username,
                                         ctx.clock.Now()));
  if (!done) return Fail(ErrorKind::kConflict, "stale_version", "该填报已被审核", "the filing was reviewed meanwhile");
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, confirm ? "party_confirmed" : "party_returned", today,
                         confirm ? "党建数据审核通过" : "党建数据退回：" + reason, OrgTarget(org),
                         {{"filing_id", f.id}, {"version", f.version}, {"reason", reason}}));
  SOCORG_TRY(PartyView v, Build(*conn, org, today));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

Result<ps::JointBranch> CreateJointBranch(AppContext& ctx, const Actor& a, const JointBranchInput& in) {
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(CheckText(in.name, 200, "name", true));
  std::string region = in.region_code.empty() ? a.region_code : in.region_code;
  if (!IsRegionCodeShape(region))
    return Invalid("invalid_region", "行政区划代码应为6位数字", "region_code must be 6 digits", "region_code");
  if (ctx.divisions && !ctx.divisions->Find(region))
    return Invalid("unknown_region", "行政区划代码不存在", "unknown region code", "region_code");
  SOCORG_TRY_VOID(CheckPartyOfficer(a, region));
  SOCORG_TRY(Date est, NotFuture(in.established_on, today, "established_on"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  ps::JointBranch j{0, in.name, region, est, a.username, ctx.clock.Now()};
  SOCORG_TRY(j.id, ps::InsertJointBranch(*conn, j));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "party_joint_branch_created", est, in.name,
                         "party_joint_branch:" + std::to_string(j.id),
                         {{"joint_branch_id", j.id}, {"name", in.name}, {"region_code", region}}));
  SOCORG_TRY_VOID(tx.Commit());
  return j;
}

namespace {
Result<JointBranchView> MembersOf(Connection& c, ps::JointBranch j, Date today) {
  JointBranchView v;
  SOCORG_TRY(auto ids, ps::OrgsNamingJointBranch(c, j.id));
  for (std::int64_t id : ids) {
    SOCORG_TRY(OrgRecord org, FindOrgByKey(c, std::to_string(id)));
    SOCORG_TRY(PartyView pv, Build(c, org, today));
    if (pv.current && pv.current->data.joint_branch_id == j.id) v.members.push_back(std::move(pv.org));
  }
  v.branch = std::move(j);
  return v;
}
}  // namespace

Result<std::vector<JointBranchView>> JointBranches(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(a, region));
  if (a.role != Role::kPartyOfficer && !IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("无权查看党建数据", "not allowed to read party data");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/false));
  SOCORG_TRY(auto rows, ps::JointBranchesIn(*conn, prefix));
  std::vector<JointBranchView> out;
  for (auto& j : rows) {
    SOCORG_TRY(auto v, MembersOf(*conn, std::move(j), ctx.clock.Today()));
    out.push_back(std::move(v));
  }
  return out;
}

Result<JointBranchView> JointBranchOf(AppContext& ctx, const Actor& a, std::int64_t id) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/false));
  SOCORG_TRY(auto j, ps::FindJointBranch(*conn, id));
  if (!j) return NotFound("联合党支部 " + std::to_string(id));
  SOCORG_TRY_VOID(CheckCanReadParty(a, j->region_code));
  return MembersOf(*conn, std::move(*j), ctx.clock.Today());
}

Result<DecisionView> RecordDecision(AppContext& ctx, const Actor& a, const std::string& key, const DecisionInput& in) {
  Date today = ctx.clock.Today();
  auto kind = party::ParseMatterKind(in.kind);
  if (!kind) return Invalid("invalid_enum", "事项类别无效", "unknown kind of matter", "kind");
  auto way = party::ParseParticipation(in.way);
  if (!way) return Invalid("invalid_enum", "参与方式无效", "unknown way of participation", "way");
  SOCORG_TRY_VOID(CheckText(in.matter, 2000, "matter", true));
  SOCORG_TRY_VOID(CheckText(in.opinion, 4000, "opinion", true));
  SOCORG_TRY(Date decided, NotFuture(in.decided_on, today, "decided_on"));
  if (!in.agrees && !in.report_due)
    return Invalid("required", "党组织有不同意见的，应填写向上级党组织报告的期限",
                   "a disagreement needs report_due (when it is to be reported to the superior organization)",
                   "report_due");
  if (in.agrees && in.report_due)
    return Invalid("not_disagreement", "同意的事项无需报告期限", "report_due only for a disagreement", "report_due");
  if (in.report_due && *in.report_due < decided)
    return Invalid("before_decision", "报告期限不能早于决策日期", "report_due is before decided_on", "report_due");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOrgOrPartyOfficer(a, org));
  ps::DecisionRow r;
  r.d.org_id = org.id.value, r.d.kind = *kind, r.d.way = *way, r.d.matter = in.matter, r.d.opinion = in.opinion;
  r.d.decided_on = decided, r.d.agrees = in.agrees, r.d.report_due = in.report_due;
  r.recorded_by = a.username, r.created_at = ctx.clock.Now();
  r.org_name = org.name, r.org_uscc = org.uscc.value_or(""), r.region_code = org.region_code;
  SOCORG_TRY(r.d.id, ps::InsertDecision(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "party_decision_recorded", decided,
                         std::string("党组织参与决策：") + std::string(party::LabelZh(*kind)), OrgTarget(org),
                         {{"decision_id", r.d.id}, {"kind", in.kind}, {"way", in.way}, {"agrees", in.agrees}}));
  SOCORG_TRY_VOID(tx.Commit());
  return ViewOf(std::move(r), today);
}

Result<DecisionView> AddDecisionStep(AppContext& ctx, const Actor& a, std::int64_t id, const DecisionStep& s) {
  Date today = ctx.clock.Today();
  if (s.step != "report" && s.step != "execute" && s.step != "deviation" && s.step != "correct")
    return Invalid("invalid_enum", "步骤应为 report、execute、deviation 或 correct",
                   "step must be report, execute, deviation or correct", "step");
  SOCORG_TRY(Date on, NotFuture(s.on, today, "on"));
  SOCORG_TRY_VOID(CheckText(s.text, 2000, "text", s.step != "execute"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto found, ps::FindDecision(*conn, id));
  if (!found) return NotFound("决策事项 " + std::to_string(id));
  ps::DecisionRow r = std::move(*found);
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r.d.org_id)));
  SOCORG_TRY_VOID(CheckOrgOrPartyOfficer(a, org));
  party::Decision& d = r.d;
  auto refuse = [](std::string zh, std::string en) {
    return Fail(ErrorKind::kRuleViolation, "invalid_step", std::move(zh), std::move(en), "step");
  };
  if (on < d.decided_on)
    return Invalid("before_decision", "日期不能早于决策日期", "on is before decided_on", "on");
  if (s.step == "report") {
    if (d.agrees) return refuse("党组织同意的事项无需向上级报告", "only a disagreement is reported");
    if (d.reported_on) return refuse("已向上级党组织报告", "already reported");
    d.reported_on = on, d.reported_to = s.text;
  } else if (s.step == "execute") {
    if (!d.agrees && !d.reported_on) return refuse("不同意见应先向上级党组织报告", "report the disagreement first");
    if (d.executed_on) return refuse("已执行完毕", "already executed");
    d.executed_on = on;
  } else if (s.step == "deviation") {
    if (!d.deviation.empty() && !d.corrected_on) return refuse("已有未纠正的执行偏差", "a deviation is open");
    d.deviation = s.text, d.deviation_on = on, d.corrected_on.reset(), d.correction.clear();
  } else {  // correct
    if (d.deviation.empty() || d.corrected_on) return refuse("没有待纠正的执行偏差", "no open deviation");
    if (on < *d.deviation_on) return Invalid("before_deviation", "纠正日期早于偏差日期", "on is before the deviation", "on");
    d.corrected_on = on, d.correction = s.text;
  }
  SOCORG_TRY_VOID(ps::UpdateDecisionSteps(*conn, d));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "party_decision_" + s.step, on, s.text, OrgTarget(org),
                         {{"decision_id", d.id}, {"step", s.step}}));
  SOCORG_TRY_VOID(tx.Commit());
  return ViewOf(std::move(r), today);
}

Result<std::vector<DecisionView>> DecisionsOfOrg(AppContext& ctx, const Actor& a, const std::string& key) {
  Date today = ctx.clock.Today();
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckRead(a, org));
  SOCORG_TRY(auto rows, ps::DecisionsOf(*conn, org.id.value));
  std::vector<DecisionView> out;
  for (auto& r : rows) {
    SOCORG_TRY(auto v, ViewOf(std::move(r), today));
    out.push_back(std::move(v));
  }
  return out;
}

Result<DecisionPage> DecisionsInRegion(AppContext& ctx, const Actor& a, const std::string& region,
                                       const std::string& status, std::int64_t before, int page_size) {
  if (!status.empty() && status != "pending_report" && status != "awaiting_execution" && status != "done" &&
      status != "deviation")
    return Invalid("invalid_enum", "状态应为 pending_report、awaiting_execution、deviation 或 done",
                   "status must be pending_report, awaiting_execution, deviation or done", "status");
  if (a.role != Role::kPartyOfficer && !IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("无权查看党建数据", "not allowed to read party data");
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(a, region));
  Date today = ctx.clock.Today();
  auto conn = ctx.db->Acquire();
  DecisionPage page;
  // Pages of the SQL until page_size items of the status are found (the status is derived, not stored).
  std::int64_t cursor = before;
  for (;;) {
    SOCORG_TRY(auto rows, ps::DecisionsIn(*conn, prefix, cursor, 200));
    for (auto& r : rows) {
      cursor = r.d.id;
      if (!status.empty() && party::DecisionStatus(r.d) != status) continue;
      SOCORG_TRY(auto v, ViewOf(std::move(r), today));
      page.items.push_back(std::move(v));
      if (static_cast<int>(page.items.size()) == page_size) {
        page.next_before = cursor;
        return page;
      }
    }
    if (rows.size() < 200) return page;
  }
}

}  // namespace socorg::party_app
