// The party module's routes (DOMAIN §13; issue #16): officer-side endpoints under /api/v1 (orgs/:key/party,
// party/...) and the public coverage under /api/v1/public/party. Each handler parses (dto.h), calls one use
// case in app/party and serializes; access is decided in app/.
#pragma once

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg {

void AddPartyRoutes(http::Router& r, AppContext& ctx, size_t max_body);

}  // namespace socorg
