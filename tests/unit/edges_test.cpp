// Input edges (issue #14 item 3): the login throttle's key, the checked integer conversion, control
// characters in text, path-segment decoding and the request guard's verdicts.
#include <gtest/gtest.h>

#include <string>

#include "app/checks.h"
#include "http/handler.h"
#include "http/request_guard.h"
#include "support/json_int.h"
#include "support/login_throttle.h"

namespace socorg {
namespace {

TEST(LoginThrottle, AStrangersFailuresDoNotLockTheOwnerOut) {
  LoginThrottle t(3, std::chrono::minutes(15));
  for (int i = 0; i < 3; ++i) t.RecordFailure("10.0.0.66", "alice");
  EXPECT_FALSE(t.Allowed("10.0.0.66", "alice"));  // the stranger is throttled
  EXPECT_TRUE(t.Allowed("10.0.0.1", "alice"));    // the owner, elsewhere, is not
  EXPECT_TRUE(t.Allowed("10.0.0.66", "bob"));     // nor another account from the stranger's address
}

TEST(LoginThrottle, FailuresExpireAndSuccessClearsThem) {
  LoginThrottle t(2, std::chrono::minutes(15));
  auto t0 = LoginThrottle::Clock::now();
  t.RecordFailure("a", "u", t0);
  t.RecordFailure("a", "u", t0);
  EXPECT_FALSE(t.Allowed("a", "u", t0 + std::chrono::minutes(1)));
  EXPECT_TRUE(t.Allowed("a", "u", t0 + std::chrono::minutes(16)));
  t.RecordFailure("b", "u");
  t.RecordFailure("b", "u");
  EXPECT_FALSE(t.Allowed("b", "u"));
  t.RecordSuccess("b", "u");
  EXPECT_TRUE(t.Allowed("b", "u"));
}

TEST(WindowLimiter, KeysAreBoundedWhateverTheTraffic) {
  WindowLimiter w(2, std::chrono::minutes(60), /*max_keys=*/100);
  auto t0 = WindowLimiter::Clock::now();
  ASSERT_TRUE(w.TryAcquire("victim", t0));
  ASSERT_TRUE(w.TryAcquire("victim", t0));
  EXPECT_FALSE(w.TryAcquire("victim", t0));  // the third within the hour
  // A flood of fresh keys never grows the map past its bound.
  for (int i = 0; i < 10000; ++i) w.Record("flood-" + std::to_string(i), t0 + std::chrono::seconds(1));
  EXPECT_LE(w.Keys(), 100u);
  // Expired keys go first: after the window, one new key makes room by dropping every stale one.
  w.Record("late", t0 + std::chrono::minutes(62));
  EXPECT_EQ(w.Keys(), 1u);
}

TEST(WindowLimiter, TheWindowSlides) {
  WindowLimiter w(2, std::chrono::minutes(60));
  auto t0 = WindowLimiter::Clock::now();
  EXPECT_TRUE(w.TryAcquire("a", t0));
  EXPECT_TRUE(w.TryAcquire("a", t0 + std::chrono::minutes(30)));
  EXPECT_FALSE(w.TryAcquire("a", t0 + std::chrono::minutes(59)));
  EXPECT_TRUE(w.TryAcquire("a", t0 + std::chrono::minutes(61)));   // the first has left the window
  EXPECT_FALSE(w.TryAcquire("a", t0 + std::chrono::minutes(62)));  // the second and third are in it
  EXPECT_TRUE(w.TryAcquire("b", t0 + std::chrono::minutes(62)));
}

TEST(LoginThrottle, TheSourceAndUsernameCannotCollide) {
  LoginThrottle t(1, std::chrono::minutes(15));
  t.RecordFailure("10.0.0.1", "a");
  EXPECT_FALSE(t.Allowed("10.0.0.1", "a"));
  EXPECT_TRUE(t.Allowed("10.0.0.1a", ""));
}

TEST(JsonInt, RangeIsCheckedBeforeNarrowing) {
  using nlohmann::json;
  EXPECT_EQ(JsonInt<int>(json::parse("2025"), 1900, 9999), 2025);
  EXPECT_EQ(JsonInt<int>(json::parse("4294969321"), 1900, 9999), std::nullopt);  // would truncate to 2025
  EXPECT_EQ(JsonInt<int>(json::parse("4294969321")), std::nullopt);
  EXPECT_EQ(JsonInt<std::int64_t>(json::parse("18446744073709551615")), std::nullopt);  // would wrap to -1
  EXPECT_EQ(JsonInt<std::int64_t>(json::parse("9223372036854775807")), INT64_MAX);
  EXPECT_EQ(JsonInt<std::int64_t>(json::parse("-9223372036854775808"), -1000, 1000), std::nullopt);
  EXPECT_EQ(JsonInt<std::int64_t>(json::parse("-5"), 0, 10), std::nullopt);
  EXPECT_EQ(JsonInt<std::int64_t>(json::parse("-5"), -10, 10), -5);
  EXPECT_EQ(JsonInt<int>(json::parse("1.5")), std::nullopt);
  EXPECT_EQ(JsonInt<int>(json::parse("\"7\"")), std::nullopt);
  EXPECT_EQ(JsonInt<int>(json::parse("3"), 5, 10), std::nullopt);
}

TEST(CheckText, RefusesControlCharacters) {
  EXPECT_TRUE(CheckText("第一行\n第二行\t完", 100, "content", true));
  auto nul = CheckText(std::string("名称\0尾", 10), 100, "name", true);
  ASSERT_FALSE(nul);
  EXPECT_EQ(nul.error().code, "control_character");
  EXPECT_EQ(nul.error().field, "name");
  EXPECT_NE(nul.error().message_en.find("U+0000"), std::string::npos);
  EXPECT_FALSE(CheckText("a\x7f", 100, "name", true));
  EXPECT_FALSE(CheckText("a\x1b[31m", 100, "name", true));
}

TEST(DecodePathSegment, DecodesOnceAndValidates) {
  EXPECT_EQ(http::DecodePathSegment("%2053100000500021326d%20"), " 53100000500021326d ");
  EXPECT_EQ(http::DecodePathSegment("%2541"), "%41");  // once, not twice
  EXPECT_EQ(http::DecodePathSegment("%E7%A4%BE"), "社");
  EXPECT_EQ(http::DecodePathSegment("abc"), "abc");
  EXPECT_EQ(http::DecodePathSegment("%00"), std::nullopt);
  EXPECT_EQ(http::DecodePathSegment("%0a"), std::nullopt);
  EXPECT_EQ(http::DecodePathSegment("%ZZ"), std::nullopt);
  EXPECT_EQ(http::DecodePathSegment("%2"), std::nullopt);
  EXPECT_EQ(http::DecodePathSegment("%FF%FE"), std::nullopt);  // not UTF-8
  EXPECT_EQ(http::DecodePathSegment("%C0%AF"), std::nullopt);  // overlong '/'
}

http::RequestGuard::Verdict Feed(http::RequestGuard& g, const std::string& s) { return g.Feed(s.data(), s.size()); }

TEST(RequestGuard, PassesGoodRequestsAcrossReads) {
  http::RequestGuard g(http::InputLimits{});
  EXPECT_EQ(Feed(g, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nPOST /a HTTP/1.1\r\nContent-Le"), http::RequestGuard::Verdict::kPass);
  EXPECT_EQ(Feed(g, "ngth: 2\r\n\r\n{}GET /b HTTP/1.1\r\n\r\n"), http::RequestGuard::Verdict::kPass);
}

void ExpectRefused(const std::string& bytes, int status, const std::string& code, http::InputLimits l = {}) {
  http::RequestGuard g(l);
  ASSERT_EQ(Feed(g, bytes), http::RequestGuard::Verdict::kRefuse) << bytes.substr(0, 60);
  EXPECT_EQ(g.error().code, code);
  std::string r = http::RawErrorResponse(g.error());
  EXPECT_TRUE(r.starts_with("HTTP/1.1 " + std::to_string(status) + " ")) << r;
  EXPECT_NE(r.find("Connection: close\r\n"), std::string::npos);
  EXPECT_NE(r.find("\"code\":\"" + code + "\""), std::string::npos) << r;
}

TEST(RequestGuard, RefusesWhatBreaksALimit) {
  http::InputLimits small;
  small.max_body = 100;
  ExpectRefused("GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", 414, "url_too_long");
  ExpectRefused("GET / HTTP/1.1\r\nX-Big: " + std::string(20000, 'v') + "\r\n\r\n", 431, "header_too_large");
  std::string many = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 101; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
  ExpectRefused(many + "\r\n", 431, "too_many_headers");
  ExpectRefused("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 413, "body_too_large", small);  // announced only
  ExpectRefused("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n65\r\n" + std::string(101, 'x') + "\r\n0\r\n\r\n",
                413, "body_too_large", small);
  ExpectRefused("HELLO THERE\r\n\r\n", 400, "malformed_request");
  ExpectRefused("GET / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400, "malformed_request");
}

TEST(RequestGuard, StopsFollowingAfterConnectionClose) {
  // The server answers the first request and closes; what follows is not the guard's to refuse.
  http::RequestGuard g(http::InputLimits{});
  EXPECT_EQ(Feed(g, "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGARBAGE"), http::RequestGuard::Verdict::kStopFollowing);
}

TEST(RequestGuard, AtTheLimitPasses) {
  http::InputLimits small;
  small.max_body = 100;
  http::RequestGuard g(small);
  EXPECT_EQ(Feed(g, "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'x')),
            http::RequestGuard::Verdict::kPass);
  std::string many = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 100; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(Feed(g, many + "\r\n"), http::RequestGuard::Verdict::kPass);
}

}  // namespace
}  // namespace socorg
