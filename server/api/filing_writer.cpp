// The filing writer's thread: batches of queued filings, one transaction each; and its
// checkpointer's thread.
#include "server/api/filing_writer.hpp"

namespace siang::server::api {

FilingWriter::FilingWriter(store::Store store, Limits limits,
                           std::function<domain::TimePoint()> now,
                           std::optional<store::Store> checkpointer,
                           std::function<void()> committed)
    : store_(std::move(store)),
      limits_(limits),
      now_(std::move(now)),
      committed_(std::move(committed)),
      checkpointer_(std::move(checkpointer)) {
    if (checkpointer_) checkpoint_thread_ = std::thread([this] { run_checkpoints(); });
    thread_ = std::thread([this] { run(); });
}

FilingWriter::~FilingWriter() {
    stop();
}

std::future<Result<store::AcceptedFiling>> FilingWriter::submit(store::IncomingFiling filing) {
    Job job{std::move(filing), {}};
    auto answer = job.answer.get_future();
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || queue_.size() >= limits_.max_queue) {
            job.answer.set_value(fail(Errc::store_busy, "filing queue"));
            return answer;
        }
        queue_.push_back(std::move(job));
    }
    queued_.notify_one();
    return answer;
}

void FilingWriter::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_one();
    if (thread_.joinable()) thread_.join();
    checkpoint_due_.notify_one();
    if (checkpoint_thread_.joinable()) checkpoint_thread_.join();
}

void FilingWriter::run_checkpoints() {
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            checkpoint_due_.wait(lock, [&] { return stopping_ || checkpoint_wanted_; });
            if (!checkpoint_wanted_)
                return;  // stopping: closing the last connection copies the rest
            checkpoint_wanted_ = false;
        }
        // PASSIVE: copies what readers allow and never blocks the writer. A checkpoint that
        // fails (a busy moment) is made up by the next one, and SQLite's own bound of 10000
        // pages is behind both, so nothing is lost by not reporting it.
        (void)checkpointer_->checkpoint();
    }
}

void FilingWriter::run() {
    std::vector<Job> batch;
    std::vector<store::IncomingFiling> filings;
    std::size_t since_checkpoint = 0;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, and everything answered
            // No waiting for more: while one batch commits, the next one gathers in the queue,
            // so batches grow with the load and a lone filing is never held back.
            while (!queue_.empty() && batch.size() < limits_.max_batch) {
                batch.push_back(std::move(queue_.front()));
                queue_.pop_front();
            }
        }
        filings.clear();
        for (auto& j : batch) filings.push_back(std::move(j.filing));
        auto out = store_.accept_filings(filings, now_());
        if (out && committed_) committed_();
        if (checkpointer_ && ++since_checkpoint >= limits_.checkpoint_every) {
            since_checkpoint = 0;
            {
                std::lock_guard lock(mutex_);
                checkpoint_wanted_ = true;
            }
            checkpoint_due_.notify_one();
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (!out)
                batch[i].answer.set_value(std::unexpected(out.error()));
            else
                batch[i].answer.set_value(std::move((*out)[i]));
        }
        batch.clear();
    }
}

}  // namespace siang::server::api
