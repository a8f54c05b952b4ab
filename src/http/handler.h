// Shared pieces of every route: the reply type, JSON and error replies, bearer-token authentication,
// body parsing, query parameters, and Wrap(), which turns a handler returning Result<Reply> into a
// RESTinio handler (413 for oversized bodies, Error -> status + JSON body, exceptions -> 400/500).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <restinio/all.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/error.h"

namespace socorg::http {

using Router = restinio::router::express_router_t<>;
using Req = restinio::request_handle_t;
using RouteParams = restinio::router::route_params_t;
using nlohmann::json;

inline constexpr char kJson[] = "application/json; charset=utf-8";

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = kJson;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string file;  // when set, the body is this file, sent from disk (sendfile) instead of `body`
};

Reply JsonReply(const json& j, int status = 200);
Reply ErrorReply(const Error& e);
restinio::request_handling_status_t Send(const Req& req, Reply r);

// The request's query string, decoded. Lenient about what may appear unescaped: everything RFC 3986
// allows in a query (browsers and encodeURIComponent leave * ! ' ( ) as they are), with '&' between
// pairs. Throws on a malformed percent-escape or invalid UTF-8; Run() answers those with 400.
restinio::query_string_params_t ParseQuery(const Req& q);
std::string Query(const restinio::query_string_params_t& qp, const char* key);
Result<int> QueryInt(const restinio::query_string_params_t& qp, const char* key, int dflt);
std::string BearerToken(const Req& q);
std::string Source(const Req& q);
Result<Actor> Authed(AppContext& ctx, const Req& q);
// Who may call a write route at all. Checked right after authentication and before the body is read, so
// that a caller whom the use case would refuse learns nothing of the body's schema; the use case still
// decides the rest (jurisdiction, which organization). The auditor is read-only everywhere.
enum class Callers {
  kWriters,        // every account but the auditor
  kOfficers,       // registration officers (ministry, province, city, county)
  kOrgOrOfficers,  // officers and organization accounts
  kReviewers,      // supervisory reviewers (业务主管单位)
  kPartyOfficers,  // the party work department (party_officer)
  kPartyWriters,   // the party work department and organization accounts (party data, decisions)
};
// Authed, then kForbidden "forbidden" when the actor's role is not among `who`.
Result<Actor> Authed(AppContext& ctx, const Req& q, Callers who);
// The body as a JSON object, or kInvalid "malformed_json".
Result<json> Body(const Req& q);
// A path segment percent-decoded once ("%20" is a space, "%2541" is "%41"); nullopt for a malformed
// escape, invalid UTF-8 or a control character.
std::optional<std::string> DecodePathSegment(std::string_view raw);
// Every ":name" parameter of `route` decodes (DecodePathSegment); kInvalid "invalid_path_parameter" naming
// the first that does not.
Status CheckPathParams(const RouteParams& p, std::string_view route);
// A path parameter, decoded (Wrap has checked it with CheckPathParams).
std::string Param(const RouteParams& p, const char* name);

restinio::request_handling_status_t Run(const Req& req, size_t max_body,
                                        const std::function<Result<Reply>()>& handler);

// `route` is the pattern the handler is registered under; its parameters are checked before `f` runs.
template <typename F>
auto Wrap(size_t max_body, std::string route, F f) {
  return [max_body, route = std::move(route), f](const Req& req, RouteParams params) {
    return Run(req, max_body, [&]() -> Result<Reply> {
      SOCORG_TRY_VOID(CheckPathParams(params, route));
      return f(req, params);
    });
  };
}

}  // namespace socorg::http
