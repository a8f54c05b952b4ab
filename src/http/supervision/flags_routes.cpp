// §11 zombie flags and §4 overdue elections: an organization's automated decisions, the flag lists, their
// handling and outcome figures.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> DecisionsOfOrg(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(AutomatedDecisions d, SupervisionOf(c, a, Param(p, "key")));
  return JsonReply(AutomatedDecisionsJson(d));
}

Result<Reply> FlagList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto page, ListFlags(c, a, QueryParam(q, "kind"), QueryParam(q, "region"), pg.page, pg.size));
  return JsonReply({{"total", page.total},
                    {"page", pg.page},
                    {"page_size", pg.size},
                    {"items", ArrayOf(page.items, FlagJson)}});
}

Result<Reply> HandleFlagRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(std::string handling, StringField(b, "handling", Field::kRequired));
  SOCORG_TRY(std::string outcome, StringField(b, "outcome"));
  SOCORG_TRY_VOID(HandleFlag(c, a, id, handling, outcome));
  return JsonReply({{"ok", true}});
}

Result<Reply> Outcomes(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto v, FlagOutcomeStats(c, a, QueryParam(q, "region")));
  return JsonReply({{"items", ArrayOf(v.items, FlagOutcomeJson)}, {"computed_at", v.computed_at}});
}

}  // namespace

void AddFlagRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/orgs/:key/supervision", DecisionsOfOrg);
  t.Get("/api/v1/supervision/flags", FlagList);
  t.Post("/api/v1/supervision/flags/:id/handling", HandleFlagRoute);
  t.Get("/api/v1/supervision/flags/outcomes", Outcomes);
}

}  // namespace socorg::supervision_http
