// The supervision module's routes (DOMAIN §6-12): officer endpoints under /api/v1, public ones under
// /api/v1/public. Each handler parses (dto.h), calls one use case in app/supervision and serializes;
// access is decided in app/. Registered by server.cpp before the static-file fallback.
#pragma once

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg {

// Adds every supervision route and starts the daily jobs (app/supervision/scheduler.h).
void AddSupervisionRoutes(http::Router& r, AppContext& ctx, size_t max_body);

}  // namespace socorg
