#include "app/supervision/inspections.h"

#include <sodium.h>

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
  Finding ratio = CheckPlanRatio(LevelOfRegion(region), in.permille, ctx.rules);
  if (ratio.outcome != Outcome::kPass)
    return Fail(ErrorKind::kRuleViolation, "ratio_below_minimum", ratio.explanation_zh, ratio.explanation_en,
                "permille");
  SOCORG_TRY_VOID(CheckText(in.seed, 200, "seed", false));
  std::string seed = in.seed.empty() ? RandomSeed() : in.seed;
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto pop, ss::Population(*conn, region));
  SOCORG_TRY(auto inspectors, ss::InspectorsIn(*conn, region));
  SOCORG_TRY(auto conflicts, ss::ConflictsIn(*conn, region));
  std::vector<std::string> usccs;
  std::map<std::string, std::int64_t> id_of;
  for (auto& m : pop) usccs.push_back(m.uscc), id_of[m.uscc] = m.org_id;
  std::vector<DrawInspector> roster;
  json roster_j = json::array(), conflicts_j = json::array();
  for (const auto& i : inspectors) {
    roster.push_back({std::to_string(i.id), i.name});
    roster_j.push_back({{"id", std::to_string(i.id)}, {"name", i.name}});
  }
  std::set<std::pair<std::string, std::string>> conflict_set;
  for (const auto& x : conflicts) conflict_set.emplace(std::to_string(x.inspector_id), x.uscc);
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
  v.plan.roster = roster_j.dump(), v.plan.conflicts = conflicts_j.dump(), v.plan.drawn_on = today;
  v.plan.created_by = a.username, v.plan.created_at = ctx.clock.Now();
  SOCORG_TRY(v.plan.id, ss::InsertPlan(*conn, v.plan));
  SOCORG_TRY_VOID(ss::InsertPopulation(*conn, v.plan.id, usccs));
  for (size_t i = 0; i < draw.drawn.size(); ++i) {
    const auto& d = draw.drawn[i];
    PlanItemRecord item;
    item.plan_id = v.plan.id, item.org_id = id_of[d.uscc], item.uscc = d.uscc,
    item.rank = static_cast<int>(i + 1);
    item.draw_key = d.key, item.inspectors = json(d.inspectors).dump();
    SOCORG_TRY_VOID(ss::InsertItem(*conn, item));
  }
  SOCORG_TRY_VOID(Record(ctx, *conn, a, nullptr, "inspection_drawn", today, "双随机抽查",
                         "inspection_plan:" + std::to_string(v.plan.id),
                         {{"region", region},
                          {"seed", seed},
                          {"permille", in.permille},
                          {"population", draw.population_size},
                          {"drawn", draw.drawn.size()},
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

Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id,
                              const std::string& result, const std::string& note,
                              std::optional<Date> rectification_deadline) {
  auto res = ParseInspectionResult(result);
  if (!res || *res == InspectionResult::kPending)
    return Invalid("invalid_result", "检查结果应为 no_problem、problems_found 或 rectification_ordered",
                   "result must be no_problem, problems_found or rectification_ordered", "result");
  if (*res == InspectionResult::kRectificationOrdered && !rectification_deadline)
    return Invalid("required", "责令整改须给出整改期限", "a rectification order needs a deadline",
                   "rectification_deadline");
  SOCORG_TRY_VOID(CheckText(note, 4000, "note", *res != InspectionResult::kNoProblem));
  Date today = ctx.clock.Today();
  if (rectification_deadline && *rectification_deadline <= today)
    return Invalid("invalid_deadline", "整改期限应晚于今天", "deadline must be after today",
                   "rectification_deadline");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto item, ss::GetItem(*conn, item_id));
  if (!item) return NotFound("inspection item");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(item->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  std::optional<std::int64_t> rect;
  if (rectification_deadline) {
    RectificationRecord r{0,
                          org.id.value,
                          today,
                          *rectification_deadline,
                          std::nullopt,
                          note,
                          "inspection_item:" + std::to_string(item_id),
                          a.username,
                          ctx.clock.Now()};
    SOCORG_TRY(std::int64_t rid, ss::InsertRectification(*conn, r));
    rect = rid;
  }
  SOCORG_TRY_VOID(ss::SetItemResult(*conn, item_id, *res, note, today, rect));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "inspection_result", today,
                         result + (note.empty() ? "" : "：" + note), OrgTarget(org),
                         {{"item_id", item_id}, {"result", result}}));
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
