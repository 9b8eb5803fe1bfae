// One citizen's visit to the kiosk: every screen's state, changed only by intents and time.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "config/config.hpp"
#include "core/error.hpp"
#include "domain/kind.hpp"
#include "domain/submission.hpp"
#include "i18n/catalog.hpp"
#include "kiosk/flow/field.hpp"
#include "kiosk/flow/flow_ports.hpp"
#include "kiosk/flow/flow_time.hpp"
#include "kiosk/flow/form_steps.hpp"
#include "kiosk/flow/intent.hpp"
#include "kiosk/flow/receipt.hpp"
#include "kiosk/flow/screen.hpp"
#include "kiosk/flow/tracking_throttle.hpp"
#include "store/case_views.hpp"

namespace siang::flow {

// Whether the citizen gives contact data. Corruption complaints start anonymous (SPEC §4.4).
enum class ContactMode { undecided, anonymous, named };

// A "call staff" press, for the app to record as a help request in the store.
struct HelpRequest {
    Screen screen = Screen::attract;  // where the citizen was
    SteadyTime at{};
    // Raised by the kiosk itself rather than a press: what went wrong, as a stable name
    // ("printer_paper_out"); empty for the citizen's "call staff".
    std::string problem = {};
};

// Where a help request comes from, as the store and the office server record it: the screen id,
// and the problem after a '-' when the kiosk raised it ("receipt-printer_paper_out"; at most 32
// characters of a-z, 0-9, '_' and '-', as server/api/help.cpp accepts).
inline std::string help_place(const HelpRequest& r) {
    std::string place(screen_id(r.screen));
    if (!r.problem.empty()) place += "-" + r.problem;
    return place;
}

// What the kiosk tells the citizen after "call staff" (SPEC §4.10, issue 9 item 2): the call
// went out, or the office has seen it and someone is on the way; or (issue 10 item 2) the call
// could not be recorded, so nobody is coming: ask at the counter.
enum class HelpNote { none, called, acknowledged, failed };

struct HelpNoteView {
    HelpNote note = HelpNote::none;
    // The note has shown in full for timeouts.help_note_s: it is a small badge in the bar now.
    bool badge = false;
};

// A field's visible counter: user-perceived characters against the SPEC §3 limit. Over the
// limit the text is kept as typed and Next refuses it; nothing is silently cut.
struct CharCounter {
    std::size_t count = 0;
    std::size_t limit = 0;  // 0 = no counter (chosen, not typed)
    bool over() const { return limit != 0 && count > limit; }
};

// The brain of the citizen kiosk (SPEC §4). Screens read its state and turn taps into intents;
// the app passes the steady clock to handle() and tick(), so tests drive a whole visit without
// a window and with time under their control.
//
// Choices made here:
// - A scanner burst tracks the code from any screen. On a form screen the kiosk first asks
//   "open the status of this case?" over the form (confirming_scan): No forgets the code and
//   leaves the form as it was; Yes tracks it. A half-filled form is kept in memory and Back on
//   the tracking screens returns to the step the citizen left; Home, the inactivity timeout or
//   filing after all wipe it as usual. During a durable commit a burst is ignored.
// - The wrong-code count belongs to the kiosk, not to the visit: a wipe does not reset it.
// - The receipt has no Back, and leaving it asks once (Done or Home, then Home again): its code
//   is the only key of an anonymous case. Every intent there restarts its full time.
// - Explicit Home keeps the language and text size; leaving the receipt (the visit is over) and
//   the timeouts (the citizen left) reset them.
// - Wiping zeroes every string buffer the session owns (see secure_wipe.hpp) and every cache
//   registered with core/sensitive_memory.hpp (the UI's drawn-text caches); the kiosk process
//   zeroes every freed heap block, which covers the copies validate_draft and SQLite make.
// How long before the receipt's timeout the receipt warns, with a countdown.
inline constexpr std::chrono::seconds receipt_warning{15};

class KioskSession {
  public:
    // `submit` and `track` must outlive the session. The attract screen shows at `now`.
    KioskSession(config::Config config, SubmitPort& submit, TrackPort& track, SteadyTime now);
    ~KioskSession();
    KioskSession(const KioskSession&) = delete;
    KioskSession& operator=(const KioskSession&) = delete;

    // Applies what the citizen did at `now`; every intent also counts as a touch. Intents that
    // make no sense on the current screen are ignored. Text inside the intent is zeroed once
    // copied, so pass it with std::move. On the still-there prompt any intent just continues
    // (a scanner burst continues and is then handled).
    void handle(Intent intent, SteadyTime now);

    // Lets time pass: runs a pending submission (the app draws the submitting screen first),
    // picks up the office's case number and a tracking answer that came in the background
    // (and gives up on the answer after timeouts.track_wait_s),
    // ends an elapsed wrong-code pause, shows the still-there prompt after the inactivity
    // timeout, wipes everything when its countdown ends and sends the receipt home.
    void tick(SteadyTime now);

