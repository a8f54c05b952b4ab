// Routes for supervision (annual reports, credit lists, ratings, inspections, penalties, zombie and
// illegal organizations — issue #4). Registered by server.cpp before the static-file fallback.
#pragma once

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg {

void AddSupervisionRoutes(http::Router& r, AppContext& ctx, size_t max_body);

}  // namespace socorg
