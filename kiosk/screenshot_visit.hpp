// The sample visit behind `--screenshot --screen NAME`: flow::walk_to, plus what makes each
// screen look lived-in (a typed answer on the form step, the office's reply on the status).
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/board_source.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "kiosk/flow/slip_printing.hpp"
#include "kiosk/flow/sync_watch.hpp"
#include "store/store.hpp"

namespace siang::kiosk {

// Every citizen `--screen NAME`: the short names below and each flow screen's id with dashes.
std::vector<std::string> citizen_screen_names();

// The flow screen a `--screen NAME` means: the README's short names (form, contact, privacy,
// track, track-mistyped, track-typed, corruption-receipt, corruption-contact,
// corruption-privacy, contact-phone) and every flow screen by its id with dashes
// ("contact-fields").
std::optional<flow::Screen> citizen_screen(std::string name);

// The kind the sample visit files for `--screen NAME`: a corruption complaint for
// corruption-receipt (its receipt shows the corruption register's ทจ number) and
// corruption-contact and corruption-privacy (its contact step, anonymous by default, and the
// privacy notice when contact is given), else the streetlight request.
domain::Kind sample_kind(std::string_view name);

// For `--screen track-mistyped`: on the Track screen, types a code with a wrong check digit and
// enters it, so the screen shows the typing-mistake message over the digits kept for fixing.
void enter_mistyped_code(flow::KioskSession& session, flow::SteadyTime& now);

// The submit port of the `submit-failed` screenshot: every filing fails as on a full disk, so
// the screen shows what a citizen sees then (the answers kept, what to do next).
class FullDiskSubmitPort final : public flow::SubmitPort {
  public:
    explicit FullDiskSubmitPort(std::string path) : path_(std::move(path)) {}
    Result<flow::Filing> submit(const domain::Draft&) override {
        return fail(Errc::store_full, path_);
    }

  private:
    std::string path_;
};

// --- the kiosk over the office server (issue 11 item 6), drawn without a server ---------------

// The `--screen` states of a kiosk filing into an outbox: receipt-unnumbered (the office's
// number did not come within the wait), submitting-numbering (filed, waiting for the number),
// track-checking (the office is being asked), track-unreachable, track-in-outbox (the code's
// filing still waits in the outbox), attract-sync and attract-sync-failing (the staff's sync
// indicator), attract-board (the information board's counts), enrolment and enrolment-refused (the staff-only enrolment screen).
bool is_office_state(std::string_view name);
// The enrolment screen's states, drawn before any session exists.
bool is_enrolment_state(std::string_view name);

// Files for real through `real` but hands the receipt over without its case number, as an
// outbox does before the office's acknowledgement; the number never comes.
class UnnumberedSubmitPort final : public flow::SubmitPort {
  public:
    explicit UnnumberedSubmitPort(flow::SubmitPort& real) : real_(real) {}
    Result<flow::Filing> submit(const domain::Draft& validated) override {
        auto f = real_.submit(validated);
        if (f) f->number.reset();
        return f;
    }
    std::optional<domain::CaseNumber> case_number(const flow::Filing&) override {
        return std::nullopt;
    }

  private:
    flow::SubmitPort& real_;
};

// The office's answer for the tracking states: none yet (checking), unreachable, or the code's
// filing still in the outbox.
class OfficeStateTrackPort final : public flow::TrackPort {
  public:
    explicit OfficeStateTrackPort(std::string state) : state_(std::move(state)) {}
    std::optional<Result<flow::TrackAnswer>> look_up(const domain::TrackingCode& code) override;

