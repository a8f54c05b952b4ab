#include "http/handler.h"

#include "app/auth.h"
#include "http/dto.h"
#include "http/error_mapping.h"

namespace socorg::http {

Reply JsonReply(const json& j, int status) { return Reply{status, j.dump(), kJson, {}}; }
Reply ErrorReply(const Error& e) { return JsonReply(dto::SerializeError(e), HttpStatusOf(e.kind)); }

restinio::request_handling_status_t Send(const Req& req, Reply r) {
  auto resp = req->create_response(
      restinio::http_status_line_t{restinio::http_status_code_t{static_cast<std::uint16_t>(r.status)},
                                   ReasonPhrase(r.status)});
  resp.append_header(restinio::http_field::content_type, r.content_type);
  if (r.content_type == kJson) resp.append_header(restinio::http_field::cache_control, "no-store");
  resp.append_header("X-Content-Type-Options", "nosniff");
  for (auto& [k, v] : r.headers) resp.append_header(k, v);
  resp.set_body(std::move(r.body));
  return resp.done();
}

restinio::query_string_params_t ParseQuery(const Req& q) {
  return restinio::parse_query<restinio::parse_query_traits::relaxed>(q->header().query());
}

std::string Query(const restinio::query_string_params_t& qp, const char* key) {
  return qp.has(key) ? restinio::cast_to<std::string>(qp[key]) : std::string();
}

Result<int> QueryInt(const restinio::query_string_params_t& qp, const char* key, int dflt) {
  std::string v = Query(qp, key);
  if (v.empty()) return dflt;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    return Fail(ErrorKind::kInvalid, "invalid_integer", std::string("参数“") + key + "”应为非负整数",
                std::string("parameter '") + key + "' must be a non-negative integer", key);
  return std::stoi(v);
}

std::string BearerToken(const Req& q) {
  std::string h = q->header().get_field_or(restinio::http_field::authorization, "");
  if (h.size() > 7 && (h.starts_with("Bearer ") || h.starts_with("bearer "))) return h.substr(7);
  return "";
}

std::string Source(const Req& q) { return q->remote_endpoint().address().to_string(); }

Result<Actor> Authed(AppContext& ctx, const Req& q) { return Authenticate(ctx, BearerToken(q), Source(q)); }

Result<json> Body(const Req& q) { return dto::ParseBody(q->body()); }

std::string Param(const RouteParams& p, const char* name) { return restinio::cast_to<std::string>(p[name]); }

restinio::request_handling_status_t Run(const Req& req, size_t max_body,
                                        const std::function<Result<Reply>()>& handler) {
  try {
    if (req->body().size() > max_body)
      return Send(req, ErrorReply(Error{ErrorKind::kTooLarge, "body_too_large",
                                        "请求体超过 " + std::to_string(max_body >> 10) + " KB 上限",
                                        "the request body exceeds " + std::to_string(max_body >> 10) + " KB", "body"}));
    // A query string that does not decode (bad percent-escapes, invalid UTF-8) is the client's mistake:
    // check it once here so that handlers' parse_query calls cannot turn it into a 500.
    try {
      (void)ParseQuery(req);
    } catch (const std::exception&) {
      return Send(req, ErrorReply(Error{ErrorKind::kInvalid, "malformed_query", "查询参数编码错误",
                                        "the query string is not valid percent-encoded UTF-8", "query"}));
    }
    Result<Reply> r = handler();
    return Send(req, r ? std::move(*r) : ErrorReply(r.error()));
  } catch (const std::exception& e) {
    // parse_query and cast_to throw on malformed input (bad percent-encoding); anything else is a bug:
    // logged and answered 500, with nothing committed because transactions roll back on unwind.
    std::string_view what = e.what();
    bool bad_input = what.find("percent") != std::string_view::npos || what.find("query") != std::string_view::npos ||
                     what.find("parse") != std::string_view::npos;
    std::fprintf(stderr, "request %s failed: %s\n", std::string(req->header().path()).c_str(), e.what());
    return Send(req, ErrorReply(Error{bad_input ? ErrorKind::kInvalid : ErrorKind::kInternal,
                                      bad_input ? "malformed_request" : "internal_error",
                                      bad_input ? "请求格式错误" : "服务器内部错误",
                                      bad_input ? "malformed request" : "internal server error", ""}));
  }
}

}  // namespace socorg::http
