// Random inspections, zombie/election flags, complaints and illegal-organization cases, jobs from the API
// (DOMAIN §9, §11, §12).
#include <sodium.h>

#include "app/supervision/common.h"
#include "app/supervision/use_cases.h"
#include "domain/supervision/inspection_draw.h"

namespace socorg::supervision {
namespace {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

std::string RandomSeed() {
  unsigned char b[16];
  randombytes_buf(b, sizeof b);
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (unsigned char c : b) s += kHex[c >> 4], s += kHex[c & 15];
  return s;
}

}  // namespace

// --- §9 inspections ---

Result<std::int64_t> AddInspector(AppContext& ctx, const Actor& a, const std::string& region, const std::string& name,
                                  const std::string& certificate_no) {
  std::string r = region.empty() ? a.region_code : region;
  SOCORG_TRY_VOID(CheckOfficer(a, r));
  SOCORG_TRY_VOID(Text(name, 100, "name", true));
  SOCORG_TRY_VOID(Text(certificate_no, 100, "certificate_no", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(std::int64_t id, ss::InsertInspector(*conn, r, name, certificate_no, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "inspector_added", ctx.clock.Today(), name,
                         "inspector:" + std::to_string(id), {{"region", r}, {"name", name}}));
  SOCORG_TRY_VOID(tx.Commit());
  return id;
}

Status DeclareConflict(AppContext& ctx, const Actor& a, std::int64_t inspector_id, const std::string& org_key,
                       const std::string& reason) {
  SOCORG_TRY_VOID(Text(reason, 1000, "reason", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto ins, ss::GetInspector(*conn, inspector_id));
  if (!ins) return NotFound("inspector");
  SOCORG_TRY_VOID(CheckOfficer(a, ins->region_code));
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, org_key));
  auto r = ss::InsertConflict(*conn, inspector_id, org.id.value, reason, ctx.clock.Today().ToString());
  if (!r && r.error().kind != ErrorKind::kConflict) return r;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "inspector_conflict_declared", ctx.clock.Today(), reason,
                         "inspector:" + std::to_string(inspector_id), {{"org_id", org.id.value}, {"reason", reason}}));
  return tx.Commit();
}

