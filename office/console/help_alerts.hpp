// Help requests from kiosks as console alerts: cheap polling, new-arrival detection, acknowledge.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "office/console/office_client.hpp"
#include "store/store.hpp"

namespace siang::office {

// The alert's sentence: the kiosk's name and the local time it called, nothing else.
std::string help_alert_text(const store::HelpRequest& request, i18n::Lang lang);

class HelpAlerts {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds poll_interval{2};

    // Reads the open requests when a poll is due (or `force`); returns true when one arrived
    // that this console has not seen before (time for the alert sound). One indexed read, no
    // transaction held afterwards.
    Result<bool> poll(OfficeClient& client, Clock::time_point now, bool force = false);
    // When the next poll is due (for the frame pacer's wake-up).
    Clock::time_point next_poll() const { return next_poll_; }

    // The requests not yet acknowledged by anyone, oldest first.
    const std::vector<store::HelpRequest>& open() const { return open_; }

    // Marks a request handled by `actor` (audited, with `audit_detail`) and drops it from the
    // list.
    Result<void> acknowledge(OfficeClient& client, std::int64_t id, std::string_view actor,
                             std::string_view audit_detail = "");

  private:
    std::vector<store::HelpRequest> open_;
    std::int64_t highest_seen_ = 0;
    Clock::time_point next_poll_{};
};

}  // namespace siang::office
