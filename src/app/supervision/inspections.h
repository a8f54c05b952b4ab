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
  PlanKind kind = PlanKind::kRandom;
  // random: one plan per authority and year (INSPECTION-ONE-DRAW). A second draw is a re-draw: it needs this
  // reason, is refused once results are recorded on the standing plan, and supersedes it (both stay public).
  std::string redraw_reason;
  // special (不定期): the issue or category inspected, and the scope — every active organization of the
  // authority of one type (`category`, an org type) or the listed organizations (`orgs`, keys), not both.
  std::string target, category;
  std::vector<std::string> orgs;
};
struct PlanView {
  PlanRecord plan;
  std::vector<std::string> population;
  std::vector<PlanItemRecord> items;
  Finding ratio;
  std::vector<PlanRecord> draws;  // random: every draw of the authority and year, first first (re-draws)
};
Result<PlanView> CreatePlan(AppContext& ctx, const Actor& a, const PlanInput& in);
Result<PlanView> GetPlan(AppContext& ctx, std::int64_t id);  // public: the published draw
// result: no_problem | problems_found | rectification_ordered (with a deadline: creates the order), with its
// checklist: method written | on_site and the content items checked (INSPECTION-CHECKLIST). Refused on an
// item of a superseded plan.
struct InspectionResultInput {
  std::string result, note;
  std::optional<Date> rectification_deadline;
  std::string method;
  std::vector<std::string> checked;
};
Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id,
                              const InspectionResultInput& in);
// Officers and auditors: plans drawn in the region, newest first (200 at most); the region's inspectors.
Result<std::vector<PlanSummary>> ListPlans(AppContext& ctx, const Actor& a, const std::string& region);
Result<std::vector<InspectorRecord>> ListInspectors(AppContext& ctx, const Actor& a,
                                                    const std::string& region);

}  // namespace socorg::supervision
