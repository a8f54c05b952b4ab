// The demo's party-building data (DOMAIN §13, issue #16), written inside GenerateDemo's transaction after the
// register: for each active organization a confirmed filing of its party data (members, the party
// organization it belongs to — own, joint or temporary branch, or none — instructor, liaison, 党建入章), an
// earlier filing for some (the history), a filing awaiting review for a few, joint branches per county and
// participation in major decisions. The shares follow the sources (Xilingol 175 of 232 covered, 75.4 %;
// Ganzhou 88 %): about three quarters covered and some with 3 or more formal members but no branch, so the
// worklists and anomaly ② have cases. Every filing is checked with party::Validate and has its history event
// (actor "demo"). Deterministic for the seed and today (its own random stream).
#pragma once

#include <vector>

#include "app/app_context.h"
#include "demo/demo.h"
#include "demo/supervision_history.h"

namespace socorg {

Status GeneratePartyHistory(AppContext& ctx, Connection& c, const DemoOptions& opt, const std::vector<DemoOrg>& orgs,
                            DemoReport& rep);

}  // namespace socorg
