// The one thread that writes kiosk filings: handlers hand it a filing and wait; it takes
// everything queued (up to a bound) into one Store::accept_filings call, so many concurrent
// kiosks share one fsync (group commit), and answers each only after that commit.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/error.hpp"
#include "store/store.hpp"

namespace siang::server::api {

class FilingWriter {
  public:
    struct Limits {
        std::size_t max_batch = 256;   // filings per transaction
        std::size_t max_queue = 4096;  // waiting filings before new ones get store_busy
    };
    // Takes `store` (its own connection) and starts the thread. `now` gives the server's time
    // for each batch (tests fix it); `committed`, when set, is called on the writer's thread
    // after each batch that wrote something (the live events' notify_change).
    FilingWriter(store::Store store, Limits limits, std::function<domain::TimePoint()> now,
                 std::function<void()> committed = {});
    ~FilingWriter();  // stop()
    FilingWriter(const FilingWriter&) = delete;
    FilingWriter& operator=(const FilingWriter&) = delete;

    // Queues a filing; the future is ready once its batch committed (or failed). A full queue or
    // a stopped writer answers store_busy at once, so the kiosk resends later.
    std::future<Result<store::AcceptedFiling>> submit(store::IncomingFiling filing);

    // Writes what is queued, answers it and ends the thread; later submits get store_busy.
    void stop();

  private:
    struct Job {
        store::IncomingFiling filing;
        std::promise<Result<store::AcceptedFiling>> answer;
    };
    void run();

    store::Store store_;
    Limits limits_;
    std::function<domain::TimePoint()> now_;
    std::function<void()> committed_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<Job> queue_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace siang::server::api
