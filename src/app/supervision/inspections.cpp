#include "app/supervision/inspections.h"

#include <sodium.h>

#include <algorithm>

#include "app/supervision/common.h"
#include "domain/supervision/inspection_draw.h"
#include "store/supervision/inspections.h"
#include "store/supervision/penalties.h"

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

Result<std::int64_t> AddInspector(AppContext& ctx, const Actor& a, const std::string& region,
                                  const std::string& name, const std::string& certificate_no) {
  std::string r = region.empty() ? a.region_code : region;
  SOCORG_TRY_VOID(CheckOfficer(a, r));
  SOCORG_TRY_VOID(CheckText(name, 100, "name", true));
  SOCORG_TRY_VOID(CheckText(certificate_no, 100, "certificate_no", false));
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
  SOCORG_TRY_VOID(CheckText(reason, 1000, "reason", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto ins, ss::GetInspector(*conn, inspector_id));
  if (!ins) return NotFound("inspector");
  SOCORG_TRY_VOID(CheckOfficer(a, ins->region_code));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, org_key));
  auto r = ss::InsertConflict(*conn, inspector_id, org.id.value, reason, ctx.clock.Today());
  if (!r && r.error().kind != ErrorKind::kConflict) return r;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "inspector_conflict_declared", ctx.clock.Today(), reason,
                         "inspector:" + std::to_string(inspector_id),
                         {{"org_id", org.id.value}, {"reason", reason}}));
  return tx.Commit();
}

