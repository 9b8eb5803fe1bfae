// Every heap block of the kiosk process is zeroed before glibc takes it back (part 1 of the
// design in sensitive_memory.hpp): linked into siang-kiosk (and its memory test) only.
//
// The executable's own free() and realloc() take the place of glibc's for every library in the
// process (ELF symbol interposition, as any malloc replacement does); they zero the whole usable
// block and hand it to glibc's own __libc_free / __libc_malloc. glibc's internal frees (inside
// libc itself) do not come through here; they hold no text of ours. Off under the sanitizers,
// which bring their own allocator.
#include <malloc.h>
#include <sodium.h>

#include <cstddef>
#include <cstring>

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)

extern "C" {
void* __libc_malloc(std::size_t size);
void __libc_free(void* ptr);

void free(void* ptr) noexcept {
    if (ptr == nullptr) return;
    sodium_memzero(ptr, malloc_usable_size(ptr));
    __libc_free(ptr);
}

// Grows by allocate, copy, zero the old block, free it: glibc's realloc would release the old
// block (or its tail) with the text still in it.
void* realloc(void* ptr, std::size_t size) noexcept {
    if (ptr == nullptr) return __libc_malloc(size);
    if (size == 0) {
        free(ptr);
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(ptr);
    if (size <= usable) return ptr;  // the block already holds it
    void* grown = __libc_malloc(size);
    if (grown == nullptr) return nullptr;  // the old block stays valid, as realloc promises
    std::memcpy(grown, ptr, usable);
    free(ptr);
    return grown;
}
}

#endif
