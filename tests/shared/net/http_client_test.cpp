// Tests for shared/net/http_client: the pinned client against real HTTPS listeners on loopback,
// a man in the middle with another certificate, and servers that are not there.
#include "net/http_client.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <atomic>

#include "net/server_identity.hpp"
#include "server/http/http_server.hpp"

namespace siang::net {
namespace {

using namespace std::chrono_literals;
namespace http = server::http;

struct TlsListener {
    ServerIdentity identity;
    std::atomic<int> calls{0};
    std::optional<http::HttpServer> server;

    TlsListener() {
        identity = make_server_identity({}).value();
        http::ListenerOptions o;
        o.tls = http::TlsIdentity{identity.key_pem, identity.cert_pem};
        o.log = [](server::LogLevel, std::string_view) {};
        std::vector<http::Route> routes{
            {"POST", "/api/v1/echo",
             [this](const http::Request& r) {
                 ++calls;
                 return http::Response{
                     .body = r.body,
                     .headers = {
                         {"X-Seen-Type", std::string(r.header("content-type").value_or(""))},
                         {"X-Seen-Expect", std::string(r.header("expect").value_or("-"))}}};
             }},
            {"GET", "/api/v1/missing", [this](const http::Request&) {
                 ++calls;
                 return http::Response{
                     .status = 404, .body = R"({"error":{"code":"not_found"}})", .headers = {}};
             }}};
        server.emplace(http::HttpServer::start(std::move(o), std::move(routes)).value());
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(server->port()); }
};

HttpClient client_for(const std::string& url, const std::string& fingerprint) {
    auto c = HttpClient::make({.base_url = url, .fingerprint = fingerprint});
    EXPECT_TRUE(c) << (c ? "" : c.error().detail);
    return std::move(*c);
}

TEST(HttpClient, PinnedClientTalksToItsServerOverOneKeptAliveConnection) {
    TlsListener srv;
    HttpClient c = client_for(srv.url(), srv.identity.fingerprint);
    for (int i = 0; i < 3; ++i) {
        auto r = c.post("/api/v1/echo", R"({"n":)" + std::to_string(i) + "}");
        ASSERT_TRUE(r) << r.error().detail;
        EXPECT_EQ(r->status, 200);
        EXPECT_EQ(r->body, R"({"n":)" + std::to_string(i) + "}");
        EXPECT_EQ(r->headers.at("x-seen-type"), "application/json");
        EXPECT_EQ(r->headers.at("x-seen-expect"), "-");  // no 100-continue round trip
    }
    EXPECT_EQ(srv.calls, 3);
    EXPECT_EQ(srv.server->stats().accepted, 1u);
}

TEST(HttpClient, AStatusIsAReplyNotAnError) {
    TlsListener srv;
    HttpClient c = client_for(srv.url(), srv.identity.fingerprint);
    auto r = c.get("/api/v1/missing");
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(r->body, R"({"error":{"code":"not_found"}})");
}

TEST(HttpClient, AnotherFingerprintIsRefusedBeforeAnythingIsSent) {
    TlsListener srv;
    const std::string other = make_server_identity({}).value().fingerprint;
    HttpClient c = client_for(srv.url(), other);
    auto r = c.post("/api/v1/echo", R"({"tracking_code":"123456789018"})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_untrusted);
    EXPECT_EQ(r.error().detail, srv.identity.fingerprint);
    EXPECT_EQ(srv.calls, 0);
    const auto stats = srv.server->stats();
    EXPECT_EQ(stats.handled + stats.refused, 0u);  // no request ever reached the listener
}

TEST(HttpClient, AManInTheMiddleWithAnotherCertificateIsRefused) {
    TlsListener office, impostor;
    // Pinned to the office, but the network leads to the impostor's listener.
    HttpClient c = client_for(impostor.url(), office.identity.fingerprint);
    auto r = c.post("/api/v1/echo", R"({"secret":1})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_untrusted);
    EXPECT_EQ(r.error().detail, impostor.identity.fingerprint);
    EXPECT_EQ(impostor.calls, 0);
    EXPECT_EQ(impostor.server->stats().handled + impostor.server->stats().refused, 0u);
    // The same client keeps refusing it; nothing is cached as trusted.
    EXPECT_EQ(c.get("/api/v1/missing").error().code, Errc::server_untrusted);
    EXPECT_EQ(impostor.calls, 0);
}

TEST(HttpClient, NoServerIsServerUnreachableNamingHostAndPort) {
    int port = 0;
    {
        TlsListener gone;
        port = gone.server->port();
    }
    const std::string url = "https://127.0.0.1:" + std::to_string(port);
    HttpClient c = client_for(url, std::string(64, 'a'));
    auto r = c.get("/api/v1/missing");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_unreachable);
    EXPECT_EQ(r.error().detail, "127.0.0.1:" + std::to_string(port));
}

TEST(HttpClient, APlainHttpServerIsNotTakenForTheOffice) {
    http::ListenerOptions o;
    o.log = [](server::LogLevel, std::string_view) {};
    auto plain = http::HttpServer::start(std::move(o), {});
    ASSERT_TRUE(plain);
    HttpClient c =
        client_for("https://127.0.0.1:" + std::to_string(plain->port()), std::string(64, 'b'));
    auto r = c.get("/healthz");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_unreachable);
}

TEST(HttpClient, TheEnvironmentsProxyIsNeverUsed) {
    TlsListener srv;
    ::setenv("https_proxy", "http://127.0.0.1:1", 1);
    ::setenv("HTTPS_PROXY", "http://127.0.0.1:1", 1);
    ::setenv("ALL_PROXY", "http://127.0.0.1:1", 1);
    HttpClient c = client_for(srv.url(), srv.identity.fingerprint);
    auto r = c.post("/api/v1/echo", "{}");
    ::unsetenv("https_proxy");
    ::unsetenv("HTTPS_PROXY");
    ::unsetenv("ALL_PROXY");
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->status, 200);
}

TEST(HttpClient, MakeRefusesWhatIsNotAnHttpsUrlOrAFingerprint) {
    const std::string fp(64, 'c');
    for (const char* url : {"http://127.0.0.1:8443", "https://127.0.0.1", "https://127.0.0.1:8443/",
                            "https://127.0.0.1:0", "https://127.0.0.1:70000", "https://:8443",
                            "ftp://x:1", "https://user@host:8443", "https://::1:8443"}) {
        auto c = HttpClient::make({.base_url = url, .fingerprint = fp});
        ASSERT_FALSE(c) << url;
        EXPECT_EQ(c.error().code, Errc::invalid_argument) << url;
    }
    for (const std::string& bad :
         {std::string(63, 'a'), std::string(64, 'g'), std::string("ab:cd")}) {
        auto c = HttpClient::make({.base_url = "https://127.0.0.1:8443", .fingerprint = bad});
        ASSERT_FALSE(c) << bad;
        EXPECT_EQ(c.error().code, Errc::invalid_argument);
    }
    EXPECT_TRUE(HttpClient::make({.base_url = "https://[::1]:8443", .fingerprint = fp}));
    // Upper-case hex is the same fingerprint.
    EXPECT_TRUE(HttpClient::make(
        {.base_url = "https://office.local:8443", .fingerprint = std::string(64, 'C')}));
}

TEST(HttpClient, ASlowServerIsUnreachableAfterTheTimeoutNotAHang) {
    auto id = make_server_identity({}).value();
    http::ListenerOptions o;
    o.tls = http::TlsIdentity{id.key_pem, id.cert_pem};
    o.log = [](server::LogLevel, std::string_view) {};
    o.stop_grace = 100ms;
    auto srv = http::HttpServer::start(std::move(o), {{"GET", "/slow", [](const http::Request&) {
                                                           std::this_thread::sleep_for(2s);
                                                           return http::Response{};
                                                       }}});
    ASSERT_TRUE(srv);
    auto c = HttpClient::make({.base_url = "https://127.0.0.1:" + std::to_string(srv->port()),
                               .fingerprint = id.fingerprint,
                               .request_timeout = 300ms});
    ASSERT_TRUE(c);
    auto r = c->get("/slow");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_unreachable);
}

}  // namespace
}  // namespace siang::net