Result<PlanView> CreatePlan(AppContext& ctx, const Actor& a, const PlanInput& in) {
  std::string region = in.region.empty() ? a.region_code : in.region;
  if (!IsRegionCodeShape(region)) return Invalid("invalid_region", "行政区划代码无效", "invalid region", "region");
  SOCORG_TRY_VOID(CheckOfficer(a, region));
  if (in.inspectors_per_org < ctx.rules.inspection_min_inspectors)
    return Fail(ErrorKind::kRuleViolation, "too_few_inspectors",
                "每个抽查对象应至少选派" + std::to_string(ctx.rules.inspection_min_inspectors) + "名检查人员",
                "at least " + std::to_string(ctx.rules.inspection_min_inspectors) + " inspectors per organization",
                "inspectors_per_org");
  Finding ratio = CheckPlanRatio(LevelOfRegion(region), in.permille, ctx.rules);
  if (ratio.outcome != Outcome::kPass)
    return Fail(ErrorKind::kRuleViolation, "ratio_below_minimum", ratio.explanation_zh, ratio.explanation_en, "permille");
  SOCORG_TRY_VOID(Text(in.seed, 200, "seed", false));
  std::string seed = in.seed.empty() ? RandomSeed() : in.seed;
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto pop, ss::Population(*conn, region));
  SOCORG_TRY(auto inspectors, ss::InspectorsIn(*conn, region));
  SOCORG_TRY(auto conflicts, ss::ConflictsIn(*conn, region));
  std::vector<std::string> usccs;
  std::map<std::string, std::int64_t> id_of;
  for (auto& [id, u] : pop) usccs.push_back(u), id_of[u] = id;
  std::vector<DrawInspector> roster;
  json roster_j = json::array(), conflicts_j = json::array();
  for (const auto& i : inspectors) {
    roster.push_back({std::to_string(i.id), i.name});
    roster_j.push_back({{"id", std::to_string(i.id)}, {"name", i.name}});
  }
  std::set<std::pair<std::string, std::string>> conflict_set(conflicts.begin(), conflicts.end());
  for (const auto& [i, u] : conflict_set) conflicts_j.push_back({i, u});
  SOCORG_TRY(DrawResult draw, Draw(usccs, roster, conflict_set, seed, in.permille, in.inspectors_per_org));
  Date today = ctx.clock.Today();
  PlanView v;
  v.ratio = ratio;
  v.plan.region_code = region, v.plan.year = in.year ? in.year : today.Year(), v.plan.permille = in.permille;
  v.plan.inspectors_per_org = in.inspectors_per_org, v.plan.seed = seed, v.plan.algorithm = draw.algorithm;
  v.plan.population_digest = draw.population_digest;
  v.plan.population_size = static_cast<std::int64_t>(draw.population_size);
  v.plan.drawn_count = static_cast<std::int64_t>(draw.drawn.size());
  v.plan.roster = roster_j.dump(), v.plan.conflicts = conflicts_j.dump(), v.plan.drawn_on = today.ToString();
  v.plan.created_by = a.username, v.plan.created_at = ctx.clock.Now();
  SOCORG_TRY(v.plan.id, ss::InsertPlan(*conn, v.plan));
  SOCORG_TRY_VOID(ss::InsertPopulation(*conn, v.plan.id, usccs));
  for (size_t i = 0; i < draw.drawn.size(); ++i) {
    const auto& d = draw.drawn[i];
    SOCORG_TRY_VOID(ss::InsertItem(*conn, ss::ItemRow{0, v.plan.id, id_of[d.uscc], d.uscc, static_cast<int>(i + 1),
                                                      d.key, json(d.inspectors).dump()}));
  }
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "inspection_drawn", today, "双随机抽查",
                         "inspection_plan:" + std::to_string(v.plan.id),
                         {{"region", region}, {"seed", seed}, {"permille", in.permille},
                          {"population", draw.population_size}, {"drawn", draw.drawn.size()},
                          {"population_digest", draw.population_digest}}));
  SOCORG_TRY(v.items, ss::PlanItems(*conn, v.plan.id));
  v.population = std::move(usccs);
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

Result<PlanView> GetPlan(AppContext& ctx, std::int64_t id) {
  auto conn = ctx.read_db->Acquire();
  SOCORG_TRY(auto p, ss::GetPlan(*conn, id));
  if (!p) return NotFound("inspection plan");
  PlanView v;
  v.plan = *p;
  SOCORG_TRY(v.population, ss::PlanPopulation(*conn, id));
  SOCORG_TRY(v.items, ss::PlanItems(*conn, id));
  v.ratio = CheckPlanRatio(LevelOfRegion(p->region_code), p->permille, ctx.rules);
  return v;
}

Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id, const std::string& result,
                              const std::string& note, std::optional<Date> rectification_deadline) {
  if (result != "no_problem" && result != "problems_found" && result != "rectification_ordered")
    return Invalid("invalid_result", "检查结果应为 no_problem、problems_found 或 rectification_ordered",
                   "result must be no_problem, problems_found or rectification_ordered", "result");
  if (result == "rectification_ordered" && !rectification_deadline)
    return Invalid("required", "责令整改须给出整改期限", "a rectification order needs a deadline", "rectification_deadline");
  SOCORG_TRY_VOID(Text(note, 4000, "note", result != "no_problem"));
  Date today = ctx.clock.Today();
  if (rectification_deadline && *rectification_deadline <= today)
    return Invalid("invalid_deadline", "整改期限应晚于今天", "deadline must be after today", "rectification_deadline");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto item, ss::GetItem(*conn, item_id));
  if (!item) return NotFound("inspection item");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(item->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  std::optional<std::int64_t> rect;
  if (rectification_deadline) {
    ss::RectificationRow r{0, org.id.value, today.ToString(), rectification_deadline->ToString(), std::nullopt, note,
                           "inspection_item:" + std::to_string(item_id), a.username, ctx.clock.Now()};
    SOCORG_TRY(std::int64_t rid, ss::InsertRectification(*conn, r));
    rect = rid;
  }
  SOCORG_TRY_VOID(ss::SetItemResult(*conn, item_id, result, note, today.ToString(), rect));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "inspection_result", today, result + (note.empty() ? "" : "：" + note),
                         Target(org), {{"item_id", item_id}, {"result", result}}));
  return tx.Commit();
}

