// Tests for server/http/http_server: routes, the refusals before any handler runs, the slow-drip
// deadline, connection limits and the graceful stop, through real sockets and the curl binary.
#include "server/http/http_server.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "net/server_identity.hpp"
#include "support/raw_socket.hpp"
#include "support/shell.hpp"
#include "support/test_dir.hpp"

namespace siang::server::http {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using siang::testing::body_of;
using siang::testing::RawSocket;
using siang::testing::shell;
using siang::testing::status_of;

// A listener on an ephemeral port of 127.0.0.1 with a few routes that count their calls.
class Listener : public ::testing::Test {
  protected:
    std::atomic<int> calls{0};
    std::mutex seen_mutex;
    Request seen;
    std::optional<HttpServer> server;
    std::vector<std::string> log_lines;
    std::mutex log_mutex;

    std::vector<Route> routes() {
        return {
            {"GET", "/api/v1/help/{id}",
             [this](const Request& r) {
                 ++calls;
                 std::lock_guard lock(seen_mutex);
                 seen = r;
                 return Response{.body = R"({"acknowledged":false})", .headers = {}};
             }},
            {"POST", "/api/v1/filings",
             [this](const Request& r) {
                 ++calls;
                 return Response{.body = std::to_string(r.body.size()), .headers = {}};
             }},
            {"GET", "/ok",
             [this](const Request&) {
                 ++calls;
                 return Response{.content_type = "text/plain", .body = "ok", .headers = {}};
             }},
            {"GET", "/slow",  // a long poll: longer than the idle timeout of the test below
             [this](const Request&) {
                 ++calls;
                 std::this_thread::sleep_for(2500ms);
                 return Response{.content_type = "text/plain", .body = "late", .headers = {}};
             }},
            {"GET", "/file",
             [this](const Request&) {
                 ++calls;
                 const fs::path p = siang::testing::test_dir("http_file") / "export.csv";
                 std::ofstream(p, std::ios::binary) << file_text();
                 const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
                 fs::remove(p);  // streamed from the open descriptor, as an export is
                 Response r{.content_type = "text/csv", .body = "", .headers = {}};
                 r.file = adopt_file_body(fd, file_text().size());
                 return r;
             }},
        };
    }

    static const std::string& file_text() {
        static const std::string text = [] {
            std::string t;
            for (int i = 0; i < 40000; ++i) t += "row " + std::to_string(i) + ",ข้อมูล\r\n";
            return t;
        }();
        return text;
    }

    ListenerOptions options() {
        ListenerOptions o;
        o.log = [this](LogLevel, std::string_view line) {
            std::lock_guard lock(log_mutex);
            log_lines.emplace_back(line);
        };
        return o;
    }

    void start(ListenerOptions o) {
        auto s = HttpServer::start(std::move(o), routes());
        ASSERT_TRUE(s) << s.error().detail;
        server.emplace(std::move(*s));
    }
    void SetUp() override { start(options()); }