    // The next time tick() has something to do, for the frame pacer to sleep until; `now` of the
    // last call when a submission is pending; nullopt when only an intent can change anything.
    std::optional<SteadyTime> next_deadline() const;

    // --- what the screens draw -------------------------------------------------------------

    Screen screen() const { return screen_; }
    // The screen under the still-there prompt (the current screen otherwise).
    Screen resume_screen() const { return screen_ == Screen::still_there ? resume_ : screen_; }
    // The kind being filed; nullopt outside the form.
    std::optional<domain::Kind> kind() const { return kind_; }
    // "2 of 6" on the numbered form steps, for the screen under the prompt too.
    std::optional<StepIndicator> step() const;
    // A field's current text (service/division: the chosen code).
    const std::string& text(Field f) const;
    CharCounter counter(Field f) const;
    ContactMode contact_mode() const { return contact_mode_; }
    bool privacy_acknowledged() const { return privacy_acknowledged_; }
    // True while a step is open from the review screen: Next and Back return to review.
    bool editing_from_review() const { return editing_from_review_; }
    // What went wrong on this screen (field check, submission, wrong code); shown with
    // citizen_message(error, screen, lang). Cleared when the screen changes or the field is edited.
    const std::optional<Error>& error() const { return error_; }
    // The receipt after a durable commit (on the receipt screen, and on the submitting screen
    // while it waits for the case number); null on every other screen.
    const Receipt* receipt() const { return receipt_ ? &*receipt_ : nullptr; }
    // True while the filing is committed and the submitting screen waits, at most
    // timeouts.case_number_wait_ms, for the office's case number before the receipt shows.
    bool awaiting_case_number() const { return awaiting_number_; }
    // True when the status shown on track_result is a filing still in this kiosk's outbox
    // ("received, being sent to the office"): only its dates are known.
    bool track_in_outbox() const { return track_in_outbox_; }
    // The public status found for a code; null unless on track_result.
    const store::PublicStatus* track_result() const {
        return track_result_ ? &*track_result_ : nullptr;
    }
    // True when a half-filled form waits behind the tracking screens.
    bool has_kept_form() const { return track_return_.has_value(); }
    // Codes that may still be tried before the pause.
    int attempts_left() const { return throttle_.attempts_left(); }
    // True while the receipt asks whether the code was written down or photographed.
    bool confirming_done() const { return confirming_done_; }
    // True while a scanned code waits for "open the status of this case?" over a form screen.
    bool confirming_scan() const { return !scanned_.empty(); }
    // True in the receipt's last receipt_warning before its timeout: the screen warns with the
    // countdown; any tap extends the receipt back to its full time.
    bool receipt_expiring(SteadyTime now) const;
    // Whole seconds left on the screen's countdown: the still-there prompt, the wrong-code
    // pause, the receipt; 0 elsewhere.
    int seconds_left(SteadyTime now) const;
    // When seconds_left() next changes, so the app redraws the countdown once a second and not
    // more; nullopt when the screen has no running countdown.
    std::optional<SteadyTime> next_countdown_tick(SteadyTime now) const;
    i18n::Lang lang() const { return lang_; }
    bool large_text() const { return large_text_; }
    // True after "call staff" until the visit ends: the screens say someone is coming.
    bool staff_called() const { return staff_called_; }
    // The help request not yet recorded by the app; taking it clears it.
    std::optional<HelpRequest> take_help_request();
    // The staff note at `now`: none before "call staff"; called; acknowledged once
    // staff_acknowledged() was told; a badge help_note_s after the last of these. Reset by the
    // wipe at the end of a visit.
    HelpNoteView help_note(SteadyTime now) const;
    // The office has acknowledged the help request (the app polls its help port). Not a touch:
    // the inactivity timer runs on. Ignored when no call is open.
    void staff_acknowledged(SteadyTime now);
    // The help request could not be recorded (HelpWatch): the note says to ask at the counter,
    // in full, until the citizen calls again or the visit ends. Not a touch. Ignored when no
    // call is open or the office has already seen it.
    void help_call_failed(SteadyTime now);
    // The receipt slip could not be printed (issue 13): `problem` is the printer's state name
    // ("paper_out", "cover_open", "offline", "no_answer", "lost"). The receipt then waits for a
    // tap before its home timeout runs (the code stays on screen), and a help request naming
    // the problem ("printer_paper_out") is raised for the app to record. Not a touch. Ignored
    // off the receipt.
    void slip_failed(std::string_view problem, SteadyTime now);
    // True once after the citizen tapped "print" or "print again" on the receipt (the app
    // prints, flow::SlipPrinting); taking it clears it.
    bool take_slip_print_request() { return std::exchange(slip_print_requested_, false); }
    // True while the receipt waits for a tap after a failed slip.
    bool receipt_held() const { return receipt_held_; }
    // True once after each visit ends (home, the receipt's timeout, the still-there wipe): the
    // quiet moment for housekeeping such as the store's WAL checkpoint. Taking it clears it.
    bool take_visit_ended() { return std::exchange(visit_ended_, false); }
    const config::Config& config() const { return config_; }

