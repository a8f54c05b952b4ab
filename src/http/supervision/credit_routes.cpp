// §8 credit: an organization's credit, manual entries, requests and decisions, the public lists.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> PublicList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto page, PublicCreditList(c, Param(p, "list"), QueryParam(q, "region"), pg.page, pg.size));
  return JsonReply(ListingPageJson(Param(p, "list"), c.clock.Today(), page, pg.page, pg.size));
}

Result<Reply> CreditOfOrg(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(CreditView v, CreditOf(c, a, Param(p, "key")));
  return JsonReply(CreditViewJson(v));
}

Result<Reply> EnterListingRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::string cause, StringField(b, "cause", Field::kRequired));
  SOCORG_TRY(auto on, DateField(b, "entered_on"));
  SOCORG_TRY(std::string reason, StringField(b, "reason", Field::kRequired));
  SOCORG_TRY(auto row, EnterListing(c, a, Param(p, "key"), cause, on, reason));
  return JsonReply(ListingJson(row, WithOrg::kYes), 201);
}

Result<Reply> RecordLetterRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(json b, Body(q));
  LetterInput in;
  SOCORG_TRY(in.sent_on, DateField(b, "sent_on"));
  SOCORG_TRY(in.tracking_no, StringField(b, "tracking_no", Field::kRequired));
  SOCORG_TRY(in.note, StringField(b, "note"));
  if (!b.contains("signed_for") || !b["signed_for"].is_boolean())
    return FieldError("signed_for", "应为布尔值（是否签收）", "must be true or false (signed for or not)");
  in.signed_for = b["signed_for"].get<bool>();
  SOCORG_TRY(auto row, RecordLetter(c, a, Param(p, "key"), in));
  return JsonReply(LetterJson(row), 201);
}

Result<Reply> SubmitRequest(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kWriters));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(std::string kind, StringField(b, "kind", Field::kRequired));
  SOCORG_TRY(std::string content, StringField(b, "content", Field::kRequired));
  SOCORG_TRY(auto row, SubmitCreditRequest(c, a, id, kind, content));
  return JsonReply(CreditRequestJson(row), 201);
}

Result<Reply> DecideRequest(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  if (!b.contains("grant") || !b["grant"].is_boolean())
    return FieldError("grant", "应为布尔值", "must be true or false");
  SOCORG_TRY(std::string reason, StringField(b, "reason", Field::kRequired));
  SOCORG_TRY(auto row, DecideCreditRequest(c, a, id, b["grant"].get<bool>(), reason));
  return JsonReply(CreditRequestJson(row));
}

}  // namespace

void AddCreditRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/public/credit/:list", PublicList);
  t.Get("/api/v1/orgs/:key/credit", CreditOfOrg);
  t.Post("/api/v1/orgs/:key/credit/listings", EnterListingRoute);
  t.Post("/api/v1/orgs/:key/registered-letters", RecordLetterRoute);
  t.Post("/api/v1/credit/listings/:id/requests", SubmitRequest);
  t.Post("/api/v1/credit/requests/:id/decision", DecideRequest);
}

}  // namespace socorg::supervision_http
