// The locked console (issue 9 item 4): the password field, and the kiosks' help requests with
// their alert and sound, and nothing of any case.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "office/console/console_session.hpp"
#include "office/console/help_alerts.hpp"

namespace siang::office {

// Everything the lock screen shows, as text: the view draws exactly this. It holds no case, no
// queue, no case number and no subject, and the model has no way to read one.
struct LockContent {
    std::string title;  // "screen locked"
    std::string hint;   // whose password unlocks it
    struct Alert {
        std::int64_t id = 0;  // the help request, for acknowledge()
        std::string text;     // kiosk name and the time it called (help_alert_text)
    };
    std::vector<Alert> alerts;  // oldest first
    // help_unreadable_text() while the help requests cannot be read; empty otherwise.
    std::string help_problem;
};

// The lock screen's model over the session and the help alerts. The help poll keeps running
// while locked, so a citizen's call is seen and heard at a locked desk.
//
// Acknowledging from the lock screen needs no password: it says only "someone is coming" to
// the kiosk, and the lock screen already shows the kiosk and the time, so it reveals nothing
// the locked screen does not. Asking for the password first would keep the citizen waiting
// while whoever is nearest types it, or stop a colleague from answering at all. The
// acknowledgement is audited under the signed-in user with the detail "lock_screen", so the
// log says it came from a locked console; unlocking still needs that user's password.
class LockScreen {
  public:
    using Clock = HelpAlerts::Clock;
    LockScreen(ConsoleSession& session, HelpAlerts& help) : session_(session), help_(help) {}

    // Polls the kiosks' help requests when due (HelpAlerts::poll); true when one arrived that
    // this console has not seen: the view plays the alert tone.
    Result<bool> poll(Clock::time_point now);
    // What to show, in `lang`. Call only while someone is signed in.
    LockContent content(i18n::Lang lang) const;
    // Acknowledges help request `id` without unlocking (see above).
    Result<void> acknowledge(std::int64_t id);
    // The signed-in user's password unlocks (ConsoleSession::unlock).
    Result<void> unlock(std::string_view password, Clock::time_point now);
    // Signs out from the lock screen; the next user signs in afresh.
    void log_out() { session_.log_out(); }

  private:
    ConsoleSession& session_;
    HelpAlerts& help_;
};

}  // namespace siang::office
