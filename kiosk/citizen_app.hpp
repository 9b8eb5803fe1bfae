// The citizen kiosk's frame: scanner first, then the session's time, the screen, its intents,
// and what the frame pacer must do next.
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include "kiosk/board_source.hpp"
#include "kiosk/flow/help_watch.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "kiosk/flow/scanner_burst_detector.hpp"
#include "kiosk/flow/slip_printing.hpp"
#include "kiosk/flow/sync_watch.hpp"
#include "kiosk/screens/view_state.hpp"
#include "ui/app_loop.hpp"

namespace siang::kiosk {

// Larger-text factor of the citizen's toggle (SPEC §4.10): a real step up from a default that is
// already at the size the spec asks (issue 9 item 7).
inline constexpr double citizen_larger_text_scale = 1.4;

class CitizenApp {
  public:
    // Runs when a visit has ended and the kiosk is back home (Store::checkpoint()).
    using Housekeeping = std::function<void()>;

    // `session` and `help` must outlive the app. Each "call staff" press is recorded through
    // `help` (nullptr: not recorded), which is then asked every few seconds whether the office
    // has seen it (flow::HelpWatch); a failed record is logged for the IT person.
    CitizenApp(flow::KioskSession& session, flow::HelpPort* help, Housekeeping on_visit_ended = {});

    // One frame: scanner bursts, session.tick, the current screen, its intents handed to the
    // session, the text size wanted, and the pacer's next wake-up (session deadline, countdown,
    // caret blink, transition) so an untouched kiosk draws nothing.
    void draw(ui::Frame& frame);

    // The session's clock runs this far ahead of the steady clock (screenshots walk a sample
    // visit forward in time).
    void set_clock_offset(flow::SteadyClock::duration offset) { offset_ = offset; }
    // The field focused when the next screen appears (screenshots of a tapped field).
    void focus_on_entry(flow::Field f) { view_.focus_on_entry = f; }
    // The staff's sync indicator on the attract screen (kiosk over the office server): `watch`
    // must outlive the app; it is read each frame and asked for a frame at its next refresh.
    void show_sync(flow::SyncWatch* watch) { sync_ = watch; }
    // The information board's counts on the attract screen (issue 14 item 3): `source` must
    // outlive the app; it is read each frame and wakes the loop itself when the numbers change.
    void show_board(BoardSource* source) { board_ = source; }
    // The receipt printer (issue 13): each receipt's slip goes through `printing` (which must
    // outlive the app), on its worker thread; a failed slip is told to the session.
    void print_slips(flow::SlipPrinting* printing) { slips_ = printing; }
    // Screenshots are taken at once: no fade-in.
    void disable_transitions() { transitions_ = false; }
    // Drops the GL textures (QR, logo); call before the UI's GL context goes away.
    void release_textures();

  private:
    void handle_scanner(flow::SteadyTime now);
    void pace(ui::Frame& frame, flow::SteadyTime now);
    void update_slip(flow::SteadyTime now);

    flow::KioskSession& session_;
    std::optional<flow::HelpWatch> help_;
    Housekeeping on_visit_ended_;
    flow::ScannerBurstDetector scanner_;
    screens::ViewState view_;
    flow::SteadyClock::duration offset_{};
    bool transitions_ = true;
    flow::SyncWatch* sync_ = nullptr;
    BoardSource* board_ = nullptr;
    flow::SlipPrinting* slips_ = nullptr;
    bool slip_started_ = false;  // for the receipt on screen
};

}  // namespace siang::kiosk
