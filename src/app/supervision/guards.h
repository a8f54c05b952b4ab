// Supervision's conditions on the core's life-cycle actions (app/app_context.h ActionGuard), registered
// through the module's entry in cli/modules.cpp. Today: recognize_charity is refused while the organization
// is disqualified (domain/supervision/charity.h).
#pragma once

#include "app/app_context.h"

namespace socorg::supervision {

void RegisterActionGuards(AppContext& ctx);

}  // namespace socorg::supervision
