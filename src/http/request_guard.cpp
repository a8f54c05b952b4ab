#include "http/request_guard.h"

#include <climits>

#include "http/dto.h"
#include "http/error_mapping.h"

namespace socorg::http {
namespace {

RequestGuard* Self(http_parser* p) { return static_cast<RequestGuard*>(p->data); }

std::string Kb(size_t n) { return std::to_string(n >> 10) + " KB"; }

}  // namespace

RequestGuard::RequestGuard(const InputLimits& limits) : limits_(limits) {
  http_parser_init(&parser_, HTTP_REQUEST);
  parser_.data = this;
  http_parser_settings_init(&settings_);
  settings_.on_message_begin = &OnMessageBegin;
  settings_.on_url = &OnUrl;
  settings_.on_header_field = &OnHeaderField;
  settings_.on_header_value = &OnHeaderValue;
  settings_.on_headers_complete = &OnHeadersComplete;
  settings_.on_body = &OnBody;
  settings_.on_message_complete = &OnMessageComplete;
}

int RequestGuard::Refuse(Error e) {
  if (!error_) error_ = std::move(e);
  return -1;  // any non-zero value stops the parser (on_headers_complete: 1 and 2 mean something else)
}

int RequestGuard::OnMessageBegin(http_parser* p) {
  auto* g = Self(p);
  g->url_ = g->fields_ = g->name_ = g->value_ = g->body_ = 0;
  g->in_value_ = false;
  return 0;
}

int RequestGuard::OnUrl(http_parser* p, const char*, size_t n) {
  auto* g = Self(p);
  g->url_ += n;
  if (g->url_ > g->limits_.max_url)
    return g->Refuse(Error{ErrorKind::kUriTooLong, "url_too_long", "请求地址过长（上限 " + Kb(g->limits_.max_url) + "）",
                           "the request URL exceeds " + Kb(g->limits_.max_url), "url"});
  return 0;
}

int RequestGuard::OnHeaderField(http_parser* p, const char*, size_t n) {
  auto* g = Self(p);
  if (g->fields_ == 0 || g->in_value_) {
    g->in_value_ = false;
    g->name_ = 0;
    if (++g->fields_ > g->limits_.max_field_count)
      return g->Refuse(Error{ErrorKind::kHeadersTooLarge, "too_many_headers",
                             "请求头字段过多（上限 " + std::to_string(g->limits_.max_field_count) + " 个）",
                             "more than " + std::to_string(g->limits_.max_field_count) + " header fields",
                             "headers"});
  }
  g->name_ += n;
  if (g->name_ > g->limits_.max_field_name)
    return g->Refuse(Error{ErrorKind::kHeadersTooLarge, "header_too_large",
                           "请求头字段名过长（上限 " + Kb(g->limits_.max_field_name) + "）",
                           "a header field name exceeds " + Kb(g->limits_.max_field_name), "headers"});
  return 0;
}

int RequestGuard::OnHeaderValue(http_parser* p, const char*, size_t n) {
  auto* g = Self(p);
  if (!g->in_value_) g->in_value_ = true, g->value_ = 0;
  g->value_ += n;
  if (g->value_ > g->limits_.max_field_value)
    return g->Refuse(Error{ErrorKind::kHeadersTooLarge, "header_too_large",
                           "请求头字段值过长（上限 " + Kb(g->limits_.max_field_value) + "）",
                           "a header field value exceeds " + Kb(g->limits_.max_field_value), "headers"});
  return 0;
}

namespace {
Error BodyTooLarge(size_t max) {
  return Error{ErrorKind::kTooLarge, "body_too_large", "请求体超过 " + Kb(max) + " 上限",
               "the request body exceeds " + Kb(max), "body"};
}
}  // namespace

int RequestGuard::OnHeadersComplete(http_parser* p) {
  auto* g = Self(p);
  // Announced only: refused before a byte of the body is read.
  if (!(p->flags & F_CHUNKED) && p->content_length != ULLONG_MAX && p->content_length > g->limits_.max_body)
    return g->Refuse(BodyTooLarge(g->limits_.max_body));
  return 0;
}

int RequestGuard::OnBody(http_parser* p, const char*, size_t n) {
  auto* g = Self(p);
  g->body_ += n;
  if (g->body_ > g->limits_.max_body) return g->Refuse(BodyTooLarge(g->limits_.max_body));
  return 0;
}

int RequestGuard::OnMessageComplete(http_parser* p) {
  // Connection: close (or HTTP/1.0 without keep-alive): the server answers this request and closes, so
  // whatever follows is not a request; stop here.
  if (!http_should_keep_alive(p)) {
    Self(p)->closing_ = true;
    http_parser_pause(p, 1);
  }
  return 0;
}

RequestGuard::Verdict RequestGuard::Feed(const char* data, size_t n) {
  if (error_) return Verdict::kRefuse;
  http_parser_execute(&parser_, &settings_, data, n);
  if (error_) return Verdict::kRefuse;
  if (closing_) return Verdict::kStopFollowing;
  auto err = HTTP_PARSER_ERRNO(&parser_);
  if (err == HPE_HEADER_OVERFLOW) {
    error_ = Error{ErrorKind::kHeadersTooLarge, "header_too_large", "请求头过大",
                   "the request head exceeds " + Kb(HTTP_MAX_HEADER_SIZE), "headers"};
    return Verdict::kRefuse;
  }
  if (err != HPE_OK) {
    error_ = Error{ErrorKind::kInvalid, "malformed_request", "请求格式错误（不是有效的 HTTP 请求）",
                   std::string("malformed HTTP request: ") + http_errno_description(err), ""};
    return Verdict::kRefuse;
  }
  return parser_.upgrade ? Verdict::kStopFollowing : Verdict::kPass;
}

std::string RawErrorResponse(const Error& e) {
  int status = HttpStatusOf(e.kind);
  std::string body = dto::SerializeError(e).dump();
  std::string r = "HTTP/1.1 " + std::to_string(status) + " " + ReasonPhrase(status) + "\r\n";
  r += "Content-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n";
  r += "X-Content-Type-Options: nosniff\r\nConnection: close\r\n";
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  return r + body;
}

}  // namespace socorg::http
