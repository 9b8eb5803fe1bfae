// The session's ports implemented over a store::Store.
#pragma once

#include <functional>
#include <string>

#include "domain/thai_calendar.hpp"
#include "kiosk/flow/flow_ports.hpp"
#include "store/store.hpp"

namespace siang::flow {

// Files through Store::submit with the kiosk's name as the actor and the wall-clock time from
// `wall_clock` (the system clock unless a test sets one). The store must outlive the port.
class StoreSubmitPort final : public SubmitPort {
  public:
    using WallClock = std::function<domain::TimePoint()>;
    StoreSubmitPort(store::Store& store, std::string kiosk_name, WallClock wall_clock = {});
    Result<store::Filed> submit(const domain::Draft& validated) override;

  private:
    store::Store& store_;
    std::string kiosk_name_;
    WallClock wall_clock_;
};

// Looks codes up through Store::find_by_code. The store must outlive the port.
class StoreTrackPort final : public TrackPort {
  public:
    explicit StoreTrackPort(store::Store& store) : store_(store) {}
    Result<store::PublicStatus> find_by_code(const domain::TrackingCode& code) override;

  private:
    store::Store& store_;
};

}  // namespace siang::flow
