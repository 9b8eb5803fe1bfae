// Picks the citizen screen to draw, frames it with header and bar, and resets per-screen widget
// state when the screen changes.
#include <chrono>
#include <utility>

#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/page_chrome.hpp"
#include "ui/touch/pointer_gesture.hpp"

namespace siang::kiosk::screens {

namespace {

// Short enough to never keep a citizen waiting (SPEC §11: at most 200 ms).
constexpr auto transition = std::chrono::milliseconds(160);

Intents draw_body(ScreenContext& ctx, flow::Screen s) {
    switch (s) {
        case flow::Screen::attract:
            return draw_attract(ctx);
        case flow::Screen::choose_kind:
            return draw_choose_kind(ctx);
        case flow::Screen::corruption_notice:
            return draw_corruption_notice(ctx);
        case flow::Screen::information:
            return draw_information(ctx);
        case flow::Screen::service:
            return draw_service_picker(ctx);
        case flow::Screen::topic:
            return draw_topic_picker(ctx);
        case flow::Screen::subject:
        case flow::Screen::details:
        case flow::Screen::location:
            return draw_text_question(ctx);
        case flow::Screen::when:
            return draw_when(ctx);
        case flow::Screen::contact_choice:
            return draw_contact_choice(ctx);
        case flow::Screen::privacy_notice:
            return draw_privacy_notice(ctx);
        case flow::Screen::contact_fields:
            return draw_contact_fields(ctx);
        case flow::Screen::review:
            return draw_review(ctx);
        case flow::Screen::submitting:
            return draw_submitting(ctx);
        case flow::Screen::submit_failed:
            return draw_submit_failed(ctx);
        case flow::Screen::receipt:
            return draw_receipt(ctx);
        case flow::Screen::track_entry:
            return draw_track_entry(ctx);
        case flow::Screen::track_result:
            return draw_track_result(ctx);
        case flow::Screen::track_paused:
            return draw_track_paused(ctx);
        case flow::Screen::track_checking:
            return draw_track_checking(ctx);
        case flow::Screen::still_there:
            break;
    }
    return {};
}

// A new screen starts clean: scrolled to the top, the right keyboard, no finger carried over.
void enter_screen(ScreenContext& ctx, flow::Screen s) {
    ViewState& v = ctx.view;
    if (v.shown == flow::Screen::review && ctx.session.editing_from_review())
        v.review_scroll = v.scroll.scroll.offset();
    if (s == flow::Screen::review) v.restore_scroll = std::exchange(v.review_scroll, std::nullopt);
    if (s == flow::Screen::attract) v.review_scroll.reset();
    v.shown = s;
    v.shown_since = ctx.now;
    v.scroll = ui::touch::ScrollAreaState{ui::touch::InertialScroll{ui::touch::InertiaConfig{}}};
    ui::touch::reset_pointer_gesture();
    const bool numeric = s == flow::Screen::when || s == flow::Screen::track_entry;
    v.keyboard.set_layout(numeric ? ui::touch::LayoutId::numeric : letter_layout(ctx.lang()));
    v.focused = s == flow::Screen::contact_fields ? flow::Field::name : flow::Field::subject;
    if (v.focus_on_entry) v.focused = *std::exchange(v.focus_on_entry, std::nullopt);
    if (s != flow::Screen::receipt) {
        // The QR holds the secret code: gone with the receipt.
        v.qr.texture.reset();
        flow::wipe(v.qr.payload);
    }
    if (s == flow::Screen::attract) v.fields.clear_all();
}

}  // namespace

Intents draw_citizen_screen(ScreenContext& ctx, flow::Screen s) {
    const flow::Screen under = s == flow::Screen::still_there ? ctx.session.resume_screen() : s;
    if (ctx.view.shown != under) enter_screen(ctx, under);
    draw_header(ctx);
    Intents out = draw_body(ctx, under);
    // No Back on the receipt: its code is the only key of an anonymous case.
    const bool back = under != flow::Screen::attract && under != flow::Screen::submitting &&
                      under != flow::Screen::receipt;
    draw_bottom_bar(ctx, back, out);
    if (under == flow::Screen::attract && out.empty() &&
        ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        out.push_back(flow::intent::Touch{});  // a tap anywhere starts

    // The new screen fades in over the page colour.
    const auto age = ctx.now - ctx.view.shown_since;
    if (age < transition) {
        const float t =
            std::chrono::duration<float>(age) / std::chrono::duration<float>(transition);
        ImGui::GetWindowDrawList()->AddRectFilled(
            {0, ctx.page.content.min.y - ctx.metrics().gap}, {ctx.frame.size.x, ctx.page.bar.min.y},
            ui::to_imu32(ctx.frame.background, (1.0f - t) * (1.0f - t)));
        ctx.view.animating = true;
    }
    if (s == flow::Screen::still_there) return draw_still_there(ctx);
    if (s == flow::Screen::receipt && ctx.session.confirming_done())
        return draw_receipt_confirm_done(ctx);  // over the receipt, which takes no taps then
    if (ctx.session.confirming_scan()) return draw_scan_confirm(ctx);  // over the form, the same
    return out;
}

}  // namespace siang::kiosk::screens
