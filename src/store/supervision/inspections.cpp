#include "store/supervision/inspections.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::InspectorRecord;
using supervision::PlanItemRecord;
using supervision::PlanRecord;
using supervision::PlanSummary;

constexpr char kInsertInspector[] =
    "INSERT INTO inspectors (region_code, name, certificate_no, active, created_at) "
    "VALUES ($1, $2, $3, 1, $4) RETURNING id";
constexpr char kInspectorsIn[] =
    "SELECT id, region_code, name, certificate_no FROM inspectors WHERE region_code = $1 AND active = 1 "
    "ORDER BY id";
constexpr char kInspectorsUnder[] =
    "SELECT id, region_code, name, certificate_no FROM inspectors WHERE region_code >= $1 "
    "AND region_code < $2 AND active = 1 ORDER BY region_code, id LIMIT 1000";
constexpr char kGetInspector[] = "SELECT id, region_code, name, certificate_no FROM inspectors WHERE id = $1";
constexpr char kInsertConflict[] =
    "INSERT INTO inspector_conflicts (inspector_id, org_id, reason, declared_on) VALUES ($1, $2, $3, $4)";
constexpr char kConflictsIn[] =
    "SELECT i.id, o.uscc FROM inspector_conflicts x JOIN inspectors i ON i.id = x.inspector_id "
    "JOIN orgs o ON o.id = x.org_id WHERE i.region_code = $1 AND o.uscc IS NOT NULL";
constexpr char kPopulation[] =
    "SELECT id, uscc FROM orgs WHERE region_code = $1 AND status = 'active' AND uscc IS NOT NULL "
    "AND type <> 'community' ORDER BY uscc";

constexpr char kPopulationOfType[] =
    "SELECT id, uscc FROM orgs WHERE region_code = $1 AND status = 'active' AND uscc IS NOT NULL "
    "AND type <> 'community' AND type = $2 ORDER BY uscc";

constexpr char kInsertPlan[] =
    "INSERT INTO inspection_plans (region_code, year, permille, inspectors_per_org, seed, algorithm, "
    "population_digest, population_size, drawn_count, roster, conflicts, drawn_on, created_by, created_at, "
    "kind, target, redraw_of, redraw_reason) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id";
// The standing random draw of an authority and year (migration 006's unique index allows one).
constexpr char kCurrentRandomPlan[] =
    "SELECT id FROM inspection_plans WHERE region_code = $1 AND year = $2 AND kind = 'random' "
    "AND superseded_by IS NULL";
constexpr char kSupersede[] = "UPDATE inspection_plans SET superseded_by = $1 WHERE id = $2";
constexpr char kResultsRecorded[] =
    "SELECT count(*) FROM inspection_items WHERE plan_id = $1 AND result <> ''";
constexpr char kInsertPopulation[] = "INSERT INTO inspection_population (plan_id, uscc) VALUES ($1, $2)";
constexpr char kPlanColumns[] =
    "id, region_code, year, permille, inspectors_per_org, seed, algorithm, population_digest, "
    "population_size, "
    "drawn_count, roster, conflicts, drawn_on, created_by, created_at, kind, target, superseded_by, redraw_of, "
    "redraw_reason";
const std::string kGetPlan = std::string("SELECT ") + kPlanColumns + " FROM inspection_plans WHERE id = $1";
const std::string kDrawsOf = std::string("SELECT ") + kPlanColumns +
                             " FROM inspection_plans WHERE region_code = $1 AND year = $2 AND kind = 'random' "
                             "ORDER BY id";
constexpr char kPlanPopulation[] = "SELECT uscc FROM inspection_population WHERE plan_id = $1 ORDER BY uscc";
constexpr char kPlansIn[] =
    "SELECT p.id, p.region_code, p.year, p.permille, p.inspectors_per_org, p.seed, p.algorithm, "
    "p.population_size, "
    "p.drawn_count, p.drawn_on, (SELECT count(*) FROM inspection_items i WHERE i.plan_id = p.id AND i.result "
    "<> ''), p.kind, p.superseded_by, p.redraw_of "
    "FROM inspection_plans p WHERE p.region_code >= $1 AND p.region_code < $2 ORDER BY p.id DESC LIMIT $3";

constexpr char kInsertItem[] =
    "INSERT INTO inspection_items (plan_id, org_id, uscc, rank, draw_key, inspectors) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
constexpr char kItemColumns[] =
    "i.id, i.plan_id, i.org_id, i.uscc, i.rank, i.draw_key, i.inspectors, i.result, i.result_note, "
    "i.result_on, "
    "i.rectification_id, o.name, i.method, i.checked";
