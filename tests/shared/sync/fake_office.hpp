// An office server in memory for the outbox and uploader tests: it keeps filings by uuid as the
// real one does (a resend gets the first answer, other content under the same uuid is a
// conflict), and a script of faults makes the link fail the way a network does.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "sync/office_link.hpp"
#include "sync/outbox.hpp"
#include "sync/uploader.hpp"

namespace siang::sync::testing {

// What one call of send_filing does, in script order; when the script is empty, `otherwise`.
enum class Fault {
    none,        // answered normally
    cut_before,  // server_unreachable, the request never reached the server
    cut_after,   // the server committed, the answer was lost: server_unreachable
    busy,        // 503 store_busy, nothing committed
    device_refused,
    wrong_uuid,  // an acknowledgement naming another filing
};

class FakeOffice {
  public:
    // The server's side of a filing: the ack, or filing_conflict for the same uuid with other
    // content (and what it decodes to, for the tests).
    Result<FilingAck> receive(std::string_view body) {
        auto f = decode_filing(body);
        if (!f) return std::unexpected(f.error());
        auto it = by_uuid_.find(f->uuid);
        if (it != by_uuid_.end()) {
            if (it->second.body != body) return fail(Errc::filing_conflict, f->uuid);
            return it->second.ack;
        }
        FilingAck ack{f->uuid, domain::CaseNumber{2570, ++last_sequence_},
                      std::chrono::year_month_day{std::chrono::sys_days{} + std::chrono::days{1}}};
        by_uuid_.emplace(f->uuid, Stored{std::string(body), ack});
        order_.push_back(f->uuid);
        return ack;
    }

    Result<FilingAck> send(std::string_view body) {
        std::lock_guard lock(mutex_);
        ++calls_;
        Fault fault = otherwise_;
        if (!script_.empty()) {
            fault = script_.front();
            script_.pop_front();
        }
        switch (fault) {
            case Fault::none:
                return receive(body);
            case Fault::cut_before:
                return fail(Errc::server_unreachable, "127.0.0.1:1");
            case Fault::cut_after:
                if (auto r = receive(body); !r) return r;
                return fail(Errc::server_unreachable, "127.0.0.1:1");
            case Fault::busy:
                return fail(Errc::store_busy, "office.db");
            case Fault::device_refused:
                return fail(Errc::device_refused, "kiosk-1");
            case Fault::wrong_uuid: {
                auto r = receive(body);
                if (r) r->uuid = misdirected_;
                return r;
            }
        }
        return fail(Errc::internal, "fault");
    }

    // Puts a filing at the server as another kiosk's bytes under the same uuid would be.
    void seed(const std::string& uuid, std::string other_body) {
        std::lock_guard lock(mutex_);
        by_uuid_.emplace(uuid, Stored{std::move(other_body), {}});
    }
    void script(std::initializer_list<Fault> faults) {
        std::lock_guard lock(mutex_);
        script_.insert(script_.end(), faults);
    }
    void misdirect_to(std::string uuid) {
        std::lock_guard lock(mutex_);
        misdirected_ = std::move(uuid);
    }
    void otherwise(Fault f) {
        std::lock_guard lock(mutex_);
        otherwise_ = f;
    }
    std::vector<std::string> order() {
        std::lock_guard lock(mutex_);
        return order_;
    }
    int calls() {
        std::lock_guard lock(mutex_);
        return calls_;
    }
    std::vector<Backlog> heartbeats() {
        std::lock_guard lock(mutex_);
        return heartbeats_;
    }
    void heartbeat(const Backlog& b) {
        std::lock_guard lock(mutex_);
        heartbeats_.push_back(b);
    }
    int links_made = 0;  // written by the factory on the uploader's thread, read after stop()

  private:
    struct Stored {
        std::string body;
        FilingAck ack;
    };
    std::mutex mutex_;
    std::map<std::string, Stored> by_uuid_;
    std::vector<std::string> order_;
    std::vector<Backlog> heartbeats_;
    std::deque<Fault> script_;
    Fault otherwise_ = Fault::none;
    std::string misdirected_ = "00000000-0000-4000-8000-000000000000";
    int last_sequence_ = 0;
    int calls_ = 0;
};

class FakeLink final : public OfficeLink {
  public:
    explicit FakeLink(FakeOffice& office) : office_(office) {}
    Result<FilingAck> send_filing(std::string_view body) override { return office_.send(body); }
    Result<store::PublicStatus> track(const domain::TrackingCode&) override {
        return fail(Errc::unknown_code);
    }
    Result<std::int64_t> call_help(std::string_view) override { return 1; }
    Result<bool> help_acknowledged(std::int64_t) override { return false; }
    Result<void> report_backlog(const Backlog& backlog) override {
        office_.heartbeat(backlog);
        return {};
    }

  private:
    FakeOffice& office_;
};

inline Uploader::LinkFactory links_to(FakeOffice& office) {
    return [&office](const DeviceCredential&) -> Result<std::unique_ptr<OfficeLink>> {
        ++office.links_made;
        return std::unique_ptr<OfficeLink>(std::make_unique<FakeLink>(office));
    };
}

// Backoff short enough for a test to see several attempts.
inline UploaderOptions quick_retries() {
    return {.first_backoff = std::chrono::milliseconds{1},
            .max_backoff = std::chrono::milliseconds{20},
            .heartbeat = std::chrono::seconds{60}};
}

// Polls `ok` every few milliseconds for at most `limit`: whether it came true.
template <class Pred>
bool eventually(Pred&& ok, std::chrono::milliseconds limit = std::chrono::milliseconds{20000}) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (ok()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds{3});
    }
    return ok();
}

inline DeviceCredential test_credential() {
    return {.url = "https://127.0.0.1:1",
            .fingerprint = std::string(64, 'a'),
            .kiosk = "kiosk-1",
            .token = std::string(64, 'b')};
}

}  // namespace siang::sync::testing
