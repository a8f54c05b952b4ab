#include "http/party/routes.h"

#include "http/parse.h"
#include "http/party/dto.h"
#include "http/route_table.h"

namespace socorg {
namespace {

using namespace socorg::http;
using namespace socorg::party_http;
namespace pa = party_app;

constexpr std::int64_t kMaxId = (std::int64_t{1} << 53) - 1;

Result<Reply> GetParty(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto date, QueryDate(ParseQuery(q), "date"));
  SOCORG_TRY(auto v, pa::PartyOfOrg(c, a, Param(p, "key"), date));
  return JsonReply(PartyViewJson(v));
}

Result<Reply> PutParty(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kPartyWriters));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(auto in, ParsePartyInput(b));
  SOCORG_TRY(auto v, pa::FileParty(c, a, Param(p, "key"), in));
  return JsonReply(PartyViewJson(v));
}

Result<Reply> ReviewParty(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kPartyOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(std::string decision, StringField(b, "decision", Field::kRequired));
  if (decision != "confirm" && decision != "return")
    return FieldError("decision", "应为 confirm 或 return", "must be confirm or return");
  SOCORG_TRY(std::string reason, StringField(b, "reason"));
  SOCORG_TRY(auto v, pa::ReviewParty(c, a, Param(p, "key"), decision == "confirm", reason));
  return JsonReply(PartyViewJson(v));
}

Result<Reply> Coverage(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  pa::CoverageQuery in{Query(qp, "region"), Query(qp, "level"), Query(qp, "type"), std::nullopt};
  SOCORG_TRY(in.date, QueryDate(qp, "date"));
  SOCORG_TRY(auto cov, pa::PartyCoverage(c, a, in));
  return JsonReply(CoverageJson(cov, false));
}

Result<Reply> PublicCoverage(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(auto cov, pa::PublicPartyCoverage(c, QueryParam(q, "region")));
  return JsonReply(CoverageJson(cov, true));
}

Result<Reply> Worklist(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(auto days, QueryInt64(qp, "days", 1, 3650));
  SOCORG_TRY(auto after, QueryInt64(qp, "after", 0, kMaxId));
  SOCORG_TRY(auto size, QueryInt64(qp, "page_size", 1, 200));
  std::string list = Query(qp, "list");
  SOCORG_TRY(auto w, pa::PartyWorklist(c, a, Query(qp, "region"), list, static_cast<int>(days.value_or(90)),
                                       after.value_or(0), static_cast<int>(size.value_or(50))));
  return JsonReply(WorklistJson(w, list));
}

Result<Reply> JointBranches(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, pa::JointBranches(c, a, QueryParam(q, "region")));
  json items = json::array();
  for (const auto& v : rows) items.push_back(JointBranchJson(v));
  return JsonReply({{"items", items}});
}

Result<Reply> JointBranch(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(auto v, pa::JointBranchOf(c, a, id));
  return JsonReply(JointBranchJson(v));
}

Result<Reply> AddJointBranch(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kPartyOfficers));
  SOCORG_TRY(json b, Body(q));
  pa::JointBranchInput in;
  SOCORG_TRY(in.name, StringField(b, "name", Field::kRequired));
  SOCORG_TRY(in.region_code, StringField(b, "region_code"));
  SOCORG_TRY(in.established_on, DateField(b, "established_on"));
  SOCORG_TRY(auto j, pa::CreateJointBranch(c, a, in));
  return JsonReply(JointBranchJson({j, {}}), 201);
}

Result<Reply> DecisionsOfOrg(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, pa::DecisionsOfOrg(c, a, Param(p, "key")));
  json items = json::array();
  for (const auto& v : rows) items.push_back(DecisionJson(v));
  return JsonReply({{"items", items}});
}

Result<Reply> AddDecision(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kPartyWriters));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(auto in, ParseDecisionInput(b));
  SOCORG_TRY(auto v, pa::RecordDecision(c, a, Param(p, "key"), in));
  return JsonReply(DecisionJson(v), 201);
}

Result<Reply> AddDecisionStep(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kPartyWriters));
  SOCORG_TRY(std::int64_t id, PathId(p, "id"));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(auto s, ParseDecisionStep(b));
  SOCORG_TRY(auto v, pa::AddDecisionStep(c, a, id, s));
  return JsonReply(DecisionJson(v));
}

Result<Reply> Decisions(AppContext& c, const Req& q, const RouteParams&) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(auto before, QueryInt64(qp, "before", 0, kMaxId));
  SOCORG_TRY(auto size, QueryInt64(qp, "page_size", 1, 200));
  SOCORG_TRY(auto page, pa::DecisionsInRegion(c, a, Query(qp, "region"), Query(qp, "status"), before.value_or(0),
                                              static_cast<int>(size.value_or(50))));
  json items = json::array();
  for (const auto& v : page.items) items.push_back(DecisionJson(v));
  return JsonReply({{"items", items}, {"next_before", page.next_before ? json(page.next_before) : json()}});
}

}  // namespace

void AddPartyRoutes(http::Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/orgs/:key/party", GetParty);
  t.Put("/api/v1/orgs/:key/party", PutParty);
  t.Post("/api/v1/orgs/:key/party/review", ReviewParty);
  t.Get("/api/v1/orgs/:key/party/decisions", DecisionsOfOrg);
  t.Post("/api/v1/orgs/:key/party/decisions", AddDecision);
  t.Post("/api/v1/party/decisions/:id/steps", AddDecisionStep);
  t.Get("/api/v1/party/decisions", Decisions);
  t.Get("/api/v1/party/coverage", Coverage);
  t.Get("/api/v1/party/worklist", Worklist);
  t.Get("/api/v1/party/joint-branches", JointBranches);
  t.Post("/api/v1/party/joint-branches", AddJointBranch);
  t.Get("/api/v1/party/joint-branches/:id", JointBranch);
  t.Get("/api/v1/public/party/coverage", PublicCoverage);
}

}  // namespace socorg
