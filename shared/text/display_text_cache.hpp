// A bounded memo of to_display() results, so text drawn every frame is converted once.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace siang::text {

// Maps logical UTF-8 text to its display text (to_display), keeping the `capacity` most recently
// used entries. Lookups lock a mutex, so several threads may share one cache.
class DisplayTextCache {
  public:
    // capacity: how many distinct strings to keep (at least 1).
    explicit DisplayTextCache(std::size_t capacity = 4096);

    // The display text of `utf8`, converted on first use. The reference stays valid until
    // `capacity` other distinct strings have been looked up or clear() is called, which is
    // long enough to hand it to the renderer in the same frame.
    const std::string& get(std::string_view utf8);

    // Number of entries held now.
    std::size_t size() const;

    // Drops every entry (e.g. after a language switch, to free memory at once). Every entry is
    // zeroed before it is released, as an evicted one is: the cache sees what citizens typed.
    void clear();

  private:
    using Lru = std::list<std::pair<std::string, std::string>>;  // most recent first
    static void zero(Lru::value_type& entry);

    std::size_t capacity_;
    mutable std::mutex mutex_;
    Lru entries_;
    std::unordered_map<std::string_view, Lru::iterator> index_;  // keys view into entries_
};

}  // namespace siang::text