const std::string kPlanItems = std::string("SELECT ") + kItemColumns +
                               " FROM inspection_items i JOIN orgs o ON o.id = i.org_id WHERE i.plan_id = $1 "
                               "ORDER BY i.rank";
const std::string kGetItem = std::string("SELECT ") + kItemColumns +
                             " FROM inspection_items i JOIN orgs o ON o.id = i.org_id WHERE i.id = $1";
constexpr char kSetItemResult[] =
    "UPDATE inspection_items SET result = $1, result_note = $2, result_on = $3, rectification_id = $4, "
    "method = $5, checked = $6 WHERE id = $7";

template <typename R>
InspectorRecord InspectorFrom(const R& w) {
  return {w.Int(0), Str(w, 1), Str(w, 2), Str(w, 3)};
}

template <typename R>
PlanRecord PlanFrom(const R& w) {
  PlanRecord r;
  r.id = w.Int(0), r.region_code = Str(w, 1), r.year = Int32At(w, 2), r.permille = Int32At(w, 3);
  r.inspectors_per_org = Int32At(w, 4), r.seed = Str(w, 5), r.algorithm = Str(w, 6),
  r.population_digest = Str(w, 7);
  r.population_size = w.Int(8), r.drawn_count = w.Int(9), r.roster = Str(w, 10), r.conflicts = Str(w, 11);
  r.drawn_on = DateAt(w, 12), r.created_by = Str(w, 13), r.created_at = Str(w, 14);
  r.kind = EnumAt(w, 15, supervision::ParsePlanKind, supervision::PlanKind::kRandom), r.target = Str(w, 16);
  r.superseded_by = OptIntAt(w, 17), r.redraw_of = OptIntAt(w, 18), r.redraw_reason = Str(w, 19);
  return r;
}

template <typename R>
PlanSummary SummaryFrom(const R& w) {
  PlanSummary s;
  s.id = w.Int(0), s.region_code = Str(w, 1), s.year = Int32At(w, 2), s.permille = Int32At(w, 3);
  s.inspectors_per_org = Int32At(w, 4), s.seed = Str(w, 5), s.algorithm = Str(w, 6),
  s.population_size = w.Int(7);
  s.drawn_count = w.Int(8), s.drawn_on = DateAt(w, 9), s.results_recorded = w.Int(10);
  s.kind = EnumAt(w, 11, supervision::ParsePlanKind, supervision::PlanKind::kRandom);
  s.superseded_by = OptIntAt(w, 12), s.redraw_of = OptIntAt(w, 13);
  return s;
}

template <typename R>
PlanItemRecord ItemFrom(const R& w) {
  PlanItemRecord r;
  r.id = w.Int(0), r.plan_id = w.Int(1), r.org_id = w.Int(2), r.uscc = Str(w, 3), r.rank = Int32At(w, 4);
  r.draw_key = Str(w, 5), r.inspectors = Str(w, 6);
  r.result = EnumAt(w, 7, supervision::ParseInspectionResult, supervision::InspectionResult::kPending);
  r.result_note = Str(w, 8), r.result_on = OptDateAt(w, 9), r.rectification_id = OptIntAt(w, 10);
  r.org_name = Str(w, 11), r.method = Str(w, 12), r.checked = Str(w, 13);
  return r;
}

}  // namespace

Result<std::int64_t> InsertInspector(Connection& c, const std::string& region, const std::string& name,
                                     const std::string& certificate_no, const std::string& now) {
  return InsertReturningId(c, kInsertInspector, {region, name, certificate_no, now});
}

Result<std::vector<InspectorRecord>> InspectorsIn(Connection& c, const std::string& region) {
  return All<InspectorRecord>(c, kInspectorsIn, {region}, [](const auto& w) { return InspectorFrom(w); });
}

Result<std::vector<InspectorRecord>> InspectorsUnder(Connection& c, const std::string& prefix) {
  return All<InspectorRecord>(c, kInspectorsUnder, {prefix, PrefixEnd(prefix)},
                              [](const auto& w) { return InspectorFrom(w); });
}

Result<std::optional<InspectorRecord>> GetInspector(Connection& c, std::int64_t id) {
  return First<InspectorRecord>(c, kGetInspector, {id}, [](const auto& w) { return InspectorFrom(w); });
}

