#include "http/route_table.h"

namespace socorg::http {
namespace {

auto Bind(AppContext* ctx, size_t max_body, const char* path, Handler h) {
  return Wrap(max_body, path, [ctx, h](const Req& q, const RouteParams& p) { return h(*ctx, q, p); });
}

}  // namespace

void RouteTable::Get(const char* path, Handler h) { r_.http_get(path, Bind(ctx_, max_body_, path, h)); }
void RouteTable::Post(const char* path, Handler h) { r_.http_post(path, Bind(ctx_, max_body_, path, h)); }
void RouteTable::Put(const char* path, Handler h) { r_.http_put(path, Bind(ctx_, max_body_, path, h)); }

}  // namespace socorg::http
