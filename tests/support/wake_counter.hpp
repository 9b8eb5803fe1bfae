// The console's wake-up as a test sees it: OfficeClient::set_wake's callback counted, and a wait
// that checks a condition at every wake (what the console's frame pacer does), bounded.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace siang::testing {

class WakeCounter {
  public:
    using Clock = std::chrono::steady_clock;

    void wake() {
        {
            std::lock_guard lock(mutex_);
            ++wakes_;
        }
        cv_.notify_all();
    }
    int count() {
        std::lock_guard lock(mutex_);
        return wakes_;
    }
    // Checks `done` now and after every wake until it holds (true) or `bound` passed (false).
    template <class F>
    bool wait_until(F done, std::chrono::milliseconds bound) {
        const auto end = Clock::now() + bound;
        std::unique_lock lock(mutex_);
        for (;;) {
            const int seen = wakes_;
            lock.unlock();
            const bool ok = done();
            lock.lock();
            if (ok) return true;
            if (!cv_.wait_until(lock, end, [&] { return wakes_ != seen; })) return false;
        }
    }

  private:
    std::mutex mutex_;
    std::condition_variable cv_;
    int wakes_ = 0;
};

}  // namespace siang::testing
