// The one sensitive-text path of the kiosk (SPEC §4.9, issue 10 item 1): how text a citizen typed
// is kept out of memory once the visit is wiped.
#pragma once

#include <cstddef>
#include <functional>

namespace siang {

// The design, in three parts, so that after a wipe no copy of typed text is left anywhere in the
// process (tests/kiosk/wipe_memory_test.cpp searches the whole writable memory for it):
//
// 1. Every freed heap block is zeroed first (zeroing_free.cpp, linked into siang-kiosk only): a
//    std::string temporary of the review screen, a to_display() result, libthai's TIS-620
//    buffers, SQLite's freed pages and ImGui's grown vectors all die zeroed, so no code on the
//    text path has to remember it. What this cannot reach is memory that is still allocated.
// 2. Live memory that outlives one frame and may hold typed text is zeroed where it is kept:
//    the session's strings (kiosk/flow/secure_wipe.hpp), the text edit buffer (TextEdit grows by
//    allocate-copy-zero and zeroes its whole capacity on clear), ImGui's input queue.
// 3. Caches keyed by or holding drawn text (ui::display_text, text_draw's wrapped layouts)
//    register here; the session's wipe calls wipe_sensitive_caches(), which zeroes every entry
//    before dropping it. The store is asked to drop its page cache (Store::release_memory) in
//    the kiosk's housekeeping when a visit ends.
// 4. Short copies (up to 15 bytes: a phone number) live inside std::string objects on the stack;
//    after a wipe the app zeroes the stack its screens used (zero_stack_below).
// Not covered: what the X server, the kernel's input buffers or the GPU driver keep.

// Overwrites `bytes` bytes at `data` with zeros in a way the compiler may not drop
// (sodium_memzero). Null or 0 does nothing.
void zero_memory(void* data, std::size_t bytes);

// Zeroes `bytes` of stack below the caller's frame, where deeper calls (the screens drawn
// before a wipe) left their locals. Call it from a shallow frame; 64 KiB is far below the stack
// limit.
void zero_stack_below(std::size_t bytes = 64 * 1024);

// Test hook: called by zero_memory after zeroing, with the address and length zeroed, while the
// memory still belongs to its owner, so a test can check it safely. Empty = no observer.
using ZeroObserver = std::function<void(const void* data, std::size_t bytes)>;
void set_zero_observer(ZeroObserver observer);

// Registers `wipe` to run at every wipe_sensitive_caches(): it must zero and drop what its cache
// holds. Registered for the life of the process (caches are process-wide statics).
void register_sensitive_cache(std::function<void()> wipe);

// Runs every registered cache's wipe (in registration order). Called by the kiosk session's
// wipe at the end of every visit; safe to call from the UI thread at any time.
void wipe_sensitive_caches();

}  // namespace siang