  private:
    std::string state_;
};

// --- the receipt's printed slip (issue 13), drawn with a stand-in printer -------------------

// The `--screen receipt-slip-STATE` states: printing (still at it when the picture is taken),
// printed (take your slip, print again offered), printed-again (the one reprint done, no more
// offered), tap (auto_print off: the print button), and the printer's problems paper-out,
// cover-open, offline, no-answer and lost (it stopped in the middle of the slip).
inline constexpr const char* slip_states[] = {"printing",  "printed",    "printed-again",
                                              "tap",       "paper-out",  "cover-open",
                                              "offline",   "no-answer",  "lost"};

// The slip of a `--screen receipt-slip-STATE` screenshot: a stand-in printer (printing holds
// its slip until this is destroyed; printed, printed-again and tap print; the others fail with
// the printer_failed detail PrintSlip reports for that problem) and the state it left, settled
// before the picture: shown the receipt (auto-printing unless tap), waited for at most a second,
// printed again for printed-again. Hand slips() to CitizenApp::print_slips.
class ScreenshotSlips {
  public:
    // nullptr unless `screen` is a slip state and `session` shows a receipt.
    static std::unique_ptr<ScreenshotSlips> for_screen(std::string_view screen,
                                                       const flow::KioskSession& session);
    explicit ScreenshotSlips(std::string state);
    ~ScreenshotSlips();
    ScreenshotSlips(const ScreenshotSlips&) = delete;
    ScreenshotSlips& operator=(const ScreenshotSlips&) = delete;

    flow::SlipPrinting& slips() { return *slips_; }

  private:
    std::shared_ptr<std::atomic<bool>> release_ = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<flow::SlipPrinting> slips_;
};

// The configuration a `--screen` state needs: the number's wait (none for receipt-unnumbered,
// long enough for submitting-numbering to stay on screen).
void adjust_config_for(std::string_view name, config::Config& config);

// For attract-sync(-failing): what the outbox would report.
flow::SyncReading sync_reading_for(std::string_view name);

// For attract-board: the information board as the office would report it (fiscal year 2570,
// 128 received, 97 completed, drawn at 10:42 on the screenshot's day), the same on every run.
class StandInBoard final : public BoardSource {
  public:
    std::optional<sync::KioskBoard> update(bool on_attract) override;
};

// What a screenshot on its own scratch store files with (issue 10 item 12), so the receipt and
// the track result are the same on every run: the wall-clock time of the filing (20 Nov 2026,
// 10:00 in Bangkok; the office's replies follow it) and the tracking code, for
// StoreSubmitPort's clock and Store::set_code_source_for_screenshots. Never for a real visit.
domain::TimePoint screenshot_filed_at();
domain::TrackingCode screenshot_code();

// Drives `session` to `target` with the sample visit and returns false when it cannot get
// there. details, when and contact_fields show their sample answers (reached back from the
// next step or the review); submit_failed needs a session over a FullDiskSubmitPort; track_result
// shows a case that the office has taken up and replied to through `store`.
bool walk_for_screenshot(flow::KioskSession& session, store::Store& store, flow::Screen target,
                         flow::SteadyTime& now, domain::Kind kind = domain::Kind::eservice);

// The `--help-note` values: the staff note as the citizen sees it after "call staff".
inline constexpr const char* help_note_states[] = {"none", "called", "acknowledged", "badge",
                                                   "failed"};

// For `--help-note STATE`: presses call staff on the current screen, tells the session the
// office has seen it for acknowledged and badge, and for badge lets the note's full time pass;
// for failed, that the call could not be recorded.
// Returns false for an unknown state.
bool show_help_note(flow::KioskSession& session, std::string_view state, flow::SteadyTime& now);

// walk_for_screenshot with the staff note in `note_state` (show_help_note) on the target. On the
// still-there prompt, which any tap dismisses, staff are called on the details step before the
// citizen goes idle.
bool walk_with_help_note(flow::KioskSession& session, store::Store& store, flow::Screen target,
                         flow::SteadyTime& now, domain::Kind kind, std::string_view note_state);

// After walk_for_screenshot: the states of a screen that need more than reaching it, for
// `--screen NAME` receipt-confirm-done (Done tapped), receipt-expiring (12 s before the
// receipt's timeout), corruption-privacy (contact given on the corruption contact step),
// track-typed (a whole valid code typed on Track, not yet checked) and scan-confirm (a code
// scanned on the form: "open this case?"). Returns false when the state was not reached; true
// for other names.
bool settle_for_screenshot(flow::KioskSession& session, std::string_view name,
                           flow::SteadyTime& now);

}  // namespace siang::kiosk
