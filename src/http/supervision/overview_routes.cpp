// Across the sections: the public supervision summary of an organization, the dashboard's figures, jobs.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> PublicSummaryOf(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(PublicSummary s, GetPublicSummary(c, Param(p, "uscc")));
  return JsonReply(PublicSummaryJson(s));
}

Result<Reply> Overview(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  Date today = c.clock.Today();
  std::string to = Query(qp, "to"), from = Query(qp, "from");
  if (to.empty()) to = today.ToString();
  if (from.empty()) from = std::to_string(today.Year()) + "-01-01";
  SOCORG_TRY(auto v, SupervisionOverview(c, a, Query(qp, "region"), from, to));
  json out = OverviewJson(from, to, v.counts);
  out["computed_at"] = v.computed_at;
  return JsonReply(out);
}

Result<Reply> RunJobsRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kWriters));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(auto d, DateField(b, "date"));
  SOCORG_TRY(std::string jobs, StringField(b, "jobs"));
  SOCORG_TRY(JobsResult res, RunJobsAs(c, a, d.value_or(c.clock.Today()), jobs));
  return JsonReply(JobsResultJson(res));
}

// POST /api/v1/jobs/simulate {"date","config":{...},"region","examples"}: what-if, writes nothing.
Result<Reply> SimulateRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY_VOID(CanSimulate(a));  // before the body: an unauthorised caller learns nothing of it
  SOCORG_TRY(json b, Body(q));
  SimulationInput in;
  SOCORG_TRY(in.date, DateField(b, "date"));
  if (!b.contains("config") || !b["config"].is_object())
    return FieldError("config", "应为对象（与配置文件的结构相同）", "must be an object (the configuration file's layout)");
  in.config = b["config"];
  SOCORG_TRY(in.region, StringField(b, "region"));
  SOCORG_TRY(in.examples, IntField32(b, "examples", 5, 0, 50));
  SOCORG_TRY(SimulationResult r, SimulateRules(c, a, in));
  return JsonReply(SimulationJson(r));
}

// GET /api/v1/rules/config: the thresholds in force (officers and auditors).
Result<Reply> RulesInForceRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(json config, RulesInForce(c, a));
  return JsonReply({{"config", config}});
}

Result<Reply> JobRuns(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, RecentJobs(c, a, 50));
  return JsonReply({{"items", ArrayOf(rows, JobRunJson)}});
}

}  // namespace

void AddOverviewRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/public/orgs/:uscc/supervision", PublicSummaryOf);
  t.Get("/api/v1/supervision/overview", Overview);
  t.Post("/api/v1/jobs/run", RunJobsRoute);
  t.Get("/api/v1/jobs/runs", JobRuns);
  t.Post("/api/v1/jobs/simulate", SimulateRoute);
  t.Get("/api/v1/rules/config", RulesInForceRoute);
}

}  // namespace socorg::supervision_http
