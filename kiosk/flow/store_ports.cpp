// Submit and track ports over the SQLite store.
#include "kiosk/flow/store_ports.hpp"

#include <utility>

#include "kiosk/flow/secure_wipe.hpp"

namespace siang::flow {

StoreSubmitPort::StoreSubmitPort(store::Store& store, std::string kiosk_name, WallClock wall_clock)
    : store_(store), kiosk_name_(std::move(kiosk_name)), wall_clock_(std::move(wall_clock)) {}

namespace {

domain::TimePoint wall_now(const StoreSubmitPort::WallClock& clock) {
    return clock ? clock() : std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

}  // namespace

Result<Filing> StoreSubmitPort::submit(const domain::Draft& validated) {
    auto filed = store_.submit(validated, wall_now(wall_clock_), kiosk_name_);
    if (!filed) return std::unexpected(std::move(filed.error()));
    Filing f{{}, filed->number, filed->code, filed->filed_at, filed->due_date};
    wipe_bytes(filed->code.digits.data(), filed->code.digits.size());
    return f;
}

std::optional<Result<TrackAnswer>> StoreTrackPort::look_up(const domain::TrackingCode& code) {
    auto found = store_.find_by_code(code);
    if (!found) return Result<TrackAnswer>(std::unexpected(std::move(found.error())));
    return Result<TrackAnswer>(TrackAnswer{std::move(*found), false});
}

StoreHelpPort::StoreHelpPort(store::Store& store, std::string kiosk_name, WallClock wall_clock)
    : store_(store), kiosk_name_(std::move(kiosk_name)), wall_clock_(std::move(wall_clock)) {}

Result<std::int64_t> StoreHelpPort::record(const HelpRequest& request) {
    return store_.add_help_request(kiosk_name_, wall_now(wall_clock_), help_place(request));
}

Result<bool> StoreHelpPort::acknowledged(std::int64_t id) {
    return store_.help_request_acknowledged(id);
}

}  // namespace siang::flow
