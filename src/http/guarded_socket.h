// The server's socket type (Traits::stream_socket_t): a TCP socket whose reads pass through a
// RequestGuard first. While the bytes are good they go to RESTinio unchanged. When a request breaks a limit
// or is not HTTP, RESTinio never sees it: the guard waits for the responses already being written, writes
// the error response (414/431/413/400 with the JSON error body, Connection: close), shuts down its sending
// side, reads and discards what the client still sends for a short while (so that closing does not reset
// the connection before the client has read the reply), and only then reports end-of-stream to RESTinio,
// which closes the connection. Requests pipelined in the same read before the refused one are not answered.
#pragma once

#include <restinio/asio_include.hpp>

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>

#include "http/request_guard.h"

namespace socorg::http {

// The limits of every connection's guard; set once by RunServer before the server starts.
void SetInputLimits(const InputLimits& l);
const InputLimits& CurrentInputLimits();

namespace guard_detail {

struct State {
  explicit State(const InputLimits& l) : guard(l) {}
  RequestGuard guard;
  bool passthrough = false;  // after a protocol upgrade or a request with Connection: close
  int writes = 0;            // the server's writes in flight
  bool pending = false;      // a refusal waits for them
  bool refusing = false;     // our reply is being written: the server's writes fail from now on
  bool finished = false;
  std::string reply;
  asio::ip::tcp::socket* socket = nullptr;
  asio::any_io_executor ex;
  std::function<void()> finish;  // completes the server's read with end-of-stream
  std::unique_ptr<asio::steady_timer> timer;
  std::array<char, 16 * 1024> scratch{};
  size_t drained = 0;
};

void StartRefusal(const std::shared_ptr<State>& st);

}  // namespace guard_detail

class GuardedSocket : public asio::ip::tcp::socket {
 public:
  explicit GuardedSocket(asio::io_context& io) : asio::ip::tcp::socket(io) {}
  GuardedSocket(GuardedSocket&&) noexcept = default;
  GuardedSocket& operator=(GuardedSocket&&) noexcept = default;

  template <typename MutableBuffers, typename Handler>
  void async_read_some(const MutableBuffers& buffers, Handler&& handler) {
    auto& st = State();
    if (st->passthrough) {
      Base().async_read_some(buffers, std::forward<Handler>(handler));
      return;
    }
    asio::mutable_buffer b = *asio::buffer_sequence_begin(buffers);
    auto ex = asio::get_associated_executor(handler, get_executor());
    Base().async_read_some(
        b, asio::bind_executor(ex, [this, st, b, ex, h = std::forward<Handler>(handler)](
                                       const asio::error_code& ec, std::size_t n) mutable {
          if (ec || st->passthrough) return h(ec, n);
          switch (st->guard.Feed(static_cast<const char*>(b.data()), n)) {
            case RequestGuard::Verdict::kPass: return h(ec, n);
            case RequestGuard::Verdict::kStopFollowing: st->passthrough = true; return h(ec, n);
            case RequestGuard::Verdict::kRefuse: break;
          }
          st->reply = RawErrorResponse(st->guard.error());
          st->socket = &Base();
          st->ex = ex;
          st->finish = [h]() mutable { h(asio::error_code(asio::error::eof), 0); };
          if (st->writes == 0)
            guard_detail::StartRefusal(st);
          else
            st->pending = true;
        }));
  }

  template <typename ConstBuffers, typename Handler>
  void async_write_some(const ConstBuffers& buffers, Handler&& handler) {
    auto& st = State();
    auto ex = asio::get_associated_executor(handler, get_executor());
    if (st->refusing) {
      asio::post(ex, [h = std::forward<Handler>(handler)]() mutable { h(asio::error_code(asio::error::broken_pipe), 0); });
      return;
    }
    ++st->writes;
    Base().async_write_some(
        buffers, asio::bind_executor(ex, [st, h = std::forward<Handler>(handler)](const asio::error_code& ec,
                                                                               std::size_t n) mutable {
          h(ec, n);  // a composed write continues from here, before the count drops
          if (--st->writes == 0 && st->pending) {
            st->pending = false;
            guard_detail::StartRefusal(st);
          }
        }));
  }

 private:
  asio::ip::tcp::socket& Base() { return *this; }
  // Created at the connection's first read: the acceptor's pooled sockets are moved out, state and all.
  std::shared_ptr<guard_detail::State>& State() {
    if (!st_) st_ = std::make_shared<guard_detail::State>(CurrentInputLimits());
    return st_;
  }
  std::shared_ptr<guard_detail::State> st_;
};

}  // namespace socorg::http
