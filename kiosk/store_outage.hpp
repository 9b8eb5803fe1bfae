// The kiosk while its store cannot be opened: what the out-of-service screen shows and how often
// the kiosk tries again (SPEC §7: a damaged store gives a clear message and a recovery path).
#pragma once

#include <chrono>
#include <string>

#include "core/error.hpp"
#include "i18n/catalog.hpp"

namespace siang::kiosk {

// How often the kiosk tries to open the store again while it shows the out-of-service screen.
inline constexpr std::chrono::seconds store_retry_interval{30};

// Why the kiosk is out of service; the words come from i18n/store_problem.hpp.
struct StoreOutage {
    Error error;       // from opening the store
    std::string path;  // the store file, for the staff line
    i18n::Lang lang = i18n::Lang::th;
};

}  // namespace siang::kiosk
