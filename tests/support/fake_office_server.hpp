// A stand-in office server over real HTTPS on loopback, for the office client's and `siang
// outbox`'s tests: the office API's wire format (sync/office_api.hpp) answered from memory by
// the project's own TLS listener. The real siang-server is tested in tests/server.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "net/server_identity.hpp"
#include "server/http/http_server.hpp"
#include "sync/office_api.hpp"

namespace siang::testing {

class FakeOfficeServer {
  public:
    static constexpr const char* enrolment_code = "K7QM-4TX9";
    static constexpr const char* kiosk_name = "counter-1";

    FakeOfficeServer() {
        identity_ = net::make_server_identity({}).value();
        listen(0);
    }

    std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
    const std::string& fingerprint() const { return identity_.fingerprint; }
    // Another server's certificate: what a man in the middle would show.
    static std::string other_fingerprint() {
        return net::make_server_identity({}).value().fingerprint;
    }

    std::size_t filings() {
        std::lock_guard lock(mutex_);
        return order_.size();
    }
    std::vector<sync::Filing> received() {
        std::lock_guard lock(mutex_);
        std::vector<sync::Filing> out;
        for (const auto& uuid : order_) out.push_back(*sync::decode_filing(stored_.at(uuid).body));
        return out;
    }
    std::optional<sync::Backlog> last_heartbeat() {
        std::lock_guard lock(mutex_);
        return backlog_;
    }
    std::string token() {
        std::lock_guard lock(mutex_);
        return token_;
    }
    // Every later request with the token is refused (siang kiosk revoke).
    void revoke() {
        std::lock_guard lock(mutex_);
        revoked_ = true;
    }
    // The server stops answering: connections are refused. restart() listens again on the same
    // port with the same certificate, keeping what it received (as a restarted siang-server does).
    void stop() { server_.reset(); }
    void restart() { listen(port_); }

  private:
    using Request = server::http::Request;
    using Response = server::http::Response;
    struct Stored {
        std::string body;
        sync::FilingAck ack;
    };

    void listen(int port) {
        namespace http = server::http;
        http::ListenerOptions o;
        o.port = port;
        o.tls = http::TlsIdentity{identity_.key_pem, identity_.cert_pem};
        o.log = [](server::LogLevel, std::string_view) {};
        o.stop_grace = std::chrono::milliseconds{500};
        std::vector<http::Route> routes{
            {"POST", std::string(sync::path_enrol),
             [this](const http::Request& r) { return enrol(r); }},
            {"POST", std::string(sync::path_filings),
             [this](const http::Request& r) { return filing(r); }},
            {"POST", std::string(sync::path_track),
             [this](const http::Request& r) { return track(r); }},
            {"POST", std::string(sync::path_heartbeat),
             [this](const http::Request& r) { return heartbeat(r); }},
        };
        server_.emplace(http::HttpServer::start(std::move(o), std::move(routes)).value());
        port_ = server_->port();
    }

    static Response answer(std::string body, int status = 200) {
        Response r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
    static Response error(Errc code, std::string detail = {}) {
        Error e{code, std::move(detail)};
        return answer(sync::encode_error(e), sync::http_status(code));
    }
    bool authorised(const Request& r) {
        auto t = r.bearer_token();
        return !revoked_ && !token_.empty() && t && *t == token_;
    }

    Response enrol(const Request& r) {
        std::lock_guard lock(mutex_);
        auto req = sync::decode_enrol_request(r.body);
        if (!req) return error(req.error().code, req.error().detail);
        if (used_ || req->enrolment_code != enrolment_code) return error(Errc::enrolment_refused);
        used_ = true;
        token_ = std::string(64, 'c');
        return answer(sync::encode(sync::EnrolReply{kiosk_name, token_}));
    }

    Response filing(const Request& r) {
        std::lock_guard lock(mutex_);
        if (!authorised(r)) return error(Errc::device_refused, kiosk_name);
        auto f = sync::decode_filing(r.body);
        if (!f) return error(f.error().code, f.error().detail);
        if (auto it = stored_.find(f->uuid); it != stored_.end()) {
            if (it->second.body != r.body) return error(Errc::filing_conflict, f->uuid);
            return answer(sync::encode(it->second.ack));
        }
        sync::FilingAck ack{
            f->uuid, domain::CaseNumber{2570, static_cast<int>(order_.size()) + 1},
            std::chrono::year_month_day{std::chrono::sys_days{domain::local_date(f->filed_at)} +
                                        std::chrono::days{15}}};
        stored_.emplace(f->uuid, Stored{r.body, ack});
        order_.push_back(f->uuid);
        return answer(sync::encode(ack));
    }

    Response track(const Request& r) {
        std::lock_guard lock(mutex_);
        if (!authorised(r)) return error(Errc::device_refused, kiosk_name);
        auto code = sync::decode_track_request(r.body);
        if (!code) return error(code.error().code, code.error().detail);
        for (const auto& [uuid, s] : stored_) {
            auto f = sync::decode_filing(s.body);
            if (!f || f->code != *code) continue;
            store::PublicStatus status;
            status.kind = f->draft.kind;
            status.service = f->draft.service;
            status.division = f->draft.division;
            status.filed_at = f->filed_at;
            status.due_date = s.ack.due_date;
            status.timeline = {{domain::Status::received, f->filed_at, ""}};
            return answer(sync::encode(status));
        }
        return error(Errc::unknown_code);
    }

    Response heartbeat(const Request& r) {
        std::lock_guard lock(mutex_);
        if (!authorised(r)) return error(Errc::device_refused, kiosk_name);
        auto b = sync::decode_backlog(r.body);
        if (!b) return error(b.error().code, b.error().detail);
        backlog_ = *b;
        return answer("{}");
    }

    net::ServerIdentity identity_;
    std::mutex mutex_;
    bool used_ = false;
    bool revoked_ = false;
    std::string token_;
    std::map<std::string, Stored> stored_;
    std::vector<std::string> order_;
    std::optional<sync::Backlog> backlog_;
    std::optional<server::http::HttpServer> server_;
    int port_ = 0;
};

}  // namespace siang::testing
