// Zeroing memory and the registry of caches the wipe clears.
#include "core/sensitive_memory.hpp"

#include <sodium.h>

#include <mutex>
#include <utility>
#include <vector>

namespace siang {
namespace {

struct Registry {
    std::mutex mutex;
    std::vector<std::function<void()>> wipes;
};

Registry& registry() {
    static Registry r;
    return r;
}

ZeroObserver& observer() {
    static ZeroObserver o;
    return o;
}

}  // namespace

void zero_memory(void* data, std::size_t bytes) {
    if (data == nullptr || bytes == 0) return;
    sodium_memzero(data, bytes);
    if (observer()) observer()(data, bytes);
}

[[gnu::noinline]] void zero_stack_below(std::size_t bytes) {
    constexpr std::size_t most = 256 * 1024;
    if (bytes > most) bytes = most;
    // The block alloca returns is the stack just below this frame, where deeper calls ran.
    auto* below = static_cast<unsigned char*>(__builtin_alloca(bytes));
    sodium_memzero(below, bytes);
}

void set_zero_observer(ZeroObserver o) {
    observer() = std::move(o);
}

void register_sensitive_cache(std::function<void()> wipe) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.wipes.push_back(std::move(wipe));
}

void wipe_sensitive_caches() {
    Registry& r = registry();
    std::vector<std::function<void()>> wipes;
    {
        const std::lock_guard lock(r.mutex);
        wipes = r.wipes;  // a cache's wipe may take its own lock; never under this one
    }
    for (const auto& wipe : wipes) wipe();
}

}  // namespace siang
