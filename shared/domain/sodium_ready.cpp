// One-time libsodium initialisation shared by tracking codes and the code key.
#include "domain/sodium_ready.hpp"

#include <sodium.h>

#include <cstdlib>

namespace siang::domain {

void ensure_sodium() {
    // A function-local static runs sodium_init exactly once even when threads race.
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready) std::abort();
}

}  // namespace siang::domain
