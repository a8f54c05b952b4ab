#include "http/guarded_socket.h"

#include <chrono>

namespace socorg::http {
namespace {

InputLimits g_limits;

}  // namespace

void SetInputLimits(const InputLimits& l) { g_limits = l; }
const InputLimits& CurrentInputLimits() { return g_limits; }

namespace guard_detail {
namespace {

// How long, and how much, the client may go on sending after the reply before the connection closes.
constexpr auto kLinger = std::chrono::seconds(2);
constexpr size_t kLingerBytes = 64u << 20;

void Finish(const std::shared_ptr<State>& st) {
  if (st->finished) return;
  st->finished = true;
  if (st->timer) st->timer->cancel();
  auto f = std::move(st->finish);
  f();  // the server closes the socket; it must not be touched after this
}

void Drain(const std::shared_ptr<State>& st) {
  st->socket->async_read_some(asio::buffer(st->scratch),
                              asio::bind_executor(st->ex, [st](const asio::error_code& ec, std::size_t n) {
                                st->drained += n;
                                if (ec || st->finished || st->drained > kLingerBytes) return Finish(st);
                                Drain(st);
                              }));
}

}  // namespace

void StartRefusal(const std::shared_ptr<State>& st) {
  st->refusing = true;
  asio::async_write(*st->socket, asio::buffer(st->reply),
                    asio::bind_executor(st->ex, [st](const asio::error_code& ec, std::size_t) {
                      if (ec) return Finish(st);
                      asio::error_code ignored;
                      st->socket->shutdown(asio::socket_base::shutdown_send, ignored);
                      st->timer = std::make_unique<asio::steady_timer>(st->ex, kLinger);
                      st->timer->async_wait(asio::bind_executor(st->ex, [st](const asio::error_code& ec) {
                        if (ec || st->finished) return;
                        asio::error_code ignored;
                        st->socket->cancel(ignored);  // ends Drain's read
                      }));
                      Drain(st);
                    }));
}

}  // namespace guard_detail
}  // namespace socorg::http
