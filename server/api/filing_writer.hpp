// The one thread that writes kiosk filings: handlers hand it a filing and wait; it takes
// everything queued (up to a bound) into one Store::accept_filings call, so many concurrent
// kiosks share one fsync (group commit), and answers each only after that commit. A second
// thread copies the write-ahead log into the database beside it, so no filing waits for that.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
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
        // Batches between two checkpoints by the checkpointer (about 30 pages each alone).
        std::size_t checkpoint_every = 16;
    };
    // Takes `store` (its own connection) and starts the thread. `now` gives the server's time
    // for each batch (tests fix it). With `checkpointer` (a second connection to the same file;
    // both opened with OpenOptions::defer_checkpoints), its thread runs Store::checkpoint()
    // after every `checkpoint_every` batches: the copy of the log and the database's fsync then
    // happen beside the filings instead of inside every ~35th commit (SPEC §10's p99), and the
    // log, fully copied, is reused from its start, so commits overwrite it instead of growing it.
    // `committed`, when set, is called on the writer's thread after each batch that wrote
    // something (the live events' notify_change).
    FilingWriter(store::Store store, Limits limits, std::function<domain::TimePoint()> now,
                 std::optional<store::Store> checkpointer = std::nullopt,
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
    void run_checkpoints();

    store::Store store_;
    Limits limits_;
    std::function<domain::TimePoint()> now_;
    std::function<void()> committed_;
    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<Job> queue_;
    bool stopping_ = false;
    std::thread thread_;

    std::optional<store::Store> checkpointer_;
    std::condition_variable checkpoint_due_;
    bool checkpoint_wanted_ = false;  // under mutex_
    std::thread checkpoint_thread_;
};

}  // namespace siang::server::api
