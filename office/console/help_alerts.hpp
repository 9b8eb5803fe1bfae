// Help requests from kiosks as console alerts: cheap polling, new-arrival detection, acknowledge.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "office/console/office_client.hpp"
#include "store/store.hpp"

namespace siang::office {

// The alert's sentence: the kiosk's name, the local time it called and, when the kiosk said,
// the screen the citizen called from; nothing else. A request the kiosk raised about its receipt
// printer ("receipt-printer_paper_out") names the printer's problem instead, in words.
std::string help_alert_text(const store::HelpRequest& request, i18n::Lang lang);

// Issue 10 item 2: what the console says while it cannot read the help requests (a kiosk may be
// calling unseen).
std::string help_unreadable_text(i18n::Lang lang);

class HelpAlerts {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds poll_interval{2};

    // Reads the open requests when a poll is due (or `force`); returns true when one arrived
    // that this console has not seen before (time for the alert sound). One indexed read, no
    // transaction held afterwards. A failed read is returned and kept (unreadable()) until a
    // later poll succeeds; the last list read stays meanwhile.
    Result<bool> poll(OfficeClient& client, Clock::time_point now, bool force = false);
    // Why the last poll could not read the requests; nullopt once one succeeds. The console
    // shows help_unreadable_text() while this is set, locked or not.
    const std::optional<Error>& unreadable() const { return unreadable_; }
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
    std::optional<Error> unreadable_;
    Clock::time_point next_poll_{};
};

}  // namespace siang::office
