// The background uploader (SPEC §9): sends an outbox's filings in order over one kept-alive
// link, with backoff and jitter; only the server's acknowledgement counts as sent.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "sync/office_link.hpp"
#include "sync/outbox.hpp"

namespace siang::sync {

struct UploaderOptions {
    std::chrono::milliseconds first_backoff{500};
    std::chrono::milliseconds max_backoff{30000};
    std::chrono::seconds heartbeat{60};  // how often the backlog is reported while idle
};

// Runs on its own thread with its own Outbox connection and link, from construction until
// stop() or destruction. After any doubt (no answer, a cut, a 5xx) it resends the same bytes;
// a refusal for good (refused_for_good) quarantines that filing and goes on with the next;
// device_refused stops uploading until notify(). State lives in the outbox, so a restart resumes.
class Uploader {
  public:
    using LinkFactory = std::function<Result<std::unique_ptr<OfficeLink>>(const DeviceCredential&)>;
    // Called on the uploader's thread after each acknowledgement, quarantine or failure (the
    // kiosk wakes its frame pacer from it); must be quick and must not throw.
    using Changed = std::function<void()>;

    Uploader(std::string outbox_dir, LinkFactory make_link, UploaderOptions options = {},
             Changed changed = {});
    ~Uploader();  // stop()
    Uploader(const Uploader&) = delete;
    Uploader& operator=(const Uploader&) = delete;

    // A filing was committed: try now instead of at the end of the backoff.
    void notify();
    // Finishes the attempt in flight (bounded by the link's timeouts) and joins the thread.
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace siang::sync
