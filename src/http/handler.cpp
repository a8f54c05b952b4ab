#include "http/handler.h"

#include "app/auth.h"
#include "app/checks.h"
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
  if (!r.file.empty()) resp.set_body(restinio::sendfile(r.file));
  else resp.set_body(std::move(r.body));
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

Result<Actor> Authed(AppContext& ctx, const Req& q, Callers who) {
  SOCORG_TRY(Actor a, Authed(ctx, q));
  bool ok = false;
  switch (who) {
    case Callers::kWriters: ok = a.role != Role::kAuditor; break;
    case Callers::kOfficers: ok = IsOfficer(a.role); break;
    case Callers::kOrgOrOfficers: ok = IsOfficer(a.role) || a.role == Role::kOrgAccount; break;
    case Callers::kReviewers: ok = a.role == Role::kSupervisoryReviewer; break;
    case Callers::kPartyOfficers: ok = a.role == Role::kPartyOfficer; break;
    case Callers::kPartyWriters: ok = a.role == Role::kPartyOfficer || a.role == Role::kOrgAccount; break;
  }
  if (!ok && who == Callers::kReviewers && a.role != Role::kAuditor)  // segregation of duties (DOMAIN §1)
    return Fail(ErrorKind::kForbidden, "supervisory_unit_only", "该事项只能由业务主管单位办理",
                "only the supervisory unit's accounts can do this");
  if (!ok)
    return Fail(ErrorKind::kForbidden, "forbidden",
                a.role == Role::kAuditor ? "审计账号为只读" : "当前角色无权办理该事项",
                a.role == Role::kAuditor ? "auditor accounts are read-only" : "this role may not do this");
  return a;
}

Result<json> Body(const Req& q) { return dto::ParseBody(q->body()); }

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    std::uint32_t cp = len == 1 ? c : c & (0x7f >> len);
    for (size_t k = 1; k < len; ++k) {
      auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff))
      return false;
    i += len;
  }
  return true;
}

}  // namespace

std::optional<std::string> DecodePathSegment(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '%') {
      out += raw[i];
      continue;
    }
    int hi = i + 2 < raw.size() ? HexValue(raw[i + 1]) : -1, lo = hi >= 0 ? HexValue(raw[i + 2]) : -1;
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  if (!ValidUtf8(out) || FindControlChar(out) != std::string::npos || out.find_first_of("\t\n\r") != std::string::npos)
    return std::nullopt;
  return out;
}

Status CheckPathParams(const RouteParams& p, std::string_view route) {
  for (size_t i = route.find(':'); i != std::string_view::npos; i = route.find(':', i + 1)) {
    size_t end = route.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", i + 1);
    std::string name(route.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
    if (name.empty() || !p.has(name)) continue;
    if (!DecodePathSegment(p[name]))
      return Fail(ErrorKind::kInvalid, "invalid_path_parameter", "路径参数“" + name + "”编码错误或含有控制字符",
                  "path parameter '" + name + "' is not valid percent-encoded UTF-8 text", name);
  }
  return {};
}

std::string Param(const RouteParams& p, const char* name) {
  auto raw = p[name];
  auto decoded = DecodePathSegment(raw);
  return decoded ? std::move(*decoded) : std::string(raw);
}

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