Result<PlanView> CreatePlan(AppContext& ctx, const Actor& a, const PlanInput& in) {
  std::string region = in.region.empty() ? a.region_code : in.region;
  if (!IsRegionCodeShape(region))
    return Invalid("invalid_region", "行政区划代码无效", "invalid region", "region");
  SOCORG_TRY_VOID(CheckOfficer(a, region));
  if (in.inspectors_per_org < ctx.rules.inspection_min_inspectors)
    return Fail(
        ErrorKind::kRuleViolation, "too_few_inspectors",
        "每个抽查对象应至少选派" + std::to_string(ctx.rules.inspection_min_inspectors) + "名检查人员",
        "at least " + std::to_string(ctx.rules.inspection_min_inspectors) + " inspectors per organization",
        "inspectors_per_org");
  const bool special = in.kind == PlanKind::kSpecial;
  Finding ratio;
  if (special) {
    SOCORG_TRY_VOID(CheckText(in.target, 500, "target", true));
    if (in.category.empty() == in.orgs.empty())
      return Invalid("scope_required", "不定期检查须指定组织类别（category）或组织名单（orgs）之一",
                     "a special inspection names either a category or a list of organizations", "orgs");
    if (!in.redraw_reason.empty())
      return Invalid("random_only", "只有双随机抽查计划可以重新抽取", "only a random draw is re-drawn",
                     "redraw_reason");
    ratio = Finding{"INSPECTION-SPECIAL", BasisText("INSPECTION-SPECIAL"), "不定期检查", {{"target", in.target}}, Outcome::kPass,
                    "不定期检查（针对类别或问题），不是随机抽取，不适用抽查比例",
                    "special inspection of a category or issue: not a random draw, no ratio applies"};
  } else {
    if (!in.target.empty() || !in.category.empty() || !in.orgs.empty())
      return Invalid("special_only", "检查对象类别或名单只适用于不定期检查（kind = special）",
                     "target, category and orgs belong to a special inspection (kind special)",
                     !in.orgs.empty() ? "orgs" : !in.category.empty() ? "category" : "target");
    ratio = CheckPlanRatio(LevelOfRegion(region), in.permille, ctx.rules);
    if (ratio.outcome != Outcome::kPass)
      return Fail(ErrorKind::kRuleViolation, "ratio_below_minimum", ratio.explanation_zh, ratio.explanation_en,
                  "permille");
  }
  SOCORG_TRY_VOID(CheckText(in.redraw_reason, 1000, "redraw_reason", false));
  SOCORG_TRY_VOID(CheckText(in.seed, 200, "seed", false));
  std::string seed = in.seed.empty() ? RandomSeed() : in.seed;
  Date today = ctx.clock.Today();
  const int year = in.year ? in.year : today.Year();
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  // INSPECTION-ONE-DRAW: one random draw per authority and year; a second one is a recorded re-draw.
  std::optional<PlanRecord> previous;
  if (!special) {
    SOCORG_TRY(auto standing, ss::CurrentRandomPlan(*conn, region, year));
    if (standing && in.redraw_reason.empty())
      return Fail(ErrorKind::kConflict, "plan_exists",
                  "本机关" + std::to_string(year) + "年度已抽取双随机抽查计划（第" + std::to_string(*standing) +
                      "号）；重新抽取须填写理由（redraw_reason），原计划仍予公开",
                  "this authority already drew its " + std::to_string(year) + " plan (#" +
                      std::to_string(*standing) + "); a re-draw needs a redraw_reason and keeps the first public",
                  "redraw_reason");
    if (!standing && !in.redraw_reason.empty())
      return Fail(ErrorKind::kRuleViolation, "nothing_to_redraw", "本年度尚无抽查计划，无需重新抽取",
                  "there is no plan of this year to re-draw", "redraw_reason");
    if (standing) {
      SOCORG_TRY(std::int64_t done, ss::ResultsRecorded(*conn, *standing));
      if (done > 0)
        return Fail(ErrorKind::kRuleViolation, "results_recorded",
                    "原抽查计划已录入" + std::to_string(done) + "项检查结果，不能重新抽取",
                    "results are recorded on the standing plan; it can no longer be re-drawn", "redraw_reason");
      SOCORG_TRY(previous, ss::GetPlan(*conn, *standing));
    }
  }
  std::vector<PopulationMember> pop;
  if (!special) {
    SOCORG_TRY(pop, ss::Population(*conn, region));
  } else if (!in.category.empty()) {
    auto type = ParseOrgType(in.category);
    if (!type || *type == OrgType::kCommunity)
      return Invalid("invalid_category", "组织类别应为 social_group、social_service_agency 或 foundation",
                     "category must be an organization type (not community)", "category");
    SOCORG_TRY(pop, ss::PopulationOfType(*conn, region, in.category));
  } else {
    std::set<std::string> seen;
    for (size_t i = 0; i < in.orgs.size(); ++i) {
      std::string field = "orgs[" + std::to_string(i) + "]";
      auto org = FindOrgByKey(*conn, in.orgs[i]);
      if (!org) {
        if (org.error().kind == ErrorKind::kNotFound)
          return Invalid("unknown_org", "未找到该组织：" + in.orgs[i], "unknown organization: " + in.orgs[i], field);
        return std::unexpected(org.error());
      }
      if (org->region_code != region || org->status != OrgStatus::kActive || !org->uscc ||
          org->type == OrgType::kCommunity)
        return Fail(ErrorKind::kRuleViolation, "outside_scope", "该组织不是本机关登记的存续社会组织：" + org->name,
                    "not an active organization registered by this authority: " + org->name, field);
      if (!seen.insert(*org->uscc).second)
        return Invalid("duplicate_org", "组织重复", "organization listed twice", field);
      pop.push_back({org->id.value, *org->uscc});
    }
  }
  if (special && pop.empty())
    return Fail(ErrorKind::kRuleViolation, "empty_scope", "该类别下没有存续的社会组织", "no active organization in scope",
                "category");
  SOCORG_TRY(auto inspectors, ss::InspectorsIn(*conn, region));
  SOCORG_TRY(auto conflicts, ss::ConflictsIn(*conn, region));
  std::vector<std::string> usccs;
  std::map<std::string, std::int64_t> id_of;
  for (auto& m : pop) usccs.push_back(m.uscc), id_of[m.uscc] = m.org_id;
  std::sort(usccs.begin(), usccs.end());
  std::vector<DrawInspector> roster;
  json roster_j = json::array(), conflicts_j = json::array();
  for (const auto& i : inspectors) {
    roster.push_back({std::to_string(i.id), i.name});
    roster_j.push_back({{"id", std::to_string(i.id)}, {"name", i.name}});
  }
  std::set<std::pair<std::string, std::string>> conflict_set;
  for (const auto& x : conflicts) conflict_set.emplace(std::to_string(x.inspector_id), x.uscc);
  for (const auto& [i, u] : conflict_set) conflicts_j.push_back({i, u});
  // A special inspection covers its whole scope (per-mille 1000); its inspectors are still ranked by the seed,
  // so `verify-draw` checks it like a random plan.
  const int permille = special ? 1000 : in.permille;
  SOCORG_TRY(DrawResult draw, Draw(usccs, roster, conflict_set, seed, permille, in.inspectors_per_org));
  PlanView v;
  v.ratio = ratio;
  v.plan.region_code = region, v.plan.year = year, v.plan.permille = permille;
  v.plan.inspectors_per_org = in.inspectors_per_org, v.plan.seed = seed, v.plan.algorithm = draw.algorithm;
  v.plan.population_digest = draw.population_digest;
  v.plan.population_size = static_cast<std::int64_t>(draw.population_size);
  v.plan.drawn_count = static_cast<std::int64_t>(draw.drawn.size());
  v.plan.roster = roster_j.dump(), v.plan.conflicts = conflicts_j.dump(), v.plan.drawn_on = today;
  v.plan.created_by = a.username, v.plan.created_at = ctx.clock.Now();
  v.plan.kind = in.kind, v.plan.target = in.target;
  if (!in.category.empty() && v.plan.target.find(in.category) == std::string::npos)
    v.plan.target += "（" + in.category + "）";
  if (previous) v.plan.redraw_of = previous->id, v.plan.redraw_reason = in.redraw_reason;
  // The standing plan steps aside first (the unique index allows one standing draw), then points at its re-draw.
  if (previous) SOCORG_TRY_VOID(ss::Supersede(*conn, previous->id, 0));
  auto id = ss::InsertPlan(*conn, v.plan);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kConflict, "plan_exists", "本机关本年度已抽取双随机抽查计划", "a plan of this year exists",
                "redraw_reason");
  if (!id) return std::unexpected(id.error());
  v.plan.id = *id;
  if (previous) SOCORG_TRY_VOID(ss::Supersede(*conn, previous->id, v.plan.id));
  SOCORG_TRY_VOID(ss::InsertPopulation(*conn, v.plan.id, usccs));
  for (size_t i = 0; i < draw.drawn.size(); ++i) {
    const auto& d = draw.drawn[i];
    PlanItemRecord item;
    item.plan_id = v.plan.id, item.org_id = id_of[d.uscc], item.uscc = d.uscc,
    item.rank = static_cast<int>(i + 1);
    item.draw_key = d.key, item.inspectors = json(d.inspectors).dump();
    SOCORG_TRY_VOID(ss::InsertItem(*conn, item));
  }
  json detail = {{"region", region},
                 {"year", year},
                 {"kind", ToString(in.kind)},
                 {"seed", seed},
                 {"permille", permille},
                 {"population", draw.population_size},
                 {"drawn", draw.drawn.size()},
                 {"population_digest", draw.population_digest}};
  if (special) detail["target"] = v.plan.target;
  if (previous) {
    detail["redraw_of"] = previous->id;
    detail["redraw_reason"] = in.redraw_reason;
    detail["previous_seed"] = previous->seed;
  }
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr,
                         previous ? "inspection_redrawn" : special ? "inspection_special_planned" : "inspection_drawn",
                         today, previous ? "重新抽取：" + in.redraw_reason : special ? "不定期检查：" + in.target : "双随机抽查",
                         "inspection_plan:" + std::to_string(v.plan.id), detail));
  SOCORG_TRY(v.items, ss::PlanItems(*conn, v.plan.id));
  if (!special) {
    SOCORG_TRY(v.draws, ss::DrawsOf(*conn, region, year));
  }
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
  if (p->kind == PlanKind::kRandom) {
    v.ratio = CheckPlanRatio(LevelOfRegion(p->region_code), p->permille, ctx.rules);
    SOCORG_TRY(v.draws, ss::DrawsOf(*conn, p->region_code, p->year));
  } else {
    v.ratio = Finding{"INSPECTION-SPECIAL", BasisText("INSPECTION-SPECIAL"), "不定期检查", {{"target", p->target}}, Outcome::kPass,
                      "不定期检查（针对类别或问题），不是随机抽取，不适用抽查比例",
                      "special inspection of a category or issue: not a random draw, no ratio applies"};
  }
  return v;
}

Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id,
                              const InspectionResultInput& in) {
  auto res = ParseInspectionResult(in.result);
  if (!res || *res == InspectionResult::kPending)
    return Invalid("invalid_result", "检查结果应为 no_problem、problems_found 或 rectification_ordered",
                   "result must be no_problem, problems_found or rectification_ordered", "result");
  if (*res == InspectionResult::kRectificationOrdered && !in.rectification_deadline)
    return Invalid("required", "责令整改须给出整改期限", "a rectification order needs a deadline",
                   "rectification_deadline");
  SOCORG_TRY_VOID(CheckText(in.note, 4000, "note", *res != InspectionResult::kNoProblem));
  SOCORG_TRY(InspectionChecklist checklist, ParseChecklist(in.method, in.checked));
  json checked = json::array();
  for (InspectionContent c : checklist.checked) checked.push_back(ToString(c));
  Date today = ctx.clock.Today();
  if (in.rectification_deadline && *in.rectification_deadline <= today)
    return Invalid("invalid_deadline", "整改期限应晚于今天", "deadline must be after today",
                   "rectification_deadline");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto item, ss::GetItem(*conn, item_id));
  if (!item) return NotFound("inspection item");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(item->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY(auto plan, ss::GetPlan(*conn, item->plan_id));
  if (plan && plan->superseded_by)
    return Fail(ErrorKind::kRuleViolation, "plan_superseded",
                "该抽查计划已被重新抽取的第" + std::to_string(*plan->superseded_by) + "号计划取代",
                "the plan was superseded by re-draw #" + std::to_string(*plan->superseded_by), "item");
  std::optional<std::int64_t> rect;
  if (in.rectification_deadline) {
    RectificationRecord r{0,
                          org.id.value,
                          today,
                          *in.rectification_deadline,
                          std::nullopt,
                          in.note,
                          "inspection_item:" + std::to_string(item_id),
                          a.username,
                          ctx.clock.Now()};
    SOCORG_TRY(std::int64_t rid, ss::InsertRectification(*conn, r));
    rect = rid;
  }
  SOCORG_TRY_VOID(ss::SetItemResult(*conn, item_id, *res, in.note, today, rect,
                                    std::string(ToString(checklist.method)), checked.dump()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "inspection_result", today,
                         in.result + (in.note.empty() ? "" : "：" + in.note), OrgTarget(org),
                         {{"item_id", item_id},
                          {"result", in.result},
                          {"method", ToString(checklist.method)},
                          {"checked", checked}}));
  return tx.Commit();
}

Result<std::vector<PlanSummary>> ListPlans(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY_VOID(CanReadLists(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::PlansIn(*conn, prefix, 200);
}

Result<std::vector<InspectorRecord>> ListInspectors(AppContext& ctx, const Actor& a,
                                                    const std::string& region) {
  SOCORG_TRY_VOID(CanReadLists(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::InspectorsUnder(*conn, prefix);
}

}  // namespace socorg::supervision
