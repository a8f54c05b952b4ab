#include "http/server.h"
#include "http/openapi.h"

#include <csignal>
#include <restinio/all.hpp>
#include <thread>

#include "app/auth.h"
#include "app/audit_log.h"
#include "app/export.h"
#include "app/opendata.h"
#include "app/leader_reviews.h"
#include "domain/leader_review.h"
#include "domain/region.h"
#include "http/dto.h"
#include "http/error_mapping.h"
#include "http/guarded_socket.h"
#include "http/handler.h"
#include "http/static_files.h"

namespace socorg {
namespace {

using namespace socorg::http;
using router_t = Router;
using request_handle_t = Req;
using route_params_t = RouteParams;

// The handler of GET /api/v1/public/orgs/{uscc}, given the code.
using PublicOrgHandler = std::function<restinio::request_handling_status_t(const request_handle_t&, std::string_view)>;

// The router itself throws when the request target has a malformed percent-escape ("/api/v1/orgs/%ZZ"),
// before any route handler runs; RESTinio would then drop the connection without an answer. This
// wrapper answers such requests with a 400 error body instead.
//
// It also takes the most requested route, GET /api/v1/public/orgs/{uscc}, past the express router, which
// copies the path and runs std::regex for every request. Only paths the router would give the same route
// and the same parameter are taken: the exact prefix and a non-empty code without '/' (another route)
// or '%' (which the router decodes first). Everything else goes through the router as before.
class SafeRouter {
 public:
  SafeRouter(std::unique_ptr<router_t> r, PublicOrgHandler public_org)
      : router_(std::move(r)), public_org_(std::move(public_org)) {}
  restinio::request_handling_status_t operator()(request_handle_t q) const {
    static constexpr std::string_view kPublicOrg = "/api/v1/public/orgs/";
    std::string_view path = q->header().path();
    if (q->header().method() == restinio::http_method_get() && path.starts_with(kPublicOrg) &&
        path.size() > kPublicOrg.size() && path.find_first_of("/%", kPublicOrg.size()) == std::string_view::npos)
      return public_org_(q, path.substr(kPublicOrg.size()));
    try {
      return (*router_)(q);
    } catch (const std::exception&) {
      return Send(q, ErrorReply(Error{ErrorKind::kInvalid, "malformed_path", "请求路径编码错误",
                                      "the request path is not valid percent-encoding", "path"}));
    }
  }

 private:
  std::unique_ptr<router_t> router_;
  PublicOrgHandler public_org_;
};

// Every connection's bytes pass the request guard first (http/guarded_socket.h): a request over a limit
// or not HTTP is answered 414/431/413/400 with the JSON error before the connection closes.
struct Traits : public restinio::default_traits_t {
  using request_handler_t = SafeRouter;
  using stream_socket_t = GuardedSocket;
};

class Api {
 public:
  Api(AppContext& ctx, const ServerOptions& opt) : ctx_(ctx), opt_(opt), static_(opt.web_root) {}

  // Registers a handler: http::Wrap with the body limit and the route's pattern (its parameters are checked).
  template <typename F>
  void Get(router_t& r, const char* route, F f) {
    r.http_get(route, http::Wrap(opt_.max_body_bytes, route, f));
  }
  template <typename F>
  void Post(router_t& r, const char* route, F f) {
    r.http_post(route, http::Wrap(opt_.max_body_bytes, route, f));
  }