    int port() const { return server->port(); }
    std::string url(std::string_view path) const {
        return "http://127.0.0.1:" + std::to_string(port()) + std::string(path);
    }
    // One raw request on a fresh connection; the answer up to the server's close.
    std::string exchange(std::string_view request) {
        RawSocket s(port());
        EXPECT_TRUE(s.ok());
        s.send(request);
        return s.read_all(10s);
    }
    // curl's status code for `args` (a quoted shell fragment) against `path`.
    int curl_status(const std::string& args, std::string_view path, std::string* body = nullptr) {
        const fs::path out = siang::testing::test_dir("http_curl") / "body";
        const auto r = shell("curl -s --max-time 10 -o '" + out.string() + "' -w '%{http_code}' " +
                             args + " '" + url(path) + "'");
        if (body) {
            std::ifstream in(out);
            body->assign(std::istreambuf_iterator<char>(in), {});
        }
        return std::atoi(r.out.c_str());
    }
    std::string big_file(std::size_t bytes) {
        const fs::path p = siang::testing::test_dir("http_big") / "body.json";
        std::ofstream(p, std::ios::binary) << std::string(bytes, 'a');
        return p.string();
    }
};

TEST_F(Listener, ServesARouteWithItsCapturesQueryHeadersAndPeer) {
    std::string body;
    EXPECT_EQ(curl_status("-H 'X-Kiosk: k1'", "/api/v1/help/42?lang=th", &body), 200);
    EXPECT_EQ(body, R"({"acknowledged":false})");
    std::lock_guard lock(seen_mutex);
    EXPECT_EQ(seen.method, "GET");
    EXPECT_EQ(seen.path, "/api/v1/help/42");
    EXPECT_EQ(seen.params.at("id"), "42");
    EXPECT_EQ(seen.query.at("lang"), "th");
    EXPECT_EQ(seen.header("x-kiosk"), "k1");
    EXPECT_EQ(seen.peer, "127.0.0.1");
}

TEST_F(Listener, AHandlerSlowerThanTheIdleTimeoutIsStillAnswered) {
    // A console's long poll waits longer than [server] idle_timeout_s; only silence counts.
    server.reset();
    auto o = options();
    o.idle_timeout = 1s;
    start(o);
    std::string body;
    EXPECT_EQ(curl_status("", "/slow", &body), 200);
    EXPECT_EQ(body, "late");
}

TEST_F(Listener, AFileBodyIsStreamedWhole) {
    std::string body;
    EXPECT_EQ(curl_status("", "/file", &body), 200);
    EXPECT_EQ(body.size(), file_text().size());
    EXPECT_TRUE(body == file_text());
}

TEST_F(Listener, PostBodyArrivesWhole) {
    std::string body;
    EXPECT_EQ(curl_status("--data-binary @" + big_file(200000), "/api/v1/filings", &body), 200);
    EXPECT_EQ(body, "200000");
}

TEST_F(Listener, UnknownPathIs404AndWrongMethodIs405WithAllow) {
    std::string body;
    EXPECT_EQ(curl_status("", "/api/v1/nothing", &body), 404);
    EXPECT_EQ(nlohmann::json::parse(body)["error"]["code"], "not_found");
    EXPECT_EQ(curl_status("", "/api/v1/help", &body), 404);  // a capture is never empty
    const std::string answer =
        exchange("GET /api/v1/filings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(answer), 405);
    EXPECT_NE(answer.find("Allow: POST"), std::string::npos) << answer;
    EXPECT_EQ(calls, 0);
}

TEST_F(Listener, MalformedRequestLineIs400) {
    EXPECT_EQ(status_of(exchange("GET /ok HTTP/1.1 extra words\r\nHost: x\r\n\r\n")), 400);
    EXPECT_EQ(status_of(exchange("GET /ok HTTP/1.1\r\nBad Header Name: x\r\n\r\n")), 400);
    EXPECT_EQ(status_of(exchange("GET /ok HTTP/1.1\r\nHost: x\r\nContent-Length: 5x\r\n\r\n")),
              400);
    EXPECT_EQ(status_of(exchange("GET /ok HTTP/9.9\r\nHost: x\r\n\r\n")), 505);
    // A line that is not a request at all: libmicrohttpd hangs up without an answer.
    for (const std::string& junk :
         {std::string("GARBAGE\r\n\r\n"),
          std::string("\x16\x03\x01\x00\x04\x01\x00\x00\x00\r\n\r\n", 13)}) {
        RawSocket s(port());
        s.send(junk);
        const std::string answer = s.read_all(10s);
        EXPECT_TRUE(answer.empty() || status_of(answer) == 400) << answer;
        EXPECT_TRUE(s.closed_by_peer(1ms));  // closed, not left waiting for the read's time limit
    }
    EXPECT_EQ(calls, 0);
}

TEST_F(Listener, BodyOverTheLimitIs413BeforeItIsSentAndTheHandlerNeverRuns) {
    // Only the headers are sent: the answer must come without the body ever being read.
    const std::string answer = exchange(
        "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        std::to_string(default_max_body_bytes + 1) + "\r\n\r\n");
    EXPECT_EQ(status_of(answer), 413) << answer;
    const auto j = nlohmann::json::parse(body_of(answer));
    EXPECT_EQ(j["error"]["code"], "input_too_large");
    EXPECT_EQ(j["error"]["limit"], default_max_body_bytes);
    EXPECT_EQ(
        curl_status("--data-binary @" + big_file(default_max_body_bytes + 1), "/api/v1/filings"),
        413);
    EXPECT_EQ(curl_status("-H 'Content-Length: 99999999999999999999999'", "/api/v1/filings"), 413);
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(curl_status("--data-binary @" + big_file(default_max_body_bytes), "/api/v1/filings"),
              200);
}

TEST_F(Listener, ChunkedBodyIs411) {
    EXPECT_EQ(curl_status("-H 'Transfer-Encoding: chunked' --data-binary @" + big_file(1000),
                          "/api/v1/filings"),
              411);
    const std::string answer = exchange(
        "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n0\r\n\r\n");
    EXPECT_EQ(status_of(answer), 411) << answer;
    EXPECT_EQ(calls, 0);
}

TEST_F(Listener, PostWithoutContentLengthIs411) {
    const std::string answer =
        exchange("POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(answer), 411) << answer;
    EXPECT_EQ(nlohmann::json::parse(body_of(answer))["error"]["detail"], "length_required");
    EXPECT_EQ(calls, 0);
}

TEST_F(Listener, CompressedBodyIs415AndIdentityIsAccepted) {
    EXPECT_EQ(curl_status("-H 'Content-Encoding: gzip' --data-binary @" + big_file(100),
                          "/api/v1/filings"),
              415);
    EXPECT_EQ(
        curl_status("-H 'Content-Encoding: br' --data-binary @" + big_file(100), "/api/v1/filings"),
        415);
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(curl_status("-H 'Content-Encoding: identity' --data-binary @" + big_file(100),
                          "/api/v1/filings"),
              200);
}

TEST_F(Listener, HeadersOverTheConnectionMemoryAreRefused) {
    const std::string answer = exchange(
        "GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(64 << 10, 'b') + "\r\n\r\n");
    const int status = status_of(answer);
    EXPECT_TRUE(status == 431 || status == 400 || status == 413) << answer.substr(0, 200);
    EXPECT_EQ(calls, 0);
}

TEST_F(Listener, SlowDripIsDroppedWhileAnotherClientIsAnswered) {
    server.reset();
    ListenerOptions o = options();
    o.request_deadline = 1500ms;
    start(std::move(o));
    // Eight connections from a second address drip a request a byte at a time: headers for
    // some, a body for the others.
    std::vector<RawSocket> drips;
    for (int i = 0; i < 8; ++i) {
        drips.emplace_back(port(), "127.0.0.2");
        ASSERT_TRUE(drips.back().ok());
        if (i % 2 == 1)
            drips.back().send(
                "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
    }
    std::atomic<bool> dripping{true};
    std::vector<bool> cut(drips.size(), false);
    std::thread dripper([&] {
        const std::string headers =
            "GET /ok HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(500, 'z');
        // Bounded: at most 150 rounds of 100 ms, and it stops once every connection was cut.
        for (std::size_t round = 0; round < 150 && dripping; ++round) {
            bool all_cut = true;
            for (std::size_t i = 0; i < drips.size(); ++i) {
                if (cut[i]) continue;
                if (!drips[i].send(i % 2 == 1
                                       ? std::string_view("a")
                                       : std::string_view(&headers[round % headers.size()], 1)))
                    cut[i] = true;
                else
                    all_cut = false;
            }
            if (all_cut) break;
            std::this_thread::sleep_for(100ms);
        }
    });
    // Meanwhile the first address is served, each answer within a bounded wait.
    for (int i = 0; i < 10; ++i) {
        const std::string answer =
            exchange("GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        EXPECT_EQ(status_of(answer), 200) << i;
        std::this_thread::sleep_for(50ms);
    }
    for (auto& d : drips) EXPECT_TRUE(d.closed_by_peer(10s));
    dripping = false;
    dripper.join();
    EXPECT_GE(server->stats().dropped_late, drips.size());
    EXPECT_EQ(calls, 10);
}

TEST_F(Listener, OneAddressCannotTakeEveryConnection) {
    server.reset();
    ListenerOptions o = options();
    o.per_ip_connection_limit = 4;
    o.connection_limit = 16;
    start(std::move(o));
    std::vector<RawSocket> idle;
    for (int i = 0; i < 12; ++i) idle.emplace_back(port(), "127.0.0.2");
    // The ones over the limit are closed at once; the others wait for their idle timeout.
    int closed = 0;
    for (auto& s : idle) closed += s.closed_by_peer(300ms) ? 1 : 0;
    EXPECT_GE(closed, 8);
    const std::string answer = exchange("GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(answer), 200);
}

TEST_F(Listener, StopAnswersTheRequestInFlightThenRefusesNewConnections) {
    server.reset();
    std::promise<void> entered;
    auto entered_f = entered.get_future();
    std::vector<Route> r{{"POST", "/slow", [&](const Request& req) {
                              entered.set_value();
                              std::this_thread::sleep_for(1s);
                              return Response{.body = "done:" + req.body, .headers = {}};
                          }}};
    auto s = HttpServer::start(options(), std::move(r));
    ASSERT_TRUE(s);
    const int p = s->port();
    std::string answer;
    std::thread client([&] {
        RawSocket sock(p);
        sock.send("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        answer = sock.read_all(20s);
    });
    ASSERT_EQ(entered_f.wait_for(10s), std::future_status::ready);
    s->stop();
    client.join();
    EXPECT_EQ(status_of(answer), 200) << answer;
    EXPECT_EQ(body_of(answer), "done:hello");
    EXPECT_NE(answer.find("Connection: close"), std::string::npos) << answer;
    RawSocket late(p);
    EXPECT_FALSE(late.ok() && late.send("GET /slow HTTP/1.1\r\n\r\n") &&
                 status_of(late.read_all(2s)) != 0);
}

TEST_F(Listener, AnAddressInUseIsAnIoErrorNamingIt) {
    ListenerOptions o = options();
    o.port = port();
    auto again = HttpServer::start(std::move(o), {});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Errc::io_error);
    EXPECT_NE(again.error().detail.find("127.0.0.1:" + std::to_string(port())), std::string::npos);
    ListenerOptions bad = options();
    bad.address = "localhost";
    auto named = HttpServer::start(std::move(bad), {});
    ASSERT_FALSE(named);
    EXPECT_EQ(named.error().code, Errc::invalid_argument);
}

TEST_F(Listener, ServesIpv6Loopback) {
    ListenerOptions o = options();
    o.address = "::1";
    auto s = HttpServer::start(std::move(o), routes());
    ASSERT_TRUE(s) << s.error().detail;
    const auto r =
        shell("curl -s --max-time 10 'http://[::1]:" + std::to_string(s->port()) + "/ok'");
    EXPECT_EQ(r.out, "ok");
}

TEST_F(Listener, HttpsServesWithTheIdentityItWasGiven) {
    auto id = net::make_server_identity({});
    ASSERT_TRUE(id);
    ListenerOptions o = options();
    o.tls = TlsIdentity{id->key_pem, id->cert_pem};
    auto s = HttpServer::start(std::move(o), routes());
    ASSERT_TRUE(s) << s.error().detail;
    const std::string base = "https://127.0.0.1:" + std::to_string(s->port());
    EXPECT_EQ(shell("curl -sk --max-time 10 '" + base + "/ok'").out, "ok");
    // Plain HTTP to the TLS port gets nothing it could take for an answer.
    EXPECT_NE(shell("curl -s --max-time 5 -o /dev/null -w '%{http_code}' 'http://127.0.0.1:" +
                    std::to_string(s->port()) + "/ok'")
                  .out,
              "200");
    // The certificate it presents is the identity's, by the fingerprint openssl computes.
    const auto fp =
        shell("echo | openssl s_client -connect 127.0.0.1:" + std::to_string(s->port()) +
              " 2>/dev/null | openssl x509 -noout -fingerprint -sha256");
    std::string hex;
    for (char c : fp.out.substr(fp.out.find('=') + 1))
        if (std::isxdigit(static_cast<unsigned char>(c))) hex += static_cast<char>(std::tolower(c));
    EXPECT_EQ(hex, id->fingerprint);
}

TEST_F(Listener, ABadTlsIdentityIsRefusedAtStart) {
    ListenerOptions o = options();
    o.tls = TlsIdentity{"not a key", "not a certificate"};
    auto s = HttpServer::start(std::move(o), routes());
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::invalid_argument);
}

TEST_F(Listener, ErrorBodyHasTheShapeOfTheOfficeApi) {
    const auto j = nlohmann::json::parse(
        error_body(Error{.code = Errc::input_too_large, .detail = "body", .limit = 10}));
    EXPECT_EQ(j, nlohmann::json::parse(
                     R"({"error":{"code":"input_too_large","detail":"body","limit":10}})"));
}

TEST_F(Listener, RefusalsAreLoggedWithoutWhatTheRequestCarried) {
    exchange(
        "GET /track/123456789018?phone=0812345678 HTTP/1.1\r\nHost: x\r\nX-Phone: "
        "0812345678\r\nConnection: close\r\n\r\n");
    exchange(
        "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "c\r\n123456789018\r\n0\r\n\r\n");
    std::lock_guard lock(log_mutex);
    ASSERT_FALSE(log_lines.empty());
    for (const auto& line : log_lines) {
        EXPECT_EQ(line.find("123456789018"), std::string::npos) << line;
        EXPECT_EQ(line.find("0812345678"), std::string::npos) << line;
        EXPECT_EQ(line.find("/track"), std::string::npos) << line;
    }
}

}  // namespace
}  // namespace siang::server::http
