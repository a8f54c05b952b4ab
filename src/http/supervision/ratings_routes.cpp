// §7 ratings: rounds, eligibility, scoring, decision, grade figures.
#include "app/supervision/use_cases.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> OpenRound(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::string region, StringField(b, "region"));
  SOCORG_TRY(int year, IntField32(b, "year", c.clock.Today().Year(), 1900, 9999));
  SOCORG_TRY(std::string name, StringField(b, "name", Field::kRequired));
  SOCORG_TRY(std::int64_t id, OpenRatingRound(c, a, region, year, name));
  return JsonReply({{"id", id}}, 201);
}

Result<Reply> RoundList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, ListRatingRounds(c, a, QueryParam(q, "region")));
  return JsonReply({{"items", ArrayOf(rows, RatingRoundJson)}});
}

Result<Reply> Eligibility(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto fs,
             RatingEligibility(c, a, Param(p, "key"), QueryParam(q, "under_investigation") == "true"));
  return JsonReply({{"eligible", !AnyFailed(fs)}, {"findings", FindingsJson(fs)}});
}

Result<Reply> ScoreRatingRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(std::string org, StringField(b, "org", Field::kRequired));
  SOCORG_TRY(auto scores, ParseScores(b));
  SOCORG_TRY(bool inv, BoolField(b, "under_investigation", false));
  SOCORG_TRY(auto row, ScoreRating(c, a, id, org, scores, inv));
  return JsonReply(RatingJson(row), 201);
}

Result<Reply> DecideRatingRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto row, DecideRating(c, a, id));
  return JsonReply(RatingJson(row));
}

Result<Reply> RoundRatingsRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto rows, RoundRatings(c, a, id));
  return JsonReply({{"items", ArrayOf(rows, RoundRatingJson)}});
}

Result<ObjectionInput> ParseObjection(const json& b) {
  ObjectionInput in;
  SOCORG_TRY(in.content, StringField(b, "content", Field::kRequired));
  SOCORG_TRY(in.name, StringField(b, "name"));
  SOCORG_TRY(in.contact, StringField(b, "contact"));
  return in;
}

// POST /public/ratings/:id/objections: anyone, during the notice (RATING-NOTICE).
Result<Reply> PublicObjectionRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(ObjectionInput in, ParseObjection(b));
  SOCORG_TRY(auto o, ObjectToRating(c, nullptr, id, in, Source(q)));
  return JsonReply({{"id", o.id}, {"status", ToString(o.status)}}, 201);
}

// POST /ratings/:id/objections: the rated organization's own account (its application for review).
Result<Reply> OrgObjectionRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOrgOrOfficers));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(ObjectionInput in, ParseObjection(b));
  SOCORG_TRY(auto o, ObjectToRating(c, &a, id, in, Source(q)));
  return JsonReply(RatingObjectionJson(o), 201);
}

Result<Reply> ObjectionListRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto rows, RatingObjections(c, a, id));
  return JsonReply({{"items", ArrayOf(rows, RatingObjectionJson)}});
}

Result<Reply> DecideObjectionRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  if (!b.contains("upheld") || !b["upheld"].is_boolean())
    return FieldError("upheld", "应为布尔值（异议是否成立）", "upheld (true/false) is required");
  bool upheld = b["upheld"].get<bool>();
  SOCORG_TRY(std::string reason, StringField(b, "reason", Field::kRequired));
  std::optional<int> grade;
  if (b.contains("grade") && !b["grade"].is_null()) {
    SOCORG_TRY(int g, IntField32(b, "grade", 0, 1, 5));
    grade = g;
  }
  SOCORG_TRY(auto o, DecideObjection(c, a, id, upheld, reason, grade));
  return JsonReply(RatingObjectionJson(o));
}

Result<Reply> CancelRatingRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::string ground, StringField(b, "ground", Field::kRequired));
  SOCORG_TRY(std::string reason, StringField(b, "reason", Field::kRequired));
  SOCORG_TRY(auto row, CancelRatingForFraud(c, a, id, ground, reason));
  return JsonReply(RatingJson(row));
}

Result<Reply> PublicNoticesRoute(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(auto pg, Pages(q));
  SOCORG_TRY(auto page, PublicRatingNotices(c, QueryParam(q, "region"), pg.page, pg.size));
  return JsonReply({{"as_of", c.clock.Today().ToString()},
                    {"total", page.total},
                    {"page", pg.page},
                    {"page_size", pg.size},
                    {"items", ArrayOf(page.items, RatingNoticeJson)}});
}

Result<Reply> Stats(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto s, GetRatingStats(c, a, QueryParam(q, "region")));
  return JsonReply(RatingStatsJson(s));
}

}  // namespace

void AddRatingRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Post("/api/v1/rating-rounds", OpenRound);
  t.Get("/api/v1/rating-rounds", RoundList);
  t.Get("/api/v1/orgs/:key/rating-eligibility", Eligibility);
  t.Post("/api/v1/rating-rounds/:id/ratings", ScoreRatingRoute);
  t.Post("/api/v1/ratings/:id/decision", DecideRatingRoute);
  t.Get("/api/v1/ratings/stats", Stats);
  t.Get("/api/v1/rating-rounds/:id/ratings", RoundRatingsRoute);
  t.Post("/api/v1/ratings/:id/objections", OrgObjectionRoute);
  t.Get("/api/v1/ratings/:id/objections", ObjectionListRoute);
  t.Post("/api/v1/rating-objections/:id/decision", DecideObjectionRoute);
  t.Post("/api/v1/ratings/:id/cancellation", CancelRatingRoute);
  t.Get("/api/v1/public/rating-notices", PublicNoticesRoute);
  t.Post("/api/v1/public/ratings/:id/objections", PublicObjectionRoute);
}

}  // namespace socorg::supervision_http
