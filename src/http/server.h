// The HTTP server: RESTinio on a thread pool, routes under /api/v1, the console and portal as static
// files. Blocks until SIGINT or SIGTERM, then stops accepting, finishes requests in flight and returns.
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"
#include "http/handler.h"

namespace socorg {

// Adds a module's routes; max_body is the request body limit (larger bodies get 413).
using AddRoutesFn = void (*)(http::Router& r, AppContext& ctx, size_t max_body);

struct ServerOptions {
  std::string address = "127.0.0.1";
  int port = 8080;
  int threads = 0;            // 0 = hardware concurrency
  std::string web_root;       // web/dist; "" = API only
  size_t max_body_bytes = 1 << 20;  // larger JSON bodies get 413
  std::vector<AddRoutesFn> module_routes;  // each module's (cli/modules.h), after the core's
};

// The signals must be blocked in the calling thread before any other thread starts (BlockStopSignals).
void BlockStopSignals();
int RunServer(AppContext& ctx, const ServerOptions& opt);

}  // namespace socorg