// --- §11 flags ---

Result<ss::FlagPage> ListFlags(AppContext& ctx, const Actor& a, const std::string& kind, const std::string& region,
                               int page, int page_size) {
  if (kind != "zombie" && kind != "overdue_election" && kind != "revocation_candidate")
    return Invalid("invalid_kind", "类型应为 zombie、overdue_election 或 revocation_candidate",
                   "kind must be zombie, overdue_election or revocation_candidate", "kind");
  SOCORG_TRY_VOID(Paging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::ActiveFlags(*conn, kind, prefix, page_size, (page - 1) * page_size);
}

Status HandleFlag(AppContext& ctx, const Actor& a, std::int64_t id, const std::string& handling,
                  const std::string& outcome) {
  if (handling != "guide_deregistration" && handling != "penalise" && handling != "revoke")
    return Invalid("invalid_handling", "处置方式应为 guide_deregistration、penalise 或 revoke",
                   "handling must be guide_deregistration, penalise or revoke", "handling");
  if (!outcome.empty() && outcome != "deregistered" && outcome != "penalised" && outcome != "revoked" &&
      outcome != "resumed")
    return Invalid("invalid_outcome", "处置结果无效", "outcome must be deregistered, penalised, revoked or resumed",
                   "outcome");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto f, ss::GetFlag(*conn, id));
  if (!f) return NotFound("flag");
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, std::to_string(f->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetFlagHandling(*conn, id, handling, outcome, today.ToString(), ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "flag_handled", today, f->kind + "：" + handling + " " + outcome,
                         Target(org), {{"flag_id", id}, {"handling", handling}, {"outcome", outcome}}));
  return tx.Commit();
}

Result<AutomatedDecisions> SupervisionOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrg(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  AutomatedDecisions d;
  SOCORG_TRY(d.flags, ss::FlagsOf(*conn, org.id.value));
  SOCORG_TRY(d.rating_changes, ss::RatingChangesOf(*conn, org.id.value));
  SOCORG_TRY(d.ratings, ss::RatingsOf(*conn, org.id.value));
  return d;
}

Result<std::vector<CountRow>> FlagOutcomeStats(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::FlagOutcomes(*conn, prefix);
}

// --- §12 complaints and illegal organizations ---