  std::unique_ptr<router_t> Routes() {
    auto r = std::make_unique<router_t>();
    // Most of these requests never reach the router (SafeRouter); the rest find the route first.
    Get(*r, "/api/v1/public/orgs/:uscc", [this](const request_handle_t& q, const route_params_t& p) {
      return PublicOrg(q, Param(p, "uscc"));
    });
    Get(*r, "/healthz", [](const request_handle_t&, const route_params_t&) -> Result<Reply> {
      return JsonReply({{"status", "ok"}});
    });
    Get(*r, "/api/v1/openapi.json", [](const request_handle_t&, const route_params_t&) -> Result<Reply> {
      return Reply{200, OpenApiDocument(), kJson, {}};
    });
    Get(*r, "/api/v1/meta", [this](const request_handle_t&, const route_params_t&) { return Meta(); });
    Post(*r, "/api/v1/auth/login", [this](const request_handle_t& q, const route_params_t&) { return Login(q); });
    Post(*r, "/api/v1/auth/logout", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY_VOID(Authed(q));
      SOCORG_TRY_VOID(socorg::Logout(ctx_, BearerToken(q)));
      return JsonReply({{"ok", true}});
    });
    Get(*r, "/api/v1/me", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(Actor a, Authed(q));
      return JsonReply({{"username", a.username}, {"role", ToString(a.role)}, {"role_label", LabelZh(a.role)},
                        {"region_code", a.region_code}, {"region_name", ctx_.divisions->FullName(a.region_code)},
                        {"org_uscc", a.org_uscc}});
    });
    Get(*r, "/api/v1/check/uscc/:code", [](const request_handle_t&, const route_params_t& p) -> Result<Reply> {
      std::string code = Param(p, "code");
      if (code.size() > 64)
        return Fail(ErrorKind::kInvalid, "too_long", "代码过长", "code too long", "code");
      return JsonReply(dto::SerializeUsccCheck(CheckUscc(code)));
    });
    Get(*r, "/api/v1/regions/:code", [this](const request_handle_t&, const route_params_t& p) {
      return Region(Param(p, "code"));
    });
    Get(*r, "/api/v1/public/orgs", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(SearchQuery sq, ParseSearch(q));
      SOCORG_TRY(auto res, SearchPublic(ctx_, sq));
      return JsonReply(dto::SerializeSearch(res, sq.page, sq.page_size));
    });
    Get(*r, "/api/v1/public/announcements", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      auto qp = ParseQuery(q);
      SOCORG_TRY(int page, QueryInt(qp, "page", 1));
      SOCORG_TRY(int page_size, QueryInt(qp, "page_size", 20));
      SOCORG_TRY(auto res, ListAnnouncements(ctx_, Query(qp, "region"), page, page_size));
      return JsonReply(dto::SerializeAnnouncements(res, page, page_size));
    });
    Get(*r, "/api/v1/public/stats", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      auto qp = ParseQuery(q);
      SOCORG_TRY(auto s, GetPublicStats(ctx_, Query(qp, "region")));
      return JsonReply(dto::SerializePublicStats(s));
    });
    // The open-data extract (app/opendata.h): the snapshots, each one's datapackage.json and its files.
    Get(*r, "/api/v1/public/opendata", [this](const request_handle_t&, const route_params_t&) { return OpenDataIndex(); });
    Get(*r, "/api/v1/public/opendata/", [this](const request_handle_t&, const route_params_t&) { return OpenDataIndex(); });
    Get(*r, "/api/v1/public/opendata/:date/:file", [this](const request_handle_t&, const route_params_t& p) -> Result<Reply> {
      std::string date = Param(p, "date"), file = Param(p, "file");
      if (file == "datapackage.json") {
        SOCORG_TRY(std::string pkg, OpenDataPackage(ctx_.opendata_dir, date));
        return Reply{200, std::move(pkg), kJson, {}, ""};
      }
      SOCORG_TRY(std::string path, OpenDataFilePath(ctx_.opendata_dir, date, file));
      std::string type = file.ends_with(".csv")     ? "text/csv; charset=utf-8"
                         : file.ends_with(".jsonl") ? "application/x-ndjson; charset=utf-8"
                                                    : "text/plain; charset=utf-8";
      return Reply{200, "", type, {{"Content-Disposition", "attachment; filename=\"" + file + "\""},
                                   {"Cache-Control", "public, max-age=300"}}, path};
    });
    Get(*r, "/api/v1/orgs", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(Actor a, Authed(q));
      SOCORG_TRY(SearchQuery sq, ParseSearch(q));
      SOCORG_TRY(auto res, SearchRegister(ctx_, a, sq));
      return JsonReply(dto::SerializeSearch(res, sq.page, sq.page_size));
    });
    Get(*r, "/api/v1/export/orgs", [this](const request_handle_t& q, const route_params_t&) { return Export(q); });
    Get(*r, "/api/v1/orgs/:key", [this](const request_handle_t& q, const route_params_t& p) -> Result<Reply> {
      SOCORG_TRY(Actor a, Authed(q));
      SOCORG_TRY(OrgView v, GetOrgForActor(ctx_, a, Param(p, "key")));
      return ViewReply(q, v, dto::Audience::kOfficer);
    });
    Post(*r, "/api/v1/applications", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(Actor a, http::Authed(ctx_, q, Callers::kWriters));
      SOCORG_TRY_VOID(RoleMayAct(a, Action::kApply));
      SOCORG_TRY(json body, http::Body(q));
      SOCORG_TRY(auto in, dto::ParseApplication(body));
      SOCORG_TRY(OrgView v, SubmitApplication(ctx_, a, in));
      return JsonReply(dto::SerializeOrgView(v, dto::Audience::kOfficer), 201);
    });
    Post(*r, "/api/v1/orgs/:key/actions/:action", [this](const request_handle_t& q, const route_params_t& p) -> Result<Reply> {
      SOCORG_TRY(Actor a, http::Authed(ctx_, q, Callers::kWriters));
      auto action = socorg::ParseAction(Param(p, "action"));
      if (!action) return Fail(ErrorKind::kNotFound, "unknown_action", "未知的事项", "unknown action", "action");
      SOCORG_TRY_VOID(RoleMayAct(a, *action));
      SOCORG_TRY(json body, http::Body(q));
      SOCORG_TRY(auto in, dto::ParseAction(body, *action));
      SOCORG_TRY(OrgView v, PerformAction(ctx_, a, Param(p, "key"), in));
      return JsonReply(dto::SerializeOrgView(v, dto::Audience::kOfficer));
    });
    Post(*r, "/api/v1/orgs/:key/persons", [this](const request_handle_t& q, const route_params_t& p) -> Result<Reply> {
      SOCORG_TRY(Actor a, http::Authed(ctx_, q, Callers::kWriters));
      SOCORG_TRY_VOID(RoleMayAct(a, Action::kChange));
      SOCORG_TRY(json body, http::Body(q));
      SOCORG_TRY(auto in, dto::ParsePerson(body));
      SOCORG_TRY(auto findings, AddPerson(ctx_, a, Param(p, "key"), in));
      json out = json::array();
      for (auto& f : findings) out.push_back(dto::SerializeFinding(f));
      return JsonReply({{"findings", out}, {"passed", !AnyFailed(findings)}}, 201);
    });
    // 一前一备 (DOMAIN §5): the pre-review before the election, and the counts per region and period.
    Post(*r, "/api/v1/orgs/:key/leader-reviews", [this](const request_handle_t& q, const route_params_t& p) -> Result<Reply> {
      SOCORG_TRY(Actor a, http::Authed(ctx_, q, Callers::kWriters));
      SOCORG_TRY_VOID(RoleMayAct(a, Action::kChange));
      SOCORG_TRY(json body, http::Body(q));
      SOCORG_TRY(auto in, dto::ParsePerson(body));
      SOCORG_TRY(auto pre, PreReviewLeader(ctx_, a, Param(p, "key"), in));
      json out = json::array();
      for (auto& f : pre.findings) out.push_back(dto::SerializeFinding(f));
      return JsonReply({{"review", dto::SerializeLeaderReview(pre.record)}, {"findings", out},
                        {"passed", !AnyFailed(pre.findings)}}, 201);
    });
    Get(*r, "/api/v1/leader-reviews/counts", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(Actor a, Authed(q));
      auto qp = ParseQuery(q);
      std::string to = Query(qp, "to"), from = Query(qp, "from");
      Date today = ctx_.clock.Today();
      if (to.empty()) to = today.ToString();
      if (from.empty()) from = Date::FromYmd(today.Year(), 1, 1).ToString();
      SOCORG_TRY(auto v, LeaderReviewCounts(ctx_, a, Query(qp, "region"), from, to));
      return JsonReply(dto::SerializeLeaderReviewCounts(v));
    });
    Get(*r, "/api/v1/stats/dashboard", [this](const request_handle_t& q, const route_params_t&) -> Result<Reply> {
      SOCORG_TRY(Actor a, Authed(q));
      auto qp = ParseQuery(q);
      std::string to = Query(qp, "to"), from = Query(qp, "from");
      if (to.empty()) to = ctx_.clock.Today().ToString();
      if (from.empty()) from = ctx_.clock.Today().AddYears(-5).ToString();
      SOCORG_TRY(auto d, GetDashboard(ctx_, a, Query(qp, "region"), from, to));
      return JsonReply(dto::SerializeDashboard(d));
    });
    Get(*r, "/api/v1/audit", [this](const request_handle_t& q, const route_params_t&) { return Audit(q); });
    for (AddRoutesFn add : opt_.module_routes) add(*r, ctx_, opt_.max_body_bytes);
    r->non_matched_request_handler([this](const request_handle_t& q) { return NotMatched(q); });
    return r;
  }

  // GET /api/v1/public/orgs/{uscc}, from the router or straight from SafeRouter.
  PublicOrgHandler PublicOrgRoute() {
    return [this](const request_handle_t& q, std::string_view uscc) {
      return http::Run(q, opt_.max_body_bytes, [&] { return PublicOrg(q, std::string(uscc)); });
    };
  }

 private:
  Result<Actor> Authed(const request_handle_t& q) { return http::Authed(ctx_, q); }

  // The role part of app/actor.h CheckCanAct, asked with the actor's own jurisdiction (so only the role can
  // refuse), before the body is read: a supervisory reviewer may only consent, an organization account only
  // file its own election. The use case asks again with the organization's region.
  static Status RoleMayAct(const Actor& a, Action action) { return CheckCanAct(a, action, a.region_code, a.org_uscc); }

  Result<SearchQuery> ParseSearch(const request_handle_t& q) {
    auto qp = ParseQuery(q);
    SearchQuery sq;
    sq.q = Query(qp, "q");
    sq.type = Query(qp, "type");
    sq.level = Query(qp, "level");
    sq.status = Query(qp, "status");
    sq.region = Query(qp, "region");
    if (qp.has("sort")) sq.sort = Query(qp, "sort");
    if (qp.has("order")) sq.order = Query(qp, "order");
    SOCORG_TRY(sq.page, QueryInt(qp, "page", 1));
    SOCORG_TRY(sq.page_size, QueryInt(qp, "page_size", 20));
    return sq;
  }

  Result<Reply> PublicOrg(const request_handle_t& q, const std::string& uscc) {
    SOCORG_TRY(OrgView v, GetPublicOrg(ctx_, uscc));
    return ViewReply(q, v, dto::Audience::kPublic);
  }

  Result<Reply> ViewReply(const request_handle_t& q, const OrgView& v, dto::Audience a) {
    auto qp = ParseQuery(q);
    std::string as_of = Query(qp, "as_of");
    if (as_of.empty() && a == dto::Audience::kPublic) return Reply{200, dto::WritePublicOrgView(v), kJson, {}};
    json j = dto::SerializeOrgView(v, a);
    if (!as_of.empty()) {
      auto d = Date::Parse(as_of);
      if (!d) return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为YYYY-MM-DD", "as_of must be YYYY-MM-DD", "as_of");
      SOCORG_TRY(OrgRecord then, a == dto::Audience::kPublic ? PublicOrgAsOf(v, *d) : OrgAsOf(v, *d));
      json past = dto::SerializeOrgRecord(then, a);
      past["as_of"] = as_of;
      j["as_of"] = past;
    }
    return JsonReply(j);
  }

  Result<Reply> OpenDataIndex() {
    json snaps = json::array();
    for (const auto& d : OpenDataDates(ctx_.opendata_dir))
      snaps.push_back({{"date", d}, {"datapackage", "/api/v1/public/opendata/" + d + "/datapackage.json"}});
    return JsonReply({{"snapshots", snaps},
                      {"latest", snaps.empty() ? json(nullptr) : json(snaps.front()["date"])},
                      {"latest_datapackage", "/api/v1/public/opendata/latest/datapackage.json"}});
  }

  Result<Reply> Login(const request_handle_t& q) {
    SOCORG_TRY(json body, http::Body(q));
    if (!body.contains("username") || !body["username"].is_string())
      return Fail(ErrorKind::kInvalid, "required", "请输入用户名", "username is required", "username");
    if (!body.contains("password") || !body["password"].is_string())
      return Fail(ErrorKind::kInvalid, "required", "请输入密码", "password is required", "password");
    SOCORG_TRY(auto r, socorg::Login(ctx_, body["username"], body["password"], Source(q)));
    return JsonReply({{"token", r.token},
                      {"expires_at", r.expires_at},
                      {"user",
                       {{"username", r.actor.username},
                        {"role", ToString(r.actor.role)},
                        {"region_code", r.actor.region_code},
                        {"org_uscc", r.actor.org_uscc}}}});
  }

  Result<Reply> Meta() {
    json types = json::array(), levels = json::array(), statuses = json::array(), actions = json::array(),
         documents = json::array(), roles = json::array();
    for (auto t : kAllOrgTypes) types.push_back({{"value", ToString(t)}, {"label", LabelZh(t)}});
    for (auto l : kAllOrgLevels) levels.push_back({{"value", ToString(l)}, {"label", LabelZh(l)}});
    for (auto s : kAllOrgStatuses) statuses.push_back({{"value", ToString(s)}, {"label", LabelZh(s)}});
    for (auto a : {Action::kConsent, Action::kAccept, Action::kSupplyDocuments, Action::kApprove, Action::kRefuse,
                   Action::kConsentChange, Action::kChange, Action::kApproveCharter, Action::kFileElection,
                   Action::kApprovePostponement, Action::kStartLiquidation, Action::kDeregister, Action::kRevoke,
                   Action::kRecognizeCharity})
      actions.push_back({{"value", ToString(a)}, {"label", LabelZh(a)}});
    for (auto d : {Document::kApplication, Document::kConsent, Document::kCharter, Document::kFundsProof,
                   Document::kPremisesProof, Document::kLeaders, Document::kFounders})
      documents.push_back({{"value", ToString(d)}, {"label", LabelZh(d)}, {"deferrable", MayBeSuppliedLater(d)}});
    for (auto r : AllPersonRoles())
      roles.push_back({{"value", ToString(r)}, {"label", LabelZh(r)}});
    json required = json::object();
    for (auto t : kAllOrgTypes) {
      json docs = json::array();
      for (auto d : RequiredDocuments(t)) docs.push_back(ToString(d));
      required[std::string(ToString(t))] = docs;
    }
    return JsonReply({{"types", types}, {"levels", levels}, {"statuses", statuses}, {"actions", actions},
                      {"documents", documents}, {"required_documents", required}, {"person_roles", roles},
                      {"today", ctx_.clock.Today().ToString()}});
  }

  Result<Reply> Region(const std::string& code) {
    if (!IsRegionCodeShape(code) || !ctx_.divisions->Contains(code))
      return Fail(ErrorKind::kNotFound, "unknown_region", "行政区划代码不存在", "unknown region code", "code");
    json children = json::array();
    for (auto* d : ctx_.divisions->Children(code)) children.push_back({{"code", d->code}, {"name", d->name}});
    const Division* self = ctx_.divisions->Find(code);
    return JsonReply({{"code", code},
                      {"name", self ? self->name : "全国"},
                      {"full_name", ctx_.divisions->FullName(code)},
                      {"parent", self ? (self->parent.empty() ? std::string(kNationalRegion) : self->parent) : ""},
                      {"children", children}});
  }

  Result<Reply> Export(const request_handle_t& q) {
    SOCORG_TRY(Actor a, Authed(q));
    auto qp = ParseQuery(q);
    std::string format = Query(qp, "format");
    if (format.empty()) format = "xlsx";
    SOCORG_TRY(SearchQuery sq, ParseSearch(q));
    SOCORG_TRY(ExportFile f, ExportRegister(ctx_, a, sq, format));
    return Reply{200, std::move(f.body), f.content_type,
                 {{"Content-Disposition", "attachment; filename=\"" + f.filename + "\""}}};
  }

  Result<Reply> Audit(const request_handle_t& q) {
    SOCORG_TRY(Actor a, Authed(q));
    auto qp = ParseQuery(q);
    SOCORG_TRY(int limit, QueryInt(qp, "limit", 50));
    SOCORG_TRY(int before, QueryInt(qp, "before", 0));
    SOCORG_TRY(auto rows, ReadAuditLog(ctx_, a, limit, before));
    json items = json::array();
    for (auto& r : rows)
      items.push_back({{"id", r.id}, {"at", r.at}, {"actor", r.actor}, {"role", r.role}, {"source", r.source},
                       {"action", r.action}, {"target", r.target}, {"detail", json::parse(r.detail, nullptr, false)},
                       {"hash", r.hash}});
    return JsonReply({{"items", items}});
  }

  restinio::request_handling_status_t NotMatched(const request_handle_t& q) {
    std::string path(q->header().path());
    bool api = path.starts_with("/api/") || path == "/api";
    if (api || q->header().method() != restinio::http_method_get())
      return Send(q, ErrorReply(Error{ErrorKind::kNotFound, "not_found", "接口不存在", "no such endpoint", ""}));
    const StaticFile* f = static_.Find(path);
    if (!f)
      return Send(q, Reply{404, "<!doctype html><meta charset=utf-8><p>页面不存在 / Not found",
                           "text/html; charset=utf-8", {}});
    std::string accept = q->header().get_field_or(restinio::http_field::accept_encoding, "");
    bool gz = !f->gzipped.empty() && accept.find("gzip") != std::string::npos;
    Reply r{200, gz ? f->gzipped : f->body, f->content_type,
            {{"Cache-Control", f->immutable ? "public, max-age=31536000, immutable" : "no-cache"},
             {"Vary", "Accept-Encoding"}}};
    if (gz) r.headers.push_back({"Content-Encoding", "gzip"});
    return Send(q, std::move(r));
  }

  AppContext& ctx_;
  const ServerOptions& opt_;
  StaticFiles static_;
};

}  // namespace

void BlockStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int RunServer(AppContext& ctx, const ServerOptions& opt) {
  Api api(ctx, opt);
  unsigned threads = opt.threads > 0 ? opt.threads : std::max(2u, std::thread::hardware_concurrency());
  InputLimits limits;
  limits.max_body = opt.max_body_bytes;
  SetInputLimits(limits);
  // RESTinio's own limits are twice the guard's, so that the guard, which sees every byte first, is the one
  // that refuses (RESTinio would close the connection without a reply).
  auto settings = restinio::server_settings_t<Traits>{}
                      .address(opt.address)
                      .port(static_cast<std::uint16_t>(opt.port))
                      .request_handler(api.Routes(), api.PublicOrgRoute())
                      .read_next_http_message_timelimit(std::chrono::seconds(60))
                      .write_http_response_timelimit(std::chrono::seconds(60))
                      .handle_request_timeout(std::chrono::seconds(60))
                      .max_pipelined_requests(32)
                      .buffer_size(16 * 1024)
                      .concurrent_accepts_count(threads)
                      .separate_accept_and_create_connect(true)
                      .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                                    .max_url_size(2 * limits.max_url)
                                                    .max_field_name_size(2 * limits.max_field_name)
                                                    .max_field_value_size(2 * limits.max_field_value)
                                                    .max_field_count(2 * limits.max_field_count)
                                                    .max_body_size(2 * limits.max_body));
  auto server = restinio::run_async<Traits>(restinio::own_io_context(), std::move(settings), threads);
  std::printf("socorg serving on http://%s:%d/ (console), http://%s:%d/portal (portal)\n", opt.address.c_str(),
              opt.port, opt.address.c_str(), opt.port);
  std::fflush(stdout);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int sig = 0;
  sigwait(&set, &sig);
  std::printf("socorg: signal %d, stopping\n", sig);
  server->stop();
  server->wait();
  return 0;
}

}  // namespace socorg