Status InsertConflict(Connection& c, std::int64_t inspector_id, std::int64_t org_id,
                      const std::string& reason, Date on) {
  return Run(c, kInsertConflict, {inspector_id, org_id, reason, on.ToString()});
}

Result<std::vector<supervision::InspectorConflict>> ConflictsIn(Connection& c, const std::string& region) {
  return All<supervision::InspectorConflict>(c, kConflictsIn, {region}, [](const auto& w) {
    return supervision::InspectorConflict{w.Int(0), Str(w, 1)};
  });
}

Result<std::vector<supervision::PopulationMember>> Population(Connection& c, const std::string& region) {
  return All<supervision::PopulationMember>(c, kPopulation, {region}, [](const auto& w) {
    return supervision::PopulationMember{w.Int(0), Str(w, 1)};
  });
}

Result<std::int64_t> InsertPlan(Connection& c, const PlanRecord& r) {
  return InsertReturningId(c, kInsertPlan,
                           {r.region_code, Int(r.year), Int(r.permille), Int(r.inspectors_per_org), r.seed,
                            r.algorithm, r.population_digest, r.population_size, r.drawn_count, r.roster,
                            r.conflicts, r.drawn_on.ToString(), r.created_by, r.created_at,
                            Text(ToString(r.kind)), r.target, Opt(r.redraw_of), r.redraw_reason});
}

Result<std::optional<std::int64_t>> CurrentRandomPlan(Connection& c, const std::string& region, int year) {
  return First<std::int64_t>(c, kCurrentRandomPlan, {region, Int(year)}, [](const auto& w) { return w.Int(0); });
}

Status Supersede(Connection& c, std::int64_t plan_id, std::int64_t by) { return Run(c, kSupersede, {by, plan_id}); }

Result<std::int64_t> ResultsRecorded(Connection& c, std::int64_t plan_id) {
  return Count(c, kResultsRecorded, {plan_id});
}

Result<std::vector<PlanRecord>> DrawsOf(Connection& c, const std::string& region, int year) {
  return All<PlanRecord>(c, kDrawsOf, {region, Int(year)}, [](const auto& w) { return PlanFrom(w); });
}

Result<std::vector<supervision::PopulationMember>> PopulationOfType(Connection& c, const std::string& region,
                                                                    std::string_view type) {
  return All<supervision::PopulationMember>(c, kPopulationOfType, {region, Text(type)}, [](const auto& w) {
    return supervision::PopulationMember{w.Int(0), Str(w, 1)};
  });
}

Status InsertPopulation(Connection& c, std::int64_t plan_id, const std::vector<std::string>& usccs) {
  for (const auto& u : usccs) SOCORG_TRY_VOID(c.Exec(kInsertPopulation, {plan_id, u}));
  return {};
}

Result<std::optional<PlanRecord>> GetPlan(Connection& c, std::int64_t id) {
  return First<PlanRecord>(c, kGetPlan, {id}, [](const auto& w) { return PlanFrom(w); });
}

Result<std::vector<std::string>> PlanPopulation(Connection& c, std::int64_t plan_id) {
  return All<std::string>(c, kPlanPopulation, {plan_id}, [](const auto& w) { return Str(w, 0); });
}

Result<std::vector<PlanSummary>> PlansIn(Connection& c, const std::string& prefix, int limit) {
  return All<PlanSummary>(c, kPlansIn, {prefix, PrefixEnd(prefix), Int(limit)},
                          [](const auto& w) { return SummaryFrom(w); });
}

Status InsertItem(Connection& c, const PlanItemRecord& r) {
  return Run(c, kInsertItem, {r.plan_id, r.org_id, r.uscc, Int(r.rank), r.draw_key, r.inspectors});
}

Result<std::vector<PlanItemRecord>> PlanItems(Connection& c, std::int64_t plan_id) {
  return All<PlanItemRecord>(c, kPlanItems, {plan_id}, [](const auto& w) { return ItemFrom(w); });
}

Result<std::optional<PlanItemRecord>> GetItem(Connection& c, std::int64_t id) {
  return First<PlanItemRecord>(c, kGetItem, {id}, [](const auto& w) { return ItemFrom(w); });
}

Status SetItemResult(Connection& c, std::int64_t id, supervision::InspectionResult result,
                     const std::string& note, Date on, std::optional<std::int64_t> rectification_id,
                     const std::string& method, const std::string& checked) {
  return Run(c, kSetItemResult,
             {Text(ToString(result)), note, on.ToString(), Opt(rectification_id), method, checked, id});
}

}  // namespace socorg::supervision_store
