#include "http/supervision/routes.h"

#include "http/supervision/section_routes.h"

namespace socorg {

void AddSupervisionRoutes(http::Router& r, AppContext& ctx, size_t max_body) {
  // No two supervision routes match the same request, so the order of the sections is free.
  supervision_http::AddOverviewRoutes(r, ctx, max_body);
  supervision_http::AddReportRoutes(r, ctx, max_body);
  supervision_http::AddPenaltyRoutes(r, ctx, max_body);
  supervision_http::AddCreditRoutes(r, ctx, max_body);
  supervision_http::AddFlagRoutes(r, ctx, max_body);
  supervision_http::AddRatingRoutes(r, ctx, max_body);
  supervision_http::AddInspectionRoutes(r, ctx, max_body);
  supervision_http::AddCaseRoutes(r, ctx, max_body);
}

}  // namespace socorg
