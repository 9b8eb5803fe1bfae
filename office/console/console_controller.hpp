// The console's one place where state changes (SPEC §6): views read it and return intents;
// apply() carries them out through the session's and the desks' models, over one OfficeClient.
#pragma once

#include <chrono>
#include <string>

#include "i18n/catalog.hpp"
#include "office/console/admin_desk.hpp"
#include "office/console/case_desk.hpp"
#include "office/console/console_intent.hpp"
#include "office/console/console_session.hpp"
#include "office/console/console_views.hpp"
#include "office/console/help_alerts.hpp"
#include "office/console/ita_statistics.hpp"
#include "office/console/kiosk_watch.hpp"
#include "office/console/link_banner.hpp"
#include "office/console/lock_screen.hpp"
#include "office/console/office_client.hpp"
#include "office/console/queue_model.hpp"

namespace siang::office {

// What the console is told at start: names, where exports go, the QR prefix of a new code.
struct ConsoleSettings {
    std::string municipality_th;
    std::string municipality_en;
    std::string export_directory = ".";
    std::string tracking_base_url;  // the QR prefix of a reissued code, as on the receipt
    // The server as this console reaches it: a new kiosk's enrolment when the client's answer
    // leaves them out (a store client knows no URL).
    std::string server_url;
    std::string server_fingerprint;
};

// What a frame must do besides drawing (prepare_frame's answer).
struct FrameNeeds {
    bool chime = false;                               // a help request arrived: play the alert tone
    std::chrono::steady_clock::time_point wake_at{};  // the next timer the pacer must honour
};

class ConsoleController {
  public:
    using Clock = std::chrono::steady_clock;

    // `client` must outlive the controller.
    ConsoleController(OfficeClient& client, domain::Directory directory,
                      ConsoleSettings settings = {});
    ConsoleController(const ConsoleController&) = delete;
    ConsoleController& operator=(const ConsoleController&) = delete;

    // Before the frame is drawn: idle time (`input`: the frame carries the staff member's
    // input), the help poll (locked or not: a locked desk still hears a call), and every model
    // the current view shows brought up to date with the store's change counter (issue 9
    // item 15). A read that fails says so in the band (load_error()).
    FrameNeeds prepare_frame(Clock::time_point now, bool input);

    // Carries out one intent; its outcome is in the view's message or load_error().
    void apply(const Intent& intent, Clock::time_point now);
    void apply(const Intents& intents, Clock::time_point now) {
        for (const Intent& i : intents) apply(i, now);
    }

    // --- what views read ---
    i18n::Lang lang() const { return lang_; }
    void set_lang(i18n::Lang lang) { lang_ = lang; }
    const std::string& municipality() const;
    const ConsoleSettings& settings() const { return settings_; }
    const ConsoleSession& session() const { return session_; }
    // Signed in with the idle lock on, as prepare_frame() (or Lock) found it.
    bool locked() const { return locked_; }
    ViewId view() const { return view_; }
    const QueueModel& queue() const { return queue_; }
    const CaseDesk& desk() const { return desk_; }
    const ItaStatistics& stats() const { return stats_; }
    const AuditLogPage& audit() const { return audit_; }
    const UsersDesk& users() const { return users_; }
    const HelpAlerts& help() const { return help_; }
    const KioskWatch& kiosks() const { return kiosks_; }
    // The kiosks needing attention (admin; read with the kiosks panel and every minute): the
    // banner's sentence, empty when none.
    const std::string& kiosk_alert() const { return kiosk_alert_; }
    // The server-down banner (issue 12 item 3), from the client's link_state this frame.
    LinkBanner link_banner() const { return office::link_banner(link_, lang_); }
    // The lock screen's whole content: nothing of any case.
    LockContent lock_content() const { return lock_.content(lang_); }
    // A store error while loading or acting, as a sentence; empty when none.
    const std::string& load_error() const { return load_error_; }
    // Until then the help banner flashes (also when there is no sound).
    Clock::time_point flash_until() const { return flash_until_; }
    // The current view's message for the reserved band: load_error() first.
    BandMessage band_message() const;

    // Per-view state: views edit only their fields' widget state (console_views.hpp).
    LoginView& login_view() { return login_; }
    LockView& lock_view() { return lock_view_; }
    QueueView& queue_view() { return queue_view_; }
    DetailView& detail_view() { return detail_; }
    StatsView& stats_view() { return stats_view_; }
    UsersView& users_view() { return users_view_; }
    const DetailView& detail_view() const { return detail_; }
    const StatsView& stats_view() const { return stats_view_; }
    const UsersView& users_view() const { return users_view_; }
    KiosksView& kiosks_view() { return kiosks_view_; }
    const KiosksView& kiosks_view() const { return kiosks_view_; }

    // --- screenshots only (office/screenshot_setup.cpp) ---
    void enter_for_screenshot(const staff::StaffUser& user, Clock::time_point now);
    void preview_issued(IssuedCode code) { desk_.preview_issued(std::move(code)); }
    // Shows `link` instead of the client's (the server-down banner's screenshot).
    void preview_link(LinkState link) { link_preview_ = std::move(link); }
    OfficeClient& client() { return client_; }

  private:
    void show_view(ViewId view);
    void open_case(const domain::CaseNumber& number);
    void after_logout();
    void say(BandMessage& to, const Result<void>& r, const char* done_key);
    // An error the whole console answers: session_expired locks the screen (typed text kept,
    // the password opens a new session); true when it was one.
    bool session_ended(const Error& e);
    void load_failed(const Error& e);  // session_ended, else the band's load_error
    void read_kiosks(domain::TimePoint now);
    void sync_issued_qr();
    void refresh_queue();  // a new filter, sort or page is fetched at once
    std::string error_text(const Error& e) const;

    OfficeClient& client_;
    ConsoleSettings settings_;
    i18n::Lang lang_ = i18n::Lang::th;
    ConsoleSession session_;
    QueueModel queue_;
    CaseDesk desk_;
    ItaStatistics stats_;
    AuditLogPage audit_;
    UsersDesk users_;
    HelpAlerts help_;
    LockScreen lock_{session_, help_};

    ViewId view_ = ViewId::queue;
    LoginView login_;
    LockView lock_view_;
    QueueView queue_view_;
    DetailView detail_;
    StatsView stats_view_;
    UsersView users_view_;
    KiosksView kiosks_view_;
    KioskWatch kiosks_;
    std::string kiosk_alert_;
    Clock::time_point kiosks_read_at_{};
    LinkState link_;
    std::optional<LinkState> link_preview_;
    Clock::time_point retry_at_{};  // while the link is down: the next frame that reads
    bool admin_stale_ = true;  // audit/users pages need a reload
    Clock::time_point flash_until_{};
    bool locked_ = false;
    std::string load_error_;
    std::int64_t case_changes_ = 0;  // the store's counter read this frame
};

}  // namespace siang::office
