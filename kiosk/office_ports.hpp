// The session's ports over the office server (SPEC §9): filing into the local outbox, tracking
// and help requests asked of the office on a background thread, so no frame waits on the network.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "domain/directory.hpp"
#include "kiosk/flow/flow_ports.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "sync/office_link.hpp"
#include "sync/outbox.hpp"

namespace siang::kiosk {

// Wakes the frame loop from another thread (ui::Platform::wake); must be quick.
using Wake = std::function<void()>;
// Makes this port's own link to the office, on the port's thread (OfficeClient::connect with
// the outbox's credential); called again after it failed.
using LinkMaker = std::function<Result<std::unique_ptr<sync::OfficeLink>>()>;

// One thread running posted jobs in order; the destructor drops the jobs not started, waits
// for the one running (bounded by the link's timeouts) and joins.
class BackgroundWorker {
  public:
    BackgroundWorker();
    ~BackgroundWorker();
    BackgroundWorker(const BackgroundWorker&) = delete;
    BackgroundWorker& operator=(const BackgroundWorker&) = delete;
    void post(std::function<void()> job);

  private:
    void run();
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_;
    bool stopping_ = false;
    std::thread thread_;
};

// Files into the outbox: a durable local commit (the fsync the citizen waits for on the
// submitting screen), then `notify` (Uploader::notify) so the upload starts at once. The case
// number is read from the outbox, where the uploader writes the office's acknowledgement.
// `outbox` and `directory` must outlive the port; the outbox connection is the UI thread's own.
class OutboxSubmitPort final : public flow::SubmitPort {
  public:
    using WallClock = std::function<domain::TimePoint()>;
    OutboxSubmitPort(sync::Outbox& outbox, const domain::Directory& directory,
                     std::function<void()> notify, WallClock wall_clock = {});
    // Outbox::file's errors (store_full, store_busy, store_failed: nothing filed).
    Result<flow::Filing> submit(const domain::Draft& validated) override;
    // Outbox::case_number_of: one indexed read; nullopt while pending or when the read fails.
    std::optional<domain::CaseNumber> case_number(const flow::Filing& filing) override;

  private:
    sync::Outbox& outbox_;
    const domain::Directory& directory_;
    std::function<void()> notify_;
    WallClock wall_clock_;
};

// A code's filing still waiting in the outbox (Outbox::find_pending on the UI thread's
// connection): answered locally, at once.
using PendingLookup =
    std::function<Result<std::optional<sync::Receipt>>(const domain::TrackingCode&)>;

// Tracking through the office (rate-limited there per kiosk). A code still in the outbox is
// answered at once ("received, being sent"); any other goes to the port's thread, and its answer
// (the status, unknown_code, rate_limited, server_unreachable...) waits for take_answer() after
// `wake`. Only the newest lookup's answer counts; forget() drops one still coming.
class OfficeTrackPort final : public flow::TrackPort {
  public:
    OfficeTrackPort(PendingLookup pending, LinkMaker make_link, Wake wake);
    ~OfficeTrackPort() override;
    std::optional<Result<flow::TrackAnswer>> look_up(const domain::TrackingCode& code) override;
    std::optional<Result<flow::TrackAnswer>> take_answer() override;
    void forget() override;

  private:
    struct Shared;
    PendingLookup pending_;
    std::shared_ptr<Shared> shared_;
    BackgroundWorker worker_;  // last: joined before the rest goes
};

// "Call staff" through the office (kiosk → server → every console). record() answers at once
// with the kiosk's own id and sends in the background; a send that fails is reported by
// record_failed() (the citizen is told to ask at the counter). acknowledged() says what the
// last reply said and asks again in the background.
class OfficeHelpPort final : public flow::HelpPort {
  public:
    OfficeHelpPort(LinkMaker make_link, Wake wake);
    ~OfficeHelpPort() override;
    Result<std::int64_t> record(const flow::HelpRequest& request) override;
    Result<bool> acknowledged(std::int64_t id) override;
    std::optional<Error> record_failed(std::int64_t id) override;

  private:
    struct Shared;
    std::shared_ptr<Shared> shared_;
    BackgroundWorker worker_;  // last: joined before the rest goes
};

}  // namespace siang::kiosk
