// Where the attract screen's information board gets this fiscal year's counts (issue 14 item 3):
// over the office server, OfficeBoard (kiosk/office_board.hpp) fetching on its own thread.
#pragma once

#include <optional>

#include "sync/kiosk_board.hpp"

namespace siang::kiosk {

struct BoardSource {
    virtual ~BoardSource() = default;
    // On the UI thread each frame, at once (never a network wait): whether the attract screen is
    // showing (coming back to it asks for fresh counts), and the counts last fetched; none
    // before the office first answered. A failed fetch keeps the last ones, with their time.
    virtual std::optional<sync::KioskBoard> update(bool on_attract) = 0;
};

}  // namespace siang::kiosk
