// Random inspections (DOMAIN §9; tables inspectors, inspector_conflicts, inspection_plans,
// inspection_population, inspection_items). Functions run inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

Result<std::int64_t> InsertInspector(Connection& c, const std::string& region, const std::string& name,
                                     const std::string& certificate_no, const std::string& now);
// Active inspectors of exactly this authority, by id (the draw's roster).
Result<std::vector<supervision::InspectorRecord>> InspectorsIn(Connection& c, const std::string& region);
// Active inspectors of the authorities in the prefix, by region and id (at most 1,000).
Result<std::vector<supervision::InspectorRecord>> InspectorsUnder(Connection& c,
                                                                  const std::string& region_prefix);
Result<std::optional<supervision::InspectorRecord>> GetInspector(Connection& c, std::int64_t id);
// kConflict when this conflict is already declared.
Status InsertConflict(Connection& c, std::int64_t inspector_id, std::int64_t org_id,
                      const std::string& reason, Date on);
// The declared conflicts of the region's inspectors with organizations that have a code.
Result<std::vector<supervision::InspectorConflict>> ConflictsIn(Connection& c, const std::string& region);
// The active organizations with a code registered by exactly this authority (the draw population), by code.
Result<std::vector<supervision::PopulationMember>> Population(Connection& c, const std::string& region);

Result<std::int64_t> InsertPlan(Connection& c, const supervision::PlanRecord& r);
// The standing (not superseded) random plan of the authority and year, if any.
Result<std::optional<std::int64_t>> CurrentRandomPlan(Connection& c, const std::string& region, int year);
// Marks plan_id superseded by the re-draw `by`.
Status Supersede(Connection& c, std::int64_t plan_id, std::int64_t by);
// How many of the plan's items have a result.
Result<std::int64_t> ResultsRecorded(Connection& c, std::int64_t plan_id);
// Every random plan of the authority and year, first draw first (the published chain of re-draws).
Result<std::vector<supervision::PlanRecord>> DrawsOf(Connection& c, const std::string& region, int year);
// The population of a special inspection by category: active coded organizations of this type.
Result<std::vector<supervision::PopulationMember>> PopulationOfType(Connection& c, const std::string& region,
                                                                    std::string_view type);
Status InsertPopulation(Connection& c, std::int64_t plan_id, const std::vector<std::string>& usccs);
Result<std::optional<supervision::PlanRecord>> GetPlan(Connection& c, std::int64_t id);
// The published population of the plan, by code.
Result<std::vector<std::string>> PlanPopulation(Connection& c, std::int64_t plan_id);
// Plans drawn by the authorities in the prefix, newest first, at most `limit`.
Result<std::vector<supervision::PlanSummary>> PlansIn(Connection& c, const std::string& region_prefix,
                                                      int limit);

Status InsertItem(Connection& c, const supervision::PlanItemRecord& r);
// By rank; with the organization's name joined.
Result<std::vector<supervision::PlanItemRecord>> PlanItems(Connection& c, std::int64_t plan_id);
Result<std::optional<supervision::PlanItemRecord>> GetItem(Connection& c, std::int64_t id);
Status SetItemResult(Connection& c, std::int64_t id, supervision::InspectionResult result,
                     const std::string& note, Date on, std::optional<std::int64_t> rectification_id,
                     const std::string& method = "", const std::string& checked = "[]");

}  // namespace socorg::supervision_store
