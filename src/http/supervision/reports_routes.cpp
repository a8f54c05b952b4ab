// §6 annual reports: filing, opinion, conclusion, an organization's reports and states, completion figures
// and the non-filers (for 约谈).
#include "app/supervision/use_cases.h"
#include "domain/supervision/annual_report.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> ReportsOfOrg(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(ReportsView v, AnnualReportsOf(c, a, Param(p, "key")));
  return JsonReply(ReportsViewJson(v));
}

Result<Reply> FileReport(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOrgOrOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(ReportFiling in, ParseReportFiling(b));
  SOCORG_TRY(auto row, FileAnnualReport(c, a, Param(p, "key"), in));
  return JsonReply(ReportJson(row), 201);
}

Result<Reply> GiveOpinion(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kReviewers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(int year, PathInt(p, "year", 1900, 9999));
  SOCORG_TRY(std::string opinion, StringField(b, "opinion", Field::kRequired));
  SOCORG_TRY_VOID(GiveSupervisoryOpinion(c, a, Param(p, "key"), year, opinion));
  return JsonReply({{"ok", true}});
}

Result<Reply> Conclude(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(int year, PathInt(p, "year", 1900, 9999));
  SOCORG_TRY(std::string conclusion, StringField(b, "conclusion", Field::kRequired));
  SOCORG_TRY(std::string reasons, StringField(b, "reasons"));
  SOCORG_TRY(auto row,
             ConcludeAnnualReport(c, a, Param(p, "key"), year, conclusion, reasons));
  return JsonReply(ReportJson(row));
}

Result<Reply> Completion(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c.clock.Today(), c.rules)));
  SOCORG_TRY(auto rows, ReportCompletion(c, a, Query(qp, "region"), year));
  return JsonReply(CompletionJson(year, rows));
}

Result<Reply> NonFilersList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c.clock.Today(), c.rules)));
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto rows, NonFilers(c, a, Query(qp, "region"), year, pg.page, pg.size));
  return JsonReply(NonFilersJson(year, rows));
}

}  // namespace

void AddReportRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/orgs/:key/annual-reports", ReportsOfOrg);
  t.Post("/api/v1/orgs/:key/annual-reports", FileReport);
  t.Post("/api/v1/orgs/:key/annual-reports/:year/opinion", GiveOpinion);
  t.Post("/api/v1/orgs/:key/annual-reports/:year/conclusion", Conclude);
  t.Get("/api/v1/annual-reports/completion", Completion);
  t.Get("/api/v1/annual-reports/non-filers", NonFilersList);
}

}  // namespace socorg::supervision_http
