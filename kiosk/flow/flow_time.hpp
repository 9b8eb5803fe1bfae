// The kiosk flow's clock: a steady clock value passed in by the app, so tests control time.
#pragma once

#include <chrono>

namespace siang::flow {

using SteadyClock = std::chrono::steady_clock;
using SteadyTime = SteadyClock::time_point;

}  // namespace siang::flow
