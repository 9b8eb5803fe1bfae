// Wiping what a citizen typed from memory, not just from the screen (SPEC §4.9).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace siang::flow {

// Overwrites `bytes` bytes at `data` with zeros in a way the compiler may not drop
// (siang::zero_memory, the one zeroing of core/sensitive_memory.hpp).
void wipe_bytes(void* data, std::size_t bytes);

// Zeroes the whole buffer of `s` and empties it. The buffer is data() up to capacity(), not just
// size(): the small-string buffer inside the object (libstdc++ keeps up to 15 bytes there) and a
// heap buffer alike, so text that was longer before a shorter assignment is gone too. Writing
// between size() and capacity() is outside what the standard promises for std::string, but it
// is memory the string owns and libstdc++ never reads it; the capacity is kept, so the next text
// reuses the zeroed buffer.
void wipe(std::string& s);

// Replaces the text of `dst` with `src` without leaving the old text in freed memory: the
// buffer is reused when it is large enough, otherwise the text moves to a new buffer and the old
// one is zeroed before it is released. `src` must not point into `dst`.
void secure_assign(std::string& dst, std::string_view src);

// Appends `src` to `dst` the same way: an old buffer too small to grow in place is zeroed
// before it is released. `src` must not point into `dst`.
void secure_append(std::string& dst, std::string_view src);

// Test hook (core's set_zero_observer): called by wipe_bytes and every zero_memory after zeroing,
// with the address and length zeroed, while the memory still belongs to its owner, so a test can
// check it safely. Empty = no observer.
using WipeObserver = std::function<void(const void* data, std::size_t bytes)>;
void set_wipe_observer(WipeObserver observer);

}  // namespace siang::flow
