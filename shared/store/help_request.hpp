// A kiosk's "call staff" request as the console sees it (SPEC §4.10, §6).
#pragma once

#include <cstdint>
#include <string>

#include "domain/thai_calendar.hpp"

namespace siang::store {

struct HelpRequest {
    std::int64_t id = 0;
    std::string kiosk;  // the kiosk's configured name, e.g. "kiosk-1"
    domain::TimePoint at{};
    // The kiosk screen the citizen called from (flow::screen_id: "review"); empty when the
    // kiosk did not say (requests from before issue 10).
    std::string screen;
};

}  // namespace siang::store
