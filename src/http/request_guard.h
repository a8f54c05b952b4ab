// The first reader of every connection's bytes (http/guarded_socket.h). It follows the requests with its
// own copy of the http_parser RESTinio uses, and when a request breaks a limit (URL, header field, header
// count, body size, also a body only announced by Content-Length) or is not HTTP at all, it gives the
// complete error response (414, 431, 413, 400 with the JSON error body) that must reach the client before
// the connection closes: RESTinio itself would close the connection without a reply.
#pragma once

#include <http_parser.h>

#include <cstddef>
#include <optional>
#include <string>

#include "domain/error.h"

namespace socorg::http {

struct InputLimits {
  size_t max_url = 8 * 1024;           // request target, bytes (414 beyond)
  size_t max_field_name = 1024;        // one header name (431 beyond)
  size_t max_field_value = 16 * 1024;  // one header value (431 beyond)
  size_t max_field_count = 100;        // header fields in one request (431 beyond)
  size_t max_body = 1 << 20;           // body, announced or received (413 beyond)
};

class RequestGuard {
 public:
  enum class Verdict { kPass, kRefuse, kStopFollowing };
  explicit RequestGuard(const InputLimits& limits);
  RequestGuard(const RequestGuard&) = delete;
  RequestGuard& operator=(const RequestGuard&) = delete;

  // The next bytes of the connection. kRefuse: they break a limit or are not HTTP (error() says which; no
  // byte of them may reach the server). kStopFollowing: the request switches protocols, or the client said
  // Connection: close and the server will close after answering; pass everything on from here.
  Verdict Feed(const char* data, size_t n);
  const Error& error() const { return *error_; }

 private:
  static int OnMessageBegin(http_parser* p);
  static int OnUrl(http_parser* p, const char* at, size_t n);
  static int OnHeaderField(http_parser* p, const char* at, size_t n);
  static int OnHeaderValue(http_parser* p, const char* at, size_t n);
  static int OnHeadersComplete(http_parser* p);
  static int OnBody(http_parser* p, const char* at, size_t n);
  static int OnMessageComplete(http_parser* p);
  int Refuse(Error e);

  InputLimits limits_;
  http_parser parser_;
  http_parser_settings settings_;
  size_t url_ = 0, fields_ = 0, name_ = 0, value_ = 0, body_ = 0;
  bool in_value_ = false;
  bool closing_ = false;  // a request without keep-alive is complete
  std::optional<Error> error_;
};

// A complete HTTP/1.1 response carrying the error's status and JSON body, with Connection: close.
std::string RawErrorResponse(const Error& e);

}  // namespace socorg::http
