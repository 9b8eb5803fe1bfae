// Least-recently-used memo of display text.
#include "text/display_text_cache.hpp"

#include <algorithm>

#include "core/sensitive_memory.hpp"
#include "text/thai_display.hpp"

namespace siang::text {

void DisplayTextCache::zero(Lru::value_type& entry) {
    // The whole buffers (capacity, not size), so a short string in the in-object buffer goes too.
    zero_memory(entry.first.data(), entry.first.capacity());
    zero_memory(entry.second.data(), entry.second.capacity());
}

DisplayTextCache::DisplayTextCache(std::size_t capacity)
    : capacity_(std::max<std::size_t>(capacity, 1)) {}

const std::string& DisplayTextCache::get(std::string_view utf8) {
    const std::lock_guard lock(mutex_);
    if (const auto found = index_.find(utf8); found != index_.end()) {
        entries_.splice(entries_.begin(), entries_, found->second);
        return found->second->second;
    }
    if (entries_.size() >= capacity_) {
        index_.erase(entries_.back().first);
        zero(entries_.back());
        entries_.pop_back();
    }
    entries_.emplace_front(std::string(utf8), to_display(utf8));
    // The key view points into the list node, which never moves while the entry lives.
    index_.emplace(entries_.front().first, entries_.begin());
    return entries_.front().second;
}

std::size_t DisplayTextCache::size() const {
    const std::lock_guard lock(mutex_);
    return entries_.size();
}

void DisplayTextCache::clear() {
    const std::lock_guard lock(mutex_);
    index_.clear();
    for (auto& entry : entries_) zero(entry);
    entries_.clear();
}

}  // namespace siang::text
