// The idle lock's clock arithmetic.
#include "office/console/idle_lock.hpp"

namespace siang::office {

void IdleLock::activity(Clock::time_point now) {
    if (!locked_) last_ = now;
}

bool IdleLock::locked(Clock::time_point now) {
    if (!locked_ && now - last_ >= timeout_) locked_ = true;
    return locked_;
}

void IdleLock::unlock(Clock::time_point now) {
    locked_ = false;
    last_ = now;
}

}  // namespace siang::office
