// Registers a module's handlers: each is a plain function of the application context and the request,
// returning Result<Reply>, wrapped by http::Wrap (body limit, Error -> status and JSON body, exceptions).
// Module route files declare their handlers as functions and list them in one Add*Routes function.
#pragma once

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg::http {

using Handler = Result<Reply> (*)(AppContext& ctx, const Req& q, const RouteParams& p);

class RouteTable {
 public:
  // `ctx` must outlive the router.
  RouteTable(Router& r, AppContext& ctx, size_t max_body) : r_(r), ctx_(&ctx), max_body_(max_body) {}
  void Get(const char* path, Handler h);
  void Post(const char* path, Handler h);
  void Put(const char* path, Handler h);

 private:
  Router& r_;
  AppContext* ctx_;
  size_t max_body_;
};

}  // namespace socorg::http
