// The information board's fetching thread: sleeps until the next refresh or a poke, asks the
// office, keeps the last good answer, and wakes the frame loop only for new numbers.
#include "kiosk/office_board.hpp"

#include <utility>

namespace siang::kiosk {

OfficeBoard::OfficeBoard(LinkMaker make_link, Wake wake, Clock::duration every,
                         Clock::duration soonest)
    : make_link_(std::move(make_link)),
      wake_(std::move(wake)),
      every_(every),
      soonest_(soonest),
      next_fetch_(Clock::now()),
      thread_([this] { run(); }) {}

OfficeBoard::~OfficeBoard() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    ready_.notify_all();
    thread_.join();  // a fetch under way ends within the link's timeouts
}

std::optional<sync::KioskBoard> OfficeBoard::update(bool on_attract) {
    std::lock_guard lock(mutex_);
    if (on_attract && !was_on_attract_ &&
        (!last_fetch_ || Clock::now() - *last_fetch_ >= soonest_)) {
        poked_ = true;
        ready_.notify_one();
    }
    was_on_attract_ = on_attract;
    return latest_;
}

int OfficeBoard::fetches() const {
    std::lock_guard lock(mutex_);
    return fetches_;
}

void OfficeBoard::run() {
    std::unique_ptr<sync::OfficeLink> link;  // this thread's alone
    std::unique_lock lock(mutex_);
    for (;;) {
        ready_.wait_until(lock, next_fetch_, [&] { return stopping_ || poked_; });
        if (stopping_) return;
        if (!poked_ && Clock::now() < next_fetch_) continue;  // woken early for nothing
        poked_ = false;
        lock.unlock();
        Result<sync::KioskBoard> got = fail(Errc::not_enrolled, "no link");
        if (!link && make_link_) {
            if (auto made = make_link_()) link = std::move(*made);
        }
        if (link) {
            got = link->board();
            if (!got && got.error().code == Errc::server_unreachable) link.reset();
        }
        lock.lock();
        const auto now = Clock::now();
        last_fetch_ = now;
        next_fetch_ = now + every_;
        ++fetches_;
        // Offline or refused: the last counts stay, with the time they were drawn.
        if (!got) continue;
        const bool changed = !latest_ || !latest_->same_counts(*got);
        latest_ = *got;
        if (changed && wake_) {
            lock.unlock();
            wake_();
            lock.lock();
        }
    }
}

}  // namespace siang::kiosk