Result<std::int64_t> SubmitComplaint(AppContext& ctx, const ComplaintInput& in, const std::string& source) {
  SOCORG_TRY_VOID(Text(in.target_name, 200, "target_name", true));
  SOCORG_TRY_VOID(Text(in.target_address, 500, "target_address", false));
  SOCORG_TRY_VOID(Text(in.content, 4000, "content", true));
  SOCORG_TRY_VOID(Text(in.reporter_name, 100, "reporter_name", false));
  SOCORG_TRY_VOID(Text(in.reporter_contact, 200, "reporter_contact", false));
  if (!IsRegionCodeShape(in.act_region) || !ctx.divisions->Contains(in.act_region))
    return Invalid("invalid_region", "请选择违法行为发生地（行政区划）", "act_region must be a known region code",
                   "act_region");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  ss::ComplaintRow r;
  r.received_on = ctx.clock.Today().ToString(), r.target_name = in.target_name, r.target_address = in.target_address;
  r.act_region = in.act_region, r.content = in.content, r.reporter_name = in.reporter_name;
  r.reporter_contact = in.reporter_contact, r.created_at = ctx.clock.Now();
  SOCORG_TRY(std::int64_t id, ss::InsertComplaint(*conn, r));
  // The reporter's contact stays out of the audit detail (DOMAIN §21).
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, "public:" + source, "complaint_received",
                                    "complaint:" + std::to_string(id),
                                    json{{"target_name", in.target_name}, {"act_region", in.act_region}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return id;
}

Result<std::vector<ss::ComplaintRow>> ListComplaints(AppContext& ctx, const Actor& a, const std::string& region,
                                                     int page, int page_size) {
  if (!IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("只有登记管理机关可以查看投诉举报", "only officers can read complaints");
  SOCORG_TRY_VOID(Paging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::ComplaintsIn(*conn, prefix, page_size, (page - 1) * page_size);
}

Result<ss::CaseRow> OpenCase(AppContext& ctx, const Actor& a, const CaseInput& in) {
  SOCORG_TRY_VOID(Text(in.target_name, 200, "target_name", true));
  auto target = ParseIllegalTarget(in.target_class);
  if (!target)
    return Invalid("invalid_target_class", "取缔对象类别应为 unregistered、preparation_overreach 或 after_revocation",
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
    SOCORG_TRY(OrgRecord org, FindOrg(*conn, in.org_key));
    match = RegisterMatch{org.type, org.status};
    org_id = org.id.value;
  }
  Finding f = CheckTarget(*target, match);
  if (f.outcome != Outcome::kPass)
    return Fail(ErrorKind::kRuleViolation, "not_a_target", f.explanation_zh, f.explanation_en, "target_class");
  if (in.complaint_id) {
    SOCORG_TRY(auto comp, ss::GetComplaint(*conn, *in.complaint_id));
    if (!comp) return NotFound("complaint");
  }
  Date today = ctx.clock.Today();
  ss::CaseRow r;
  r.target_name = in.target_name, r.target_class = in.target_class, r.act_regions = json(in.act_regions).dump();
  r.handling_region = handling, r.status = std::string(ToString(CaseStatus::kFiled)), r.opened_on = today.ToString();
  r.complaint_id = in.complaint_id, r.org_id = org_id, r.suspected_public = in.publish_as_suspected;
  r.findings = json::array({json::parse(FactsJson(f))}).dump(), r.created_by = a.username;
  r.created_at = r.updated_at = ctx.clock.Now();
  SOCORG_TRY(r.id, ss::InsertCase(*conn, r));
  if (in.complaint_id) SOCORG_TRY_VOID(ss::LinkComplaint(*conn, *in.complaint_id, r.id));
  SOCORG_TRY_VOID(ss::InsertCaseStep(*conn, {0, r.id, "file", today.ToString(), "[]", "立案", a.username, r.created_at}));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "illegal_case_opened", today, in.target_name,
                         "illegal_case:" + std::to_string(r.id),
                         {{"target_name", in.target_name}, {"target_class", in.target_class}, {"handling", handling}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<ss::CaseRow> AdvanceCase(AppContext& ctx, const Actor& a, std::int64_t case_id, const StepInput& in) {
  auto step = ParseCaseStep(in.step);
  if (!step)
    return Invalid("invalid_step", "办案环节无效", "step must be investigate, report, legal_review, ban, dissuade, refer or close",
                   "step");
  SOCORG_TRY(Date on, DateOr(in.on, ctx.clock.Today(), "on"));
  SOCORG_TRY_VOID(Text(in.content, 8000, "content", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto c, ss::GetCase(*conn, case_id));
  if (!c) return NotFound("case");
  SOCORG_TRY_VOID(CheckOfficer(a, c->handling_region));
  if (a.region_code != c->handling_region && !IsWithinRegion(c->handling_region, a.region_code))
    return Forbidden("非本案管辖机关", "not the handling authority");
  SOCORG_TRY(CaseStatus next, NextCaseStatus(ParseCaseStatus(c->status).value_or(CaseStatus::kFiled), *step));
  json findings = json::parse(c->findings, nullptr, false);
  if (!findings.is_array()) findings = json::array();
  if (*step == CaseStep::kInvestigate) {
    Finding f = CheckInvestigators(in.officers, ctx.rules);
    if (f.outcome != Outcome::kPass)
      return Fail(ErrorKind::kRuleViolation, "too_few_officers", f.explanation_zh, f.explanation_en, "officers");
    findings.push_back(json::parse(FactsJson(f)));
  }
  if (*step == CaseStep::kBan) {
    SOCORG_TRY_VOID(Text(in.decision_no, 100, "decision_no", true));
    c->decision_no = in.decision_no;
    c->decided_on = on.ToString();
  }
  if (*step == CaseStep::kRefer) {
    SOCORG_TRY_VOID(Text(in.referral_to, 200, "referral_to", true));
    c->referral_to = in.referral_to;
  }
  if (in.publish_as_suspected) c->suspected_public = *in.publish_as_suspected;
  c->status = std::string(ToString(next));
  c->findings = findings.dump();
  c->updated_at = ctx.clock.Now();
  SOCORG_TRY_VOID(ss::UpdateCase(*conn, *c));
  json officers = json::array();
  for (const auto& o : in.officers) officers.push_back({{"name", o.name}, {"certificate_no", o.certificate_no}});
  SOCORG_TRY_VOID(ss::InsertCaseStep(*conn, {0, case_id, in.step, on.ToString(), officers.dump(), in.content,
                                             a.username, c->updated_at}));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "illegal_case_" + in.step, on, in.content,
                         "illegal_case:" + std::to_string(case_id), {{"status", c->status}}));
  SOCORG_TRY_VOID(tx.Commit());
  return *c;
}

Result<std::pair<ss::CaseRow, std::vector<ss::CaseStepRow>>> GetCase(AppContext& ctx, const Actor& a,
                                                                     std::int64_t case_id) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto c, ss::GetCase(*conn, case_id));
  if (!c) return NotFound("case");
  if (!IsOfficer(a.role) && a.role != Role::kAuditor) return Forbidden("无权查看案件", "not allowed to read cases");
  if (!IsWithinRegion(c->handling_region, a.region_code) && !IsWithinRegion(a.region_code, c->handling_region))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该案件不在您的管辖范围内", "outside your jurisdiction");
  SOCORG_TRY(auto steps, ss::CaseSteps(*conn, case_id));
  return std::make_pair(*c, steps);
}

Result<std::vector<ss::CaseRow>> PublicIllegalList(AppContext& ctx, int page, int page_size) {
  SOCORG_TRY_VOID(Paging(page, page_size));
  auto conn = ctx.read_db->Acquire();
  return ss::PublicIllegalCases(*conn, page_size, (page - 1) * page_size);
}

// --- jobs ---

Result<JobsResult> RunJobsAs(AppContext& ctx, const Actor& a, Date as_of, const std::string& jobs) {
  if (a.role != Role::kMinistryOfficer && a.role != Role::kProvinceOfficer)
    return Forbidden("只有民政部和省级登记管理机关可以运行批处理", "only ministry and province officers run jobs");
  SOCORG_TRY(auto kinds, ParseJobs(jobs));
  return RunJobs(ctx, as_of, kinds, a.username);
}

Result<Rows> RecentJobs(AppContext& ctx, const Actor& a, int limit) {
  if (!IsOfficer(a.role) && a.role != Role::kAuditor) return Forbidden("无权查看", "not allowed");
  auto conn = ctx.db->Acquire();
  return ss::RecentJobRuns(*conn, limit);
}

// --- console lists and counts ---
namespace {
Status CanRead(const Actor& a) {
  if (!IsOfficer(a.role) && a.role != Role::kAuditor) return Forbidden("无权查看", "not allowed");
  return {};
}
}  // namespace

Result<Rows> ListPlans(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY_VOID(CanRead(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::PlansIn(*conn, prefix, 200);
}
Result<std::vector<ss::CaseRow>> ListCases(AppContext& ctx, const Actor& a, const std::string& region, int page,
                                           int page_size) {
  SOCORG_TRY_VOID(CanRead(a));
  SOCORG_TRY_VOID(Paging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::CasesIn(*conn, prefix, page_size, (page - 1) * page_size);
}
Result<Rows> ListRatingRounds(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY_VOID(CanRead(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::RoundsIn(*conn, prefix, 200);
}
Result<std::vector<ss::InspectorRow>> ListInspectors(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY_VOID(CanRead(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::InspectorsUnder(*conn, prefix);
}
Result<Rows> SupervisionOverview(AppContext& ctx, const Actor& a, const std::string& region, const std::string& from,
                                 const std::string& to) {
  SOCORG_TRY_VOID(CanRead(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  for (const auto* d : {&from, &to})
    if (!Date::Parse(*d)) return Invalid("invalid_date", "日期格式应为YYYY-MM-DD", "dates must be YYYY-MM-DD", d == &from ? "from" : "to");
  auto conn = ctx.read_db->Acquire();
  return ss::SupervisionCounts(*conn, prefix, from, to);
}

}  // namespace socorg::supervision
