// Zeroing string buffers with sodium_memzero before they are cleared or released.
#include "kiosk/flow/secure_wipe.hpp"

#include <algorithm>
#include <utility>

#include "core/sensitive_memory.hpp"

namespace siang::flow {

void wipe_bytes(void* data, std::size_t bytes) {
    zero_memory(data, bytes);
}

void wipe(std::string& s) {
    wipe_bytes(s.data(), s.capacity());
    s.clear();
}

void secure_assign(std::string& dst, std::string_view src) {
    if (src.size() <= dst.capacity()) {
        wipe(dst);
        dst.assign(src);  // fits: no reallocation, the same (zeroed) buffer
        return;
    }
    std::string fresh;
    fresh.reserve(std::max(src.size(), 2 * dst.capacity()));
    fresh.assign(src);
    wipe(dst);
    dst = std::move(fresh);  // releases the old buffer, already zeroed
}

void secure_append(std::string& dst, std::string_view src) {
    const std::size_t needed = dst.size() + src.size();
    if (needed <= dst.capacity()) {
        dst.append(src);
        return;
    }
    std::string fresh;
    fresh.reserve(std::max(needed, 2 * dst.capacity()));
    fresh.assign(dst);
    fresh.append(src);
    wipe(dst);
    dst = std::move(fresh);
}

void set_wipe_observer(WipeObserver o) {
    set_zero_observer(std::move(o));
}

}  // namespace siang::flow
