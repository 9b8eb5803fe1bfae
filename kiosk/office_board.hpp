// The information board's counts fetched from the office (GET /api/v1/kiosk/board) on a thread of
// their own: every few minutes and when the kiosk comes back to the attract screen, never more
// often than a minute apart, and the frame loop woken only when the numbers changed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "kiosk/board_source.hpp"
#include "kiosk/office_ports.hpp"

namespace siang::kiosk {

inline constexpr std::chrono::seconds board_refresh_every{300};
// Coming back to attract fetches again only when the counts are at least this old, so a citizen
// walking in and out costs the office nothing.
inline constexpr std::chrono::seconds board_refresh_soonest{60};

class OfficeBoard final : public BoardSource {
  public:
    using Clock = std::chrono::steady_clock;
    // `make_link` as the other ports' (made on the board's thread, again after a transport
    // failure); `wake` is called from that thread when fetched counts differ from the last.
    OfficeBoard(LinkMaker make_link, Wake wake, Clock::duration every = board_refresh_every,
                Clock::duration soonest = board_refresh_soonest);
    ~OfficeBoard() override;
    OfficeBoard(const OfficeBoard&) = delete;
    OfficeBoard& operator=(const OfficeBoard&) = delete;

    std::optional<sync::KioskBoard> update(bool on_attract) override;
    // How many fetches have finished (answered or failed), for tests.
    int fetches() const;

  private:
    void run();
    LinkMaker make_link_;
    Wake wake_;
    Clock::duration every_;
    Clock::duration soonest_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::optional<sync::KioskBoard> latest_;
    Clock::time_point next_fetch_;
    std::optional<Clock::time_point> last_fetch_;
    bool poked_ = false;
    bool stopping_ = false;
    bool was_on_attract_ = true;  // UI thread only
    int fetches_ = 0;
    std::thread thread_;  // last: started once the rest is set
};

}  // namespace siang::kiosk
