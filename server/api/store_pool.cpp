// The office API's pool of Store connections.
#include "server/api/store_pool.hpp"

namespace siang::server::api {

Result<std::unique_ptr<StorePool>> StorePool::open(const std::string& path,
                                                   const store::OpenOptions& options,
                                                   std::size_t size) {
    auto pool = std::make_unique<StorePool>();
    for (std::size_t i = 0; i < size; ++i) {
        auto s = store::Store::open(path, options);
        if (!s) return std::unexpected(s.error());
        pool->free_.push_back(std::make_unique<store::Store>(std::move(*s)));
    }
    return pool;
}

StorePool::Lease StorePool::borrow() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [&] { return !free_.empty(); });
    auto s = std::move(free_.back());
    free_.pop_back();
    ++lent_;
    return Lease(*this, std::move(s));
}

void StorePool::give_back(std::unique_ptr<store::Store> s) {
    {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(s));
        --lent_;
    }
    returned_.notify_all();
}

void StorePool::close() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [&] { return lent_ == 0; });
    free_.clear();
}

}  // namespace siang::server::api
