// One adder per section of the supervision routes (internal to http/supervision; AddSupervisionRoutes in
// routes.h calls them all). `max_body` is the request body limit every handler is wrapped with.
#pragma once

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg::supervision_http {

void AddReportRoutes(http::Router& r, AppContext& ctx, size_t max_body);      // §6 annual reports
void AddRatingRoutes(http::Router& r, AppContext& ctx, size_t max_body);      // §7 ratings
void AddCreditRoutes(http::Router& r, AppContext& ctx, size_t max_body);      // §8 credit
void AddInspectionRoutes(http::Router& r, AppContext& ctx, size_t max_body);  // §9 random inspections
void AddPenaltyRoutes(http::Router& r, AppContext& ctx, size_t max_body);     // §10 penalties, rectification
void AddFlagRoutes(http::Router& r, AppContext& ctx, size_t max_body);        // §11 flags, §4 elections
void AddCaseRoutes(http::Router& r, AppContext& ctx, size_t max_body);        // §12 complaints, cases
void AddOverviewRoutes(http::Router& r, AppContext& ctx, size_t max_body);    // summary, dashboard, jobs

}  // namespace socorg::supervision_http
