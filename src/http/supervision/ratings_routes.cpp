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
}

}  // namespace socorg::supervision_http
