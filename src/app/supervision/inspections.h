// Random inspections 双随机、一公开 (DOMAIN §9): the roster and its conflicts of interest, the published
// reproducible draw, and the results (a result may order a rectification). Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/finding.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

// An inspector of the officer's region ("" = the actor's own).
Result<std::int64_t> AddInspector(AppContext& ctx, const Actor& a, const std::string& region,
                                  const std::string& name, const std::string& certificate_no);
// Declaring the same conflict twice is not an error.
Status DeclareConflict(AppContext& ctx, const Actor& a, std::int64_t inspector_id, const std::string& org_key,
                       const std::string& reason);
struct PlanInput {
  std::string region;
  int year = 0, permille = 0, inspectors_per_org = 2;
  std::string seed;  // "" = a random seed, published with the plan
};
struct PlanView {
  PlanRecord plan;
  std::vector<std::string> population;
  std::vector<PlanItemRecord> items;
  Finding ratio;
};
Result<PlanView> CreatePlan(AppContext& ctx, const Actor& a, const PlanInput& in);
Result<PlanView> GetPlan(AppContext& ctx, std::int64_t id);  // public: the published draw
// result: no_problem | problems_found | rectification_ordered (with a deadline: creates the order).
Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id,
                              const std::string& result, const std::string& note,
                              std::optional<Date> rectification_deadline);
// Officers and auditors: plans drawn in the region, newest first (200 at most); the region's inspectors.
Result<std::vector<PlanSummary>> ListPlans(AppContext& ctx, const Actor& a, const std::string& region);
Result<std::vector<InspectorRecord>> ListInspectors(AppContext& ctx, const Actor& a,
                                                    const std::string& region);

}  // namespace socorg::supervision
