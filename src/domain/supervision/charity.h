// Charity recognition 慈善组织认定 (DOMAIN §8, §17): the disqualifying conditions the register and the
// supervision records can decide. The core's recognize_charity action asks for them through the action guard
// supervision registers (app/supervision/guards.h); the core does not include this module.
#pragma once

#include <vector>

#include "domain/finding.h"
#include "domain/rules_config.h"
#include "domain/supervision/org_facts.h"

namespace socorg::supervision {


// One Finding per condition on `on` (the recognition's date), pass or fail with its facts:
//   CHARITY-SERIOUS   not on the serious-dishonesty list 严重违法失信名单 (DOMAIN §8: listed organizations are
//                     excluded from recognition, funding and purchased services)
//   CHARITY-ANOMALY   not on the activity-anomaly list 活动异常名录 (认定办法 art. 5 (三))
//   CHARITY-PENALTY   no administrative penalty (an order to correct is none) decided in the
//                     charity_penalty_free_years [config, 2] before `on`: decided_on > on − N years and ≤ on
//                     (认定办法 art. 5 (二) 申请前二年内受过行政处罚)
//   CHARITY-AGE       registered at least charity_min_registered_years [config, 1] full years before `on`
//                     (认定办法 art. 4 (二): the previous year's charitable spending and costs must qualify)
std::vector<Finding> CheckCharityRecognition(const OrgFacts& org, Date on, const RulesConfig& cfg);

}  // namespace socorg::supervision