  private:
    void on(const intent::Touch&, SteadyTime now);
    void on(const intent::ChooseKind& i, SteadyTime now);
    void on(const intent::Next&, SteadyTime now);
    void on(const intent::Back&, SteadyTime now);
    void on(const intent::GoHome&, SteadyTime now);
    void on(const intent::EditField& i, SteadyTime now);
    void on(intent::SetText& i, SteadyTime now);
    void on(const intent::ChooseAnonymous&, SteadyTime now);
    void on(const intent::ChooseGiveContact&, SteadyTime now);
    void on(const intent::AcknowledgePrivacy&, SteadyTime now);
    void on(const intent::Submit&, SteadyTime now);
    void on(const intent::Retry&, SteadyTime now);
    void on(const intent::StartTracking&, SteadyTime now);
    void on(const intent::OpenInformation&, SteadyTime now);
    void on(intent::EnterCode& i, SteadyTime now);
    void on(intent::ScannerBurst& i, SteadyTime now);
    void on(const intent::ToggleLanguage&, SteadyTime now);
    void on(const intent::ToggleLargeText&, SteadyTime now);
    void on(const intent::CallStaff&, SteadyTime now);
    void on(const intent::Done&, SteadyTime now);
    void on(const intent::BackToCode&, SteadyTime now);
    void on(const intent::PrintSlip&, SteadyTime now);
    void on(const intent::OpenScanned&, SteadyTime now);
    void on(const intent::KeepFilling&, SteadyTime now);

    SteadyTime idle_until() const;                      // when the still-there prompt is due
    SteadyTime receipt_until() const;                   // when the receipt goes home
    SteadyTime help_note_badge_at() const;              // when the staff note becomes a badge
    std::optional<SteadyTime> screen_deadline() const;  // next_deadline() without the note
    std::optional<SteadyTime> countdown_end() const;    // of the screen's countdown, if any
    void go(Screen s, SteadyTime now);
    void show_error(Error err);
    void clear_error();
    void start_kind(domain::Kind k, SteadyTime now);
    void next_step(SteadyTime now);
    void choose_anonymous(SteadyTime now);
    void give_contact(SteadyTime now);
    void begin_submit(SteadyTime now);
    void run_submit(SteadyTime now);
    void start_tracking(SteadyTime now);
    void look_up(std::string_view typed, SteadyTime now);
    void on_track_answer(Result<TrackAnswer> answer, SteadyTime now);
    void show_receipt(SteadyTime now);
    void refresh_case_number();
    void wrong_code(Error err, SteadyTime now);
    void leave_tracking(SteadyTime now);
    void drop_receipt();
    void drop_track_result();
    void wipe_form();
    void wipe_all(bool keep_preferences, SteadyTime now);
    std::string& field_buffer(Field f);
    template <class Self>
    static auto& buffer_of(Self& self, Field f);

    config::Config config_;
    SubmitPort& submit_port_;
    TrackPort& track_port_;

    Screen screen_ = Screen::attract;
    Screen resume_ = Screen::attract;
    SteadyTime now_{};
    SteadyTime last_activity_{};
    SteadyTime screen_since_{};
    SteadyTime prompt_until_{};

    std::optional<domain::Kind> kind_;
    domain::Draft draft_;
    std::string when_text_;
    std::string code_text_;
    ContactMode contact_mode_ = ContactMode::undecided;
    bool privacy_acknowledged_ = false;
    bool editing_from_review_ = false;
    std::optional<domain::Draft> validated_;
    bool submit_pending_ = false;
    bool awaiting_number_ = false;
    SteadyTime number_until_{};
    SteadyTime track_until_{};
    bool track_in_outbox_ = false;

    std::optional<Error> error_;
    std::optional<Receipt> receipt_;
    std::optional<store::PublicStatus> track_result_;
    std::optional<Screen> track_return_;
    TrackingThrottle throttle_;

    i18n::Lang lang_ = i18n::Lang::th;
    bool large_text_ = false;
    bool staff_called_ = false;
    bool staff_acknowledged_ = false;
    bool help_call_failed_ = false;
    SteadyTime help_note_since_{};
    std::optional<HelpRequest> help_request_;
    bool visit_ended_ = false;
    bool confirming_done_ = false;
    bool receipt_held_ = false;
    bool slip_print_requested_ = false;  // a failed slip: the receipt's timeout waits for a tap
    std::string scanned_;  // a burst waiting for the citizen's yes (zeroed when dropped)
};

}  // namespace siang::flow
