// §12 illegal organizations: public complaints and the published list; officers' complaints and cases.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> PublicIllegal(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto rows, PublicIllegalList(c, pg.page, pg.size));
  return JsonReply(
      {{"items", ArrayOf(rows, [](const CaseRecord& x) { return CaseJson(x, CaseAudience::kPublic); })},
       {"page", pg.page},
       {"page_size", pg.size}});
}

Result<Reply> Complain(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(ComplaintInput in, ParseComplaint(b));
  SOCORG_TRY(std::int64_t id, SubmitComplaint(c, in, Source(q)));
  return JsonReply({{"id", id}, {"status", ToString(ComplaintStatus::kReceived)}}, 201);
}

Result<Reply> ComplaintList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto rows, ListComplaints(c, a, QueryParam(q, "region"), pg.page, pg.size));
  return JsonReply({{"items", ArrayOf(rows, ComplaintJson)}});
}

Result<Reply> OpenCaseRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(CaseInput in, ParseCase(b));
  SOCORG_TRY(auto row, OpenCase(c, a, in));
  return JsonReply(CaseJson(row, CaseAudience::kOfficer), 201);
}

Result<Reply> CaseList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto rows, ListCases(c, a, QueryParam(q, "region"), pg.page, pg.size));
  return JsonReply(
      {{"items", ArrayOf(rows, [](const CaseRecord& x) { return CaseJson(x, CaseAudience::kOfficer); })},
       {"page", pg.page},
       {"page_size", pg.size}});
}

Result<Reply> CaseDetail(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto cs, GetCase(c, a, id));
  return JsonReply(CaseWithStepsJson(cs.first, cs.second));
}

Result<Reply> Advance(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(StepInput in, ParseStep(b));
  SOCORG_TRY(auto row, AdvanceCase(c, a, id, in));
  return JsonReply(CaseJson(row, CaseAudience::kOfficer));
}

}  // namespace

void AddCaseRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/public/illegal-organizations", PublicIllegal);
  t.Post("/api/v1/public/complaints", Complain);
  t.Get("/api/v1/complaints", ComplaintList);
  t.Post("/api/v1/illegal-cases", OpenCaseRoute);
  t.Get("/api/v1/illegal-cases", CaseList);
  t.Get("/api/v1/illegal-cases/:id", CaseDetail);
  t.Post("/api/v1/illegal-cases/:id/steps", Advance);
}

}  // namespace socorg::supervision_http
