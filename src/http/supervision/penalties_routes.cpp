// §10 penalties and rectification orders.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> RecordPenaltyRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(PenaltyInput in, ParsePenalty(b));
  SOCORG_TRY(auto row, RecordPenalty(c, a, Param(p, "key"), in));
  return JsonReply(PenaltyJson(row), 201);
}

Result<Reply> PenaltyOutcomeRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(PenaltyOutcomeInput in, ParsePenaltyOutcome(b, c.clock.Today()));
  SOCORG_TRY(auto row, RecordPenaltyOutcome(c, a, id, in));
  return JsonReply(PenaltyOutcomeJson(row), 201);
}

Result<Reply> OrderRectificationRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(auto d, DateField(b, "deadline", Field::kRequired));
  SOCORG_TRY(std::string content, StringField(b, "content", Field::kRequired));
  SOCORG_TRY(auto row, OrderRectification(c, a, Param(p, "key"), *d, content, "manual"));
  return JsonReply(RectificationJson(row), 201);
}

Result<Reply> CompleteRectificationRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kWriters));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto d, DateField(b, "completed_on"));
  SOCORG_TRY_VOID(CompleteRectificationOrder(c, a, id, d));
  return JsonReply({{"ok", true}});
}

}  // namespace

void AddPenaltyRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Post("/api/v1/orgs/:key/penalties", RecordPenaltyRoute);
  t.Post("/api/v1/penalties/:id/outcomes", PenaltyOutcomeRoute);
  t.Post("/api/v1/orgs/:key/rectifications", OrderRectificationRoute);
  t.Post("/api/v1/rectifications/:id/complete", CompleteRectificationRoute);
}

}  // namespace socorg::supervision_http
