// The citizen kiosk's frame loop body.
#include "kiosk/citizen_app.hpp"

#include <cstdio>

#include "core/sensitive_memory.hpp"
#include "kiosk/scanner_input.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/page_chrome.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::kiosk {

CitizenApp::CitizenApp(flow::KioskSession& session, flow::HelpPort* help,
                       Housekeeping on_visit_ended)
    : session_(session), on_visit_ended_(std::move(on_visit_ended)) {
    if (help != nullptr) help_.emplace(*help);
}

void CitizenApp::handle_scanner(flow::SteadyTime now) {
    // Before any field is drawn: a burst's characters and Enter never reach one.
    if (auto burst = take_scanner_burst(scanner_, now))
        session_.handle(flow::intent::ScannerBurst{std::move(*burst)}, now);
}

void CitizenApp::draw(ui::Frame& frame) {
    const flow::SteadyTime now = frame.now + offset_;
    session_.tick(now);
    handle_scanner(now);

    view_.sync = sync_ != nullptr ? &sync_->update(now) : nullptr;
    if (board_ != nullptr) view_.board = board_->update(session_.screen() == flow::Screen::attract);
    update_slip(now);
    view_.animating = false;
    view_.wake_after_seconds = 0.0;
    const ui::touch::TouchStyle style = ui::touch::make_touch_style(frame.theme, frame.fonts);
    // The bar is planned for the citizen's language (one row, or two on a narrow page).
    const screens::PageLayout page =
        screens::page_layout(frame, screens::help_note_text(session_, now), session_.lang());
    screens::ScreenContext ctx{session_, frame, style, view_, now, page};
    const flow::Screen before = session_.screen();
    screens::Intents intents = screens::draw_citizen_screen(ctx, before);
    if (!transitions_) view_.shown_since = now - std::chrono::seconds(1);
    for (flow::Intent& i : intents) session_.handle(std::move(i), now);
    if (slips_ != nullptr && session_.take_slip_print_request() && session_.receipt() != nullptr)
        (void)slips_->print_tapped(*session_.receipt(), session_.lang());  // refused: nothing to do
    // A submission waits for the next tick so the submitting screen is drawn first.
    if (!intents.empty()) frame.pacer.request_frame();
    if (help_) {
        // A failed write tells the citizen to ask at the counter (HelpWatch); the error is
        // for the IT person's log (the store's own message names the file and what to do).
        if (auto r = help_->update(session_, now); !r)
            std::fprintf(stderr, "siang-kiosk: call staff on the %s screen not recorded: %s\n",
                         std::string(flow::screen_id(before)).c_str(), r.error().detail.c_str());
    } else {
        (void)session_.take_help_request();
    }
    if (session_.take_visit_ended()) {
        if (on_visit_ended_) on_visit_ended_();
        // Short copies of what was typed may sit in locals the screens left on the stack.
        zero_stack_below();
    }
    frame.wanted_text_scale = session_.large_text() ? citizen_larger_text_scale : 1.0;
    pace(frame, now);
}

// The receipt's slip: started when a receipt first shows (after the durable commit), its state
// copied for the screen, a failure handed to the session once, forgotten when the visit ends.
void CitizenApp::update_slip(flow::SteadyTime now) {
    if (slips_ == nullptr) return;
    const flow::Receipt* r = session_.receipt();
    if (r == nullptr || session_.screen() != flow::Screen::receipt) {
        if (slip_started_) slips_->forget();
        slip_started_ = false;
        view_.slip = {};
        return;
    }
    if (!slip_started_) {
        // A slip already under way or done for this receipt (a screenshot's stand-in) stays.
        if (slips_->view().status == flow::SlipStatus::none) slips_->receipt_shown(*r, session_.lang());
        slip_started_ = true;
    }
    if (auto problem = slips_->take_new_failure()) session_.slip_failed(*problem, now);
    view_.slip = slips_->view();
}

void CitizenApp::release_textures() {
    view_.qr.texture.reset();
    view_.logo.reset();
}

void CitizenApp::pace(ui::Frame& frame, flow::SteadyTime now) {
    using std::chrono::duration_cast;
    const auto real = [&](flow::SteadyTime t) { return t - offset_; };
    // A slip printing on its worker: look again shortly for its result.
    if (slips_ != nullptr && slips_->busy())
        frame.pacer.wake_at(frame.now + std::chrono::milliseconds(100));
    if (view_.animating) frame.pacer.animate_until(frame.now + std::chrono::milliseconds(20));
    if (view_.wake_after_seconds > 0.0)
        frame.pacer.wake_at(frame.now +
                            duration_cast<flow::SteadyClock::duration>(
                                std::chrono::duration<double>(view_.wake_after_seconds)));
    if (auto deadline = session_.next_deadline()) frame.pacer.wake_at(real(*deadline));
    // Typed characters held back as a possible scanner burst go to the field after a pause.
    if (auto release = scanner_.release_at()) frame.pacer.wake_at(real(*release));
    // Countdowns on screen: one frame each time the number changes, none in between.
    if (auto tick = session_.next_countdown_tick(now)) frame.pacer.wake_at(real(*tick));
    // Asking the office whether it has seen the call: a wake-up every few seconds, no more.
    if (help_)
        if (auto poll = help_->next_poll()) frame.pacer.wake_at(real(*poll));
    // The indicator's own re-read (it turns amber after failing a while), shown on attract only.
    if (sync_ != nullptr && session_.screen() == flow::Screen::attract)
        frame.pacer.wake_at(real(sync_->next_refresh()));
}

}  // namespace siang::kiosk
