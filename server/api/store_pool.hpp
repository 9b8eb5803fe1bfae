// A small bounded pool of Store connections for the office API's handlers other than filing
// (the filing writer owns its own): a handler borrows one, several handlers run at once.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "core/error.hpp"
#include "store/store.hpp"

namespace siang::server::api {

class StorePool {
  public:
    // Opens `size` connections to the store at `path`. Errors: Store::open's.
    static Result<std::unique_ptr<StorePool>> open(const std::string& path,
                                                   const store::OpenOptions& options,
                                                   std::size_t size);

    // A borrowed connection, returned to the pool when the lease goes.
    class Lease {
      public:
        Lease(StorePool& pool, std::unique_ptr<store::Store> s) : pool_(&pool), s_(std::move(s)) {}
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease() {
            if (s_) pool_->give_back(std::move(s_));
        }
        // Gives the connection back before the lease goes: a handler must never hold one while
        // borrowing another (notify_change does), or four handlers could wait on each other.
        void release() {
            if (s_) pool_->give_back(std::move(s_));
        }
        store::Store& operator*() { return *s_; }
        store::Store* operator->() { return s_.get(); }

      private:
        StorePool* pool_;
        std::unique_ptr<store::Store> s_;
    };

    // Waits for a free connection (handlers hold one only for a few statements).
    Lease borrow();
    // Closes every connection; waits for those lent out. No borrow() after it.
    void close();

  private:
    void give_back(std::unique_ptr<store::Store> s);
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<store::Store>> free_;
    std::size_t lent_ = 0;
};

}  // namespace siang::server::api
