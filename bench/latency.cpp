// socorg_bench_latency: latency of GET /api/v1/public/orgs?q=XX on loopback.
//
//   socorg_bench_latency --port 8080 --queries queries.tsv [--rounds 20] [--connections 1] [--path-prefix ...]
//
// queries.tsv lines: "query<TAB>names matching<TAB>class" (socorg_bench_generate --queries). Every query is
// sent `rounds` times over keep-alive connections (round-robin order, so caches see a mix); each request's
// time from send to the complete response is recorded. Prints p50/p95/p99/max overall and per class, and
// fails (exit 1) on any non-200 answer. With one connection there is no queueing, so the client figure is
// the server's time plus loopback (tens of microseconds).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Query {
  std::string text, cls;
  long matches = 0;
};

std::string UrlEncode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else out += '%', out += hex[c >> 4], out += hex[c & 15];
  }
  return out;
}

int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    std::perror("connect");
    std::exit(2);
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

// Sends one request and reads one response (Content-Length framing). Returns the status code.
int RoundTrip(int fd, const std::string& req, std::string& buf, std::string* body_out) {
  size_t off = 0;
  while (off < req.size()) {
    ssize_t n = send(fd, req.data() + off, req.size() - off, MSG_NOSIGNAL);
    if (n <= 0) return -1;
    off += static_cast<size_t>(n);
  }
  buf.clear();
  char tmp[65536];
  size_t header_end = std::string::npos, need = 0;
  for (;;) {
    ssize_t n = recv(fd, tmp, sizeof tmp, 0);
    if (n <= 0) return -1;
    buf.append(tmp, static_cast<size_t>(n));
    if (header_end == std::string::npos) {
      header_end = buf.find("\r\n\r\n");
      if (header_end == std::string::npos) continue;
      std::string head = buf.substr(0, header_end);
      for (auto& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      auto p = head.find("content-length:");
      need = p == std::string::npos ? 0 : std::strtoul(head.c_str() + p + 15, nullptr, 10);
    }
    if (buf.size() >= header_end + 4 + need) break;
  }
  if (body_out) *body_out = buf.substr(header_end + 4, need);
  return std::atoi(buf.c_str() + 9);
}

double Pct(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p / 100.0 * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  int port = 8080, rounds = 20, conns = 1, page_size = 20;
  std::string qfile, extra;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--port") port = std::stoi(next());
    else if (a == "--queries") qfile = next();
    else if (a == "--rounds") rounds = std::stoi(next());
    else if (a == "--connections") conns = std::stoi(next());
    else if (a == "--page-size") page_size = std::stoi(next());
    else if (a == "--extra") extra = next();  // appended to the query string, e.g. "&region=150000"
    else {
      std::cerr << "usage: socorg_bench_latency --port N --queries FILE [--rounds 20] [--connections 1] "
                   "[--page-size 20] [--extra '&status=active']\n";
      return 2;
    }
  }
  std::vector<Query> qs;
  std::ifstream in(qfile);
  for (std::string line; std::getline(in, line);) {
    std::istringstream ls(line);
    Query q;
    std::string n;
    std::getline(ls, q.text, '\t');
    std::getline(ls, n, '\t');
    std::getline(ls, q.cls, '\t');
    if (q.text.empty()) continue;
    q.matches = std::atol(n.c_str());
    if (q.cls.empty()) q.cls = "all";
    qs.push_back(q);
  }
  if (qs.empty()) {
    std::cerr << "no queries in " << qfile << "\n";
    return 2;
  }
  // Work list: rounds × queries, interleaved.
  std::vector<size_t> work;
  for (int r = 0; r < rounds; ++r)
    for (size_t i = 0; i < qs.size(); ++i) work.push_back(i);
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::map<std::string, std::vector<double>> by_class;
  std::vector<double> all;
  std::map<size_t, std::vector<double>> by_query;
  std::atomic<int> failures{0};
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < conns; ++c) {
    threads.emplace_back([&] {
      int fd = Connect(port);
      std::string buf;
      std::vector<std::pair<size_t, double>> local;
      for (size_t k; (k = next.fetch_add(1)) < work.size();) {
        const Query& q = qs[work[k]];
        std::string req = "GET /api/v1/public/orgs?q=" + UrlEncode(q.text) + "&page_size=" + std::to_string(page_size) +
                          extra + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";
        auto s = std::chrono::steady_clock::now();
        int status = RoundTrip(fd, req, buf, nullptr);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count();
        if (status != 200) {
          if (failures.fetch_add(1) < 5) std::fprintf(stderr, "%s -> %d\n", q.text.c_str(), status);
          close(fd);
          fd = Connect(port);
          continue;
        }
        local.emplace_back(work[k], ms);
      }
      close(fd);
      std::lock_guard l(mu);
      for (auto [i, ms] : local) {
        all.push_back(ms);
        by_class[qs[i].cls].push_back(ms);
        by_query[i].push_back(ms);
      }
    });
  }
  for (auto& t : threads) t.join();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-8s %7s %9s %9s %9s %9s\n", "class", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
  auto row = [](const std::string& name, std::vector<double> v) {
    std::printf("%-8s %7zu %9.2f %9.2f %9.2f %9.2f\n", name.c_str(), v.size(), Pct(v, 50), Pct(v, 95), Pct(v, 99),
                Pct(v, 100));
  };
  for (auto& [cls, v] : by_class) row(cls, v);
  row("all", all);
  std::printf("requests %zu in %.1f s (%.0f req/s, %d connections), failures %d\n", all.size(), secs,
              all.size() / secs, conns, failures.load());
  // The slowest queries, for diagnosis.
  std::vector<std::pair<double, size_t>> slow;
  for (auto& [i, v] : by_query) slow.emplace_back(Pct(v, 50), i);
  std::sort(slow.rbegin(), slow.rend());
  std::printf("slowest (median): ");
  for (size_t i = 0; i < std::min<size_t>(5, slow.size()); ++i)
    std::printf("%s(%ld) %.2f ms  ", qs[slow[i].second].text.c_str(), qs[slow[i].second].matches, slow[i].first);
  std::printf("\n");
  return failures.load() ? 1 : 0;
}
