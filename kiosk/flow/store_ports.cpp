// Submit and track ports over the SQLite store.
#include "kiosk/flow/store_ports.hpp"

#include <utility>

namespace siang::flow {

StoreSubmitPort::StoreSubmitPort(store::Store& store, std::string kiosk_name, WallClock wall_clock)
    : store_(store), kiosk_name_(std::move(kiosk_name)), wall_clock_(std::move(wall_clock)) {}

Result<store::Filed> StoreSubmitPort::submit(const domain::Draft& validated) {
    const domain::TimePoint now =
        wall_clock_ ? wall_clock_()
                    : std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    return store_.submit(validated, now, kiosk_name_);
}

Result<store::PublicStatus> StoreTrackPort::find_by_code(const domain::TrackingCode& code) {
    return store_.find_by_code(code);
}

}  // namespace siang::flow
