#include "http/supervision_routes.h"

namespace socorg {

void AddSupervisionRoutes(http::Router& r, AppContext& ctx, size_t max_body) {
  // Supervision endpoints are added here as they land (issue #4).
}

}  // namespace socorg
