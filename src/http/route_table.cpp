#include "http/route_table.h"

namespace socorg::http {
namespace {

auto Bind(AppContext* ctx, size_t max_body, Handler h) {
  return Wrap(max_body, [ctx, h](const Req& q, const RouteParams& p) { return h(*ctx, q, p); });
}

}  // namespace

void RouteTable::Get(const char* path, Handler h) { r_.http_get(path, Bind(ctx_, max_body_, h)); }
void RouteTable::Post(const char* path, Handler h) { r_.http_post(path, Bind(ctx_, max_body_, h)); }

}  // namespace socorg::http
