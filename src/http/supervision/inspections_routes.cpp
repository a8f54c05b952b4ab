// §9 random inspections: the roster and conflicts, plans (drawn, listed, published) and results.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> PublishedPlan(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(PlanView v, GetPlan(c, id));
  return JsonReply(PlanJson(v));
}

Result<Reply> AddInspectorRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::string region, StringField(b, "region"));
  SOCORG_TRY(std::string name, StringField(b, "name", Field::kRequired));
  SOCORG_TRY(std::string cert, StringField(b, "certificate_no"));
  SOCORG_TRY(std::int64_t id, AddInspector(c, a, region, name, cert));
  return JsonReply({{"id", id}}, 201);
}

Result<Reply> InspectorList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, ListInspectors(c, a, QueryParam(q, "region")));
  return JsonReply({{"items", ArrayOf(rows, InspectorJson)}});
}

Result<Reply> DeclareConflictRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(std::string org, StringField(b, "org", Field::kRequired));
  SOCORG_TRY(std::string reason, StringField(b, "reason", Field::kRequired));
  SOCORG_TRY_VOID(DeclareConflict(c, a, id, org, reason));
  return JsonReply({{"ok", true}}, 201);
}

Result<Reply> DrawPlan(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(PlanInput in, ParsePlan(b, c.rules.inspection_min_inspectors));
  SOCORG_TRY(PlanView v, CreatePlan(c, a, in));
  return JsonReply(PlanJson(v), 201);
}

Result<Reply> PlanList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, ListPlans(c, a, QueryParam(q, "region")));
  return JsonReply({{"items", ArrayOf(rows, PlanSummaryJson)}});
}

Result<Reply> RecordResult(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(InspectionResultInput in, ParseInspectionResultBody(b));
  SOCORG_TRY_VOID(RecordInspectionResult(c, a, id, in));
  return JsonReply({{"ok", true}});
}

}  // namespace

void AddInspectionRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/public/inspection-plans/:id", PublishedPlan);
  t.Post("/api/v1/inspectors", AddInspectorRoute);
  t.Get("/api/v1/inspectors", InspectorList);
  t.Post("/api/v1/inspectors/:id/conflicts", DeclareConflictRoute);
  t.Post("/api/v1/inspection-plans", DrawPlan);
  t.Get("/api/v1/inspection-plans", PlanList);
  t.Post("/api/v1/inspection-items/:id/result", RecordResult);
}

}  // namespace socorg::supervision_http
