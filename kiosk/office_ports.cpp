// Tracking and help requests asked of the office on a background thread per port.
#include "kiosk/office_ports.hpp"

#include <utility>

#include "kiosk/flow/secure_wipe.hpp"

namespace siang::kiosk {

// --- the worker -----------------------------------------------------------------------------

BackgroundWorker::BackgroundWorker() : thread_([this] { run(); }) {}

BackgroundWorker::~BackgroundWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    ready_.notify_all();
    thread_.join();
}

void BackgroundWorker::post(std::function<void()> job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
}

void BackgroundWorker::run() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        job();
    }
}

namespace {

// The port's link, made on first use on the worker's thread (only that thread touches it).
struct LinkHolder {
    LinkMaker make;
    std::unique_ptr<sync::OfficeLink> link;

    Result<sync::OfficeLink*> get() {
        if (!link) {
            if (!make) return fail(Errc::not_enrolled, "no link");
            auto made = make();
            if (!made) return std::unexpected(std::move(made.error()));
            link = std::move(*made);
        }
        return link.get();
    }
};

void wipe_status(store::PublicStatus& s) {
    flow::wipe(s.service);
    flow::wipe(s.division);
    flow::wipe(s.latest_public_reply);
    for (store::TimelineEntry& e : s.timeline) flow::wipe(e.public_reply);
    s.timeline.clear();
}

}  // namespace

// --- tracking -------------------------------------------------------------------------------

struct OfficeTrackPort::Shared {
    std::mutex mutex;
    std::uint64_t generation = 0;  // the lookup whose answer counts
    std::optional<Result<flow::TrackAnswer>> answer;
    Wake wake;
    LinkHolder link;  // worker thread only

    void drop_answer() {
        if (answer && *answer) wipe_status((*answer)->status);
        answer.reset();
    }
};

OfficeTrackPort::OfficeTrackPort(PendingLookup pending, LinkMaker make_link, Wake wake)
    : pending_(std::move(pending)), shared_(std::make_shared<Shared>()) {
    shared_->wake = std::move(wake);
    shared_->link.make = std::move(make_link);
}

OfficeTrackPort::~OfficeTrackPort() {
    forget();
}

std::optional<Result<flow::TrackAnswer>> OfficeTrackPort::look_up(
    const domain::TrackingCode& code) {
    forget();
    if (pending_) {
        // A filing not yet at the office is known only here; a failed local read just means the
        // office is asked instead.
        if (auto local = pending_(code); local && *local) {
            flow::TrackAnswer a;
            a.status.filed_at = (*local)->filed_at;
            a.status.due_date = (*local)->due_date;
            a.status.status = domain::Status::received;
            a.in_outbox = true;
            flow::wipe_bytes((*local)->code.digits.data(), (*local)->code.digits.size());
            return Result<flow::TrackAnswer>(std::move(a));
        }
    }
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(shared_->mutex);
        generation = shared_->generation;
    }
    worker_.post([shared = shared_, code = code, generation]() mutable {
        Result<flow::TrackAnswer> answer = [&]() -> Result<flow::TrackAnswer> {
            auto link = shared->link.get();
            if (!link) return std::unexpected(std::move(link.error()));
            auto status = (*link)->track(code);
            if (!status) {
                // After a transport failure the next lookup connects afresh.
                if (status.error().code == Errc::server_unreachable) shared->link.link.reset();
                return std::unexpected(std::move(status.error()));
            }
            return flow::TrackAnswer{std::move(*status), false};
        }();
        flow::wipe_bytes(code.digits.data(), code.digits.size());
        {
            std::lock_guard lock(shared->mutex);
            if (generation != shared->generation) {
                if (answer) wipe_status(answer->status);
                return;  // the citizen has moved on
            }
            shared->drop_answer();
            shared->answer = std::move(answer);
        }
        if (shared->wake) shared->wake();
    });
    return std::nullopt;
}

std::optional<Result<flow::TrackAnswer>> OfficeTrackPort::take_answer() {
    std::lock_guard lock(shared_->mutex);
    return std::exchange(shared_->answer, std::nullopt);
}

void OfficeTrackPort::forget() {
    std::lock_guard lock(shared_->mutex);
    ++shared_->generation;
    shared_->drop_answer();
}

// --- help requests --------------------------------------------------------------------------

struct OfficeHelpPort::Shared {
    struct Request {
        std::optional<std::int64_t> office_id;  // once the office has it
        std::optional<Error> failed;            // the send gave up
        bool acknowledged = false;
        bool asking = false;  // a poll is queued or running
    };
    std::mutex mutex;
    std::int64_t next_id = 1;
    std::map<std::int64_t, Request> requests;
    Wake wake;
    LinkHolder link;  // worker thread only
};

OfficeHelpPort::OfficeHelpPort(LinkMaker make_link, Wake wake)
    : shared_(std::make_shared<Shared>()) {
    shared_->wake = std::move(wake);
    shared_->link.make = std::move(make_link);
}

OfficeHelpPort::~OfficeHelpPort() = default;

Result<std::int64_t> OfficeHelpPort::record(const flow::HelpRequest& request) {
    std::int64_t id = 0;
    {
        std::lock_guard lock(shared_->mutex);
        id = shared_->next_id++;
        shared_->requests[id] = {};
    }
    worker_.post([shared = shared_, id, screen = flow::help_place(request)] {
        Result<std::int64_t> sent = [&]() -> Result<std::int64_t> {
            auto link = shared->link.get();
            if (!link) return std::unexpected(std::move(link.error()));
            auto r = (*link)->call_help(screen);
            if (!r && r.error().code == Errc::server_unreachable) shared->link.link.reset();
            return r;
        }();
        {
            std::lock_guard lock(shared->mutex);
            auto& req = shared->requests[id];
            if (sent)
                req.office_id = *sent;
            else
                req.failed = std::move(sent.error());
        }
        if (shared->wake) shared->wake();
    });
    return id;
}

Result<bool> OfficeHelpPort::acknowledged(std::int64_t id) {
    std::lock_guard lock(shared_->mutex);
    auto it = shared_->requests.find(id);
    if (it == shared_->requests.end()) return fail(Errc::not_found, "help request");
    Shared::Request& req = it->second;
    if (req.acknowledged || !req.office_id || req.asking) return req.acknowledged;
    req.asking = true;
    worker_.post([shared = shared_, id, office_id = *req.office_id] {
        bool seen = false;
        if (auto link = shared->link.get()) {
            auto r = (*link)->help_acknowledged(office_id);
            if (r) seen = *r;
            if (!r && r.error().code == Errc::server_unreachable) shared->link.link.reset();
        }
        {
            std::lock_guard answered(shared->mutex);
            auto& asked = shared->requests[id];
            asked.asking = false;
            asked.acknowledged = asked.acknowledged || seen;
        }
        if (seen && shared->wake) shared->wake();
    });
    return false;
}

std::optional<Error> OfficeHelpPort::record_failed(std::int64_t id) {
    std::lock_guard lock(shared_->mutex);
    auto it = shared_->requests.find(id);
    if (it == shared_->requests.end()) return std::nullopt;
    return it->second.failed;
}

}  // namespace siang::kiosk
