// The session's ports implemented over a store::Store.
#pragma once

#include <functional>
#include <string>

#include "domain/thai_calendar.hpp"
#include "kiosk/flow/flow_ports.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "store/store.hpp"

namespace siang::flow {

// Files through Store::submit with the kiosk's name as the actor and the wall-clock time from
// `wall_clock` (the system clock unless a test sets one). The store must outlive the port.
class StoreSubmitPort final : public SubmitPort {
  public:
    using WallClock = std::function<domain::TimePoint()>;
    StoreSubmitPort(store::Store& store, std::string kiosk_name, WallClock wall_clock = {});
    Result<Filing> submit(const domain::Draft& validated) override;

  private:
    store::Store& store_;
    std::string kiosk_name_;
    WallClock wall_clock_;
};

// Looks codes up through Store::find_by_code. The store must outlive the port.
class StoreTrackPort final : public TrackPort {
  public:
    explicit StoreTrackPort(store::Store& store) : store_(store) {}
    // Always answers at once.
    std::optional<Result<TrackAnswer>> look_up(const domain::TrackingCode& code) override;

  private:
    store::Store& store_;
};

// Records "call staff" presses in the store's help_requests table, which the office console polls
// (SPEC §4.10), with the kiosk's name, the screen the citizen was on (flow::screen_id) and the
// wall-clock time. The store must outlive the port.
class StoreHelpPort final : public HelpPort {
  public:
    using WallClock = StoreSubmitPort::WallClock;
    StoreHelpPort(store::Store& store, std::string kiosk_name, WallClock wall_clock = {});
    // The request's id in the store; the store's error (busy, full, corrupt) otherwise.
    Result<std::int64_t> record(const HelpRequest& request) override;
    // Store::help_request_acknowledged: one indexed read, no transaction held.
    Result<bool> acknowledged(std::int64_t id) override;

  private:
    store::Store& store_;
    std::string kiosk_name_;
    WallClock wall_clock_;
};

}  // namespace siang::flow
