// The background uploader: the outbox's filings to the office in order, until acknowledged.
#include "sync/uploader.hpp"

#include <sodium.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace siang::sync {

namespace {

using SteadyClock = std::chrono::steady_clock;

domain::TimePoint now_seconds() {
    return std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
}

// Errors of the transport rather than of the server's answer: the link is made again, so a
// server that came back (or a certificate fixed) is met with a fresh connection.
bool transport_failed(Errc code) {
    return code == Errc::server_unreachable || code == Errc::server_untrusted;
}

}  // namespace

struct Uploader::Impl {
    std::string dir;
    LinkFactory make_link;
    UploaderOptions options;
    Changed changed;

    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool notified = false;
    std::thread thread;

    // The loop's own state: only the uploader's thread touches it.
    std::optional<Outbox> outbox;
    std::unique_ptr<OfficeLink> link;
    std::chrono::milliseconds backoff_cap{};
    bool refused = false;  // device_refused: nothing is sent until notify()
    bool sent_since_scrub = false;
    SteadyClock::time_point next_heartbeat{};

    void run();
    void step();
    bool stop_requested() {
        std::lock_guard lock(mutex);
        return stopping;
    }
    // Sleeps until `deadline`, a notify() or stop(); a notify() that came while the thread was
    // busy cuts the next wait short.
    void wait_until(std::optional<SteadyClock::time_point> deadline) {
        std::unique_lock lock(mutex);
        auto ready = [&] { return stopping || notified; };
        if (deadline)
            wake.wait_until(lock, *deadline, ready);
        else
            wake.wait(lock, ready);
        notified = false;
    }
    // Full jitter above the floor: uniform in [first_backoff, cap], the cap doubling after each
    // failure up to max_backoff, so kiosks that lost the server together do not return together.
    void back_off() {
        const auto first = options.first_backoff.count();
        const auto cap = std::max(first, backoff_cap.count());
        const auto span = static_cast<std::uint32_t>(std::min<long long>(cap - first, 0xFFFFFFF));
        const auto delay = std::chrono::milliseconds{first + randombytes_uniform(span + 1)};
        backoff_cap =
            std::min(options.max_backoff, std::max(options.first_backoff, backoff_cap * 2));
        wait_until(SteadyClock::now() + delay);
    }
    void tell() {
        if (changed) changed();
    }
    Result<OfficeLink*> ensure_link();
    void heartbeat_if_due();
};

Result<OfficeLink*> Uploader::Impl::ensure_link() {
    if (link) return link.get();
    auto credential = outbox->credential();
    if (!credential) return std::unexpected(credential.error());
    auto made = make_link(*credential);
    if (!made) return std::unexpected(made.error());
    link = std::move(*made);
    return link.get();
}

void Uploader::Impl::heartbeat_if_due() {
    if (SteadyClock::now() < next_heartbeat) return;
    next_heartbeat = SteadyClock::now() + options.heartbeat;
    auto backlog = outbox->status();
    if (!backlog) return;  // the outbox's own trouble shows at the next filing
    auto l = ensure_link();
    if (!l) return;
    auto sent = (*l)->report_backlog({backlog->pending, backlog->quarantined});
    if (sent) return;
    if (sent.error().code == Errc::device_refused) {
        refused = true;
        link.reset();
        tell();
    } else if (transport_failed(sent.error().code)) {
        link.reset();
    }
    // Any other refusal of a heartbeat changes nothing: the next one tells the office again.
}

void Uploader::Impl::step() {
    if (!outbox) {
        auto opened = Outbox::open(dir);
        if (!opened) return back_off();
        outbox.emplace(std::move(*opened));
    }
    if (refused) {
        wait_until(std::nullopt);
        refused = stop_requested();
        return;
    }
    auto next = outbox->next_pending();
    if (!next) return back_off();
    if (!*next) {
        // Drained: the acknowledged filings' content leaves the log too, and the office hears
        // the backlog is empty now rather than at the next heartbeat.
        if (sent_since_scrub) {
            sent_since_scrub = !outbox->scrub().has_value();
            next_heartbeat = SteadyClock::now();
        }
        heartbeat_if_due();
        if (refused) return;
        return wait_until(next_heartbeat);
    }
    const PendingFiling& filing = **next;
    auto l = ensure_link();
    Result<FilingAck> answer =
        l ? (*l)->send_filing(filing.body) : Result<FilingAck>(std::unexpected(l.error()));
    if (answer && answer->uuid == filing.uuid) {
        // Success is this acknowledgement alone. Should recording it fail, the filing stays
        // pending and is sent again: the office answers a resend with the same case number.
        if (auto r = outbox->acknowledge(*answer, now_seconds()); !r) return back_off();
        backoff_cap = options.first_backoff;
        sent_since_scrub = true;
        tell();
        return;
    }
    const Error why =
        answer ? Error{Errc::server_failed, "acknowledgement of another filing"} : answer.error();
    if (refused_for_good(why.code)) {
        // Out of the queue; the filings behind it go on at once.
        // Should recording it fail, the next step sends it again and the office refuses again.
        (void)outbox->quarantine(filing.uuid, why);
        tell();
        return;
    }
    // Should recording the attempt fail, the filing is still pending all the same.
    (void)outbox->note_attempt_failed(filing.uuid, why);
    tell();
    if (why.code == Errc::device_refused) {
        refused = true;
        link.reset();
        return;
    }
    if (transport_failed(why.code)) {
        link.reset();
    } else {
        // The office answers but cannot take filings now (busy, disk full): it still learns
        // how many wait here. (Filings themselves go without a heartbeat before them.)
        heartbeat_if_due();
    }
    back_off();
}

void Uploader::Impl::run() {
    backoff_cap = options.first_backoff;
    while (!stop_requested()) {
        try {
            step();
        } catch (...) {
            // A link or callback that threw: the filing is still pending; try again later.
            link.reset();
            back_off();
        }
    }
    link.reset();
    outbox.reset();
}

Uploader::Uploader(std::string outbox_dir, LinkFactory make_link, UploaderOptions options,
                   Changed changed)
    : impl_(std::make_unique<Impl>()) {
    // For the jitter (randombytes). It cannot fail where the outbox opens, and Outbox::open
    // reports it if it does.
    [[maybe_unused]] const int sodium = sodium_init();
    impl_->dir = std::move(outbox_dir);
    impl_->make_link = std::move(make_link);
    // A zero backoff would spin on a server that is down.
    options.first_backoff = std::max(options.first_backoff, std::chrono::milliseconds{1});
    options.max_backoff = std::max(options.max_backoff, options.first_backoff);
    impl_->options = options;
    impl_->changed = std::move(changed);
    impl_->thread = std::thread([impl = impl_.get()] { impl->run(); });
}

Uploader::~Uploader() {
    stop();
}

void Uploader::notify() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->notified = true;
    }
    impl_->wake.notify_all();
}

void Uploader::stop() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
    }
    impl_->wake.notify_all();
    if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace siang::sync
