// Receipt: case number, the tracking code in very large grouped digits, its QR, the dates in BE,
// the kind and how to track; home after the configured time (SPEC §4.7), with a warning before
// it, and Done asks once whether the code is kept.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <span>

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "qr/qr_bitmap.hpp"
#include "qr/qr_matrix.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/scroll_area.hpp"

namespace siang::kiosk::screens {

namespace {

// "ขอรับบริการ · ซ่อมไฟฟ้าสาธารณะ": an e-service receipt says which service was asked for.
std::string kind_and_service(const ScreenContext& ctx, const flow::Receipt& r) {
    std::string s(i18n::kind_name(r.kind, ctx.lang()));
    if (!r.service.empty())
        s += " · " + i18n::service_name(ctx.session.config().directory, r.service, ctx.lang());
    return s;
}

// The QR texture for `payload`, made once per receipt: whole-pixel modules, quiet zone included,
// nearest filtering, so a phone reads it off the glass.
const ui::GlTexture* qr_texture(ScreenContext& ctx, const std::string& payload, int target_px) {
    QrTexture& q = ctx.view.qr;
    if (!q.texture || q.payload != payload || q.target_px != target_px) {
        q.texture.reset();
        auto matrix = qr::encode_qr(payload);
        if (!matrix) return nullptr;
        qr::Bitmap bitmap = qr::render_qr(*matrix, target_px);
        auto tex =
            ui::GlTexture::from_rgba(bitmap.rgba, bitmap.width, bitmap.height, ui::Filter::nearest);
        flow::wipe_bytes(bitmap.rgba.data(), bitmap.rgba.size());
        if (!tex) return nullptr;
        q.texture = std::move(*tex);
        q.payload = payload;
        q.target_px = target_px;
    }
    return &*q.texture;
}

// "label: value" as a muted label over a value in the heading font; returns the height.
float fact(const ScreenContext& ctx, ImVec2 at, float width, std::string_view label,
           const std::string& value) {
    float h = draw_paragraph(ctx, at, width, ui::FontRole::small, ctx.palette().text_muted, label);
    h += draw_paragraph(ctx, {at.x, at.y + h}, width, ui::FontRole::heading, ctx.palette().text,
                        value);
    return h + ctx.metrics().gap * 0.5f;
}

// The height fact() takes.
float fact_height(const ScreenContext& ctx, float width, std::string_view label,
                  const std::string& value) {
    return ui::measure_wrapped(ctx.font(ui::FontRole::small), width, label) +
           ui::measure_wrapped(ctx.font(ui::FontRole::heading), width, value) +
           ctx.metrics().gap * 0.5f;
}

// What the receipt says about its printed slip: printing, take it, or the printer's problem in
// the citizen's words; empty without a printer.
std::string slip_text(const ScreenContext& ctx) {
    const flow::SlipView& slip = ctx.view.slip;
    switch (slip.status) {
        case flow::SlipStatus::printing:
            return with_icon(ui::icon::print, ctx.t("kiosk.slip.printing"));
        case flow::SlipStatus::printed:
            return with_icon(ui::icon::print, ctx.t("kiosk.slip.printed"));
        case flow::SlipStatus::failed: {
            const std::string key = "kiosk.slip.failed." + slip.problem;
            return with_icon(ui::icon::warning,
                             ctx.t(i18n::has_key(key) ? std::string_view(key) : "kiosk.slip.failed"));
        }
        case flow::SlipStatus::none:
        case flow::SlipStatus::tap_to_print:
            break;
    }
    return {};
}

}  // namespace

Intents draw_receipt(ScreenContext& ctx) {
    Intents out;
    const flow::Receipt* r = ctx.session.receipt();
    if (r == nullptr) return out;
    const ui::Metrics& m = ctx.metrics();
    Rect area = ctx.page.content;
    const std::string received = with_icon(ui::icon::check_circle, ctx.t("kiosk.title.receipt"));
    // Measured as drawn, with its lock (the icon's width can take a line more).
    const std::string secret = with_icon(ui::icon::lock, ctx.t("kiosk.receipt.code_secret"));
    // Portrait: "received" heads the page, above the code card, so the citizen reads that it
    // went through before the code; the facts and Done follow under the card.
    // Over the page's width it takes one line; where the title font would wrap it (larger text
    // on a small panel) it is a heading, and the code card keeps the room.
    if (ctx.page.portrait) {
        const bool one_line =
            ui::measure_wrapped(ctx.font(ui::FontRole::title), area.width(), received) <=
            ui::line_height(ctx.font(ui::FontRole::title)) * 1.5f;
        area.min.y += draw_paragraph(ctx, area.min, area.width(),
                                     one_line ? ui::FontRole::title : ui::FontRole::heading,
                                     ctx.palette().accent, received) +
                      m.gap * 0.5f;
    }

    // The code and its QR get the larger share: that is what the citizen takes home.
    Rect facts = area, code = area;
    if (ctx.page.portrait) {
        // As tall as its label, code, QR (at most 90 mm) and notes need: no empty band inside.
        const float pad = m.gap * 1.5f, inner_w = area.width() - 2.0f * pad;
        const float around_qr =
            2.0f * pad + ui::line_height(ctx.font(ui::FontRole::body)) +
            ui::line_height(ctx.font(ui::FontRole::title)) * 1.4f + m.gap + m.gap * 1.5f +
            std::max(ui::line_height(ctx.font(ui::FontRole::small)) * 2.0f,
                     ui::measure_wrapped(ctx.font(ui::FontRole::small), inner_w,
                                         ctx.t("kiosk.receipt.scan_phone")) +
                         m.gap * 0.5f) +
            ui::measure_wrapped(ctx.font(ui::FontRole::small), inner_w, secret) + m.gap;
        const float needed = around_qr + std::min(inner_w, ctx.frame.panel.px(90.0));
        // At most 55 % of the page, but never so little that the QR is under 25 mm (larger
        // text on a small panel with the staff note), still large for a phone.
        code.max.y = area.min.y + std::min(needed, std::max(area.height() * 0.55f,
                                                            around_qr + ctx.frame.panel.px(25.0)));
        // Under the card there must stay room for Done, the time left (the tall warning band in
        // the last seconds) and one line of the facts' strip: on a small panel with larger text
        // and the staff note the card gives way (its QR a little smaller) rather than the band
        // being drawn over it.
        const bool warn_now = ctx.session.receipt_expiring(ctx.now);
        const std::string left_text = ctx.digits(
            i18n::format(ctx.t(warn_now ? "kiosk.receipt.expiring" : "kiosk.receipt.home_in"),
                         {std::to_string(ctx.session.seconds_left(ctx.now))}));
        const float bottom =
            m.touch_target + m.gap +
            (warn_now
                 ? ui::measure_wrapped(ctx.font(ui::FontRole::heading), area.width() - 2.0f * m.gap,
                                       with_icon(ui::icon::schedule, left_text)) +
                       2.0f * m.gap
                 : ui::measure_wrapped(ctx.font(ui::FontRole::small), area.width(), left_text)) +
            m.gap + ui::line_height(ctx.font(ui::FontRole::small)) + m.gap * 2.0f;
        code.max.y = std::min(code.max.y, area.max.y - bottom);
        facts.min.y = code.max.y + m.gap * 2.0f;
    } else {
        facts.max.x = area.min.x + area.width() * 0.45f;
        code.min.x = facts.max.x + m.gap * 2.0f;
    }

    // Left: what was filed and when.
    float y = facts.min.y;
    if (!ctx.page.portrait)
        y += draw_paragraph(ctx, {facts.min.x, y}, facts.width(), ui::FontRole::title,
                            ctx.palette().accent, received) +
             m.gap * 0.5f;
    const float half = (facts.width() - m.gap) / 2.0f;
    // Over the office server the number may not have come yet: the office gives it later, and
    // the code tracks the case as always (issue 11 item 6).
    const std::string number = r->filed.number ? ctx.digits(r->filed.number->str())
                                               : std::string(ctx.t("kiosk.receipt.number_pending"));
    const std::string how_to_track =
        r->filed.number ? std::string(ctx.t("kiosk.receipt.how_to_track"))
                        : std::string(ctx.t("kiosk.receipt.numbered_later")) + "\n" +
                              std::string(ctx.t("kiosk.receipt.how_to_track"));
    const std::string kind = kind_and_service(ctx, *r);
    const std::string filed = ctx.date(domain::local_date(r->filed.filed_at));
    const std::string due = ctx.date(r->filed.due_date);

    // Bottom of the column first: Done, and above it the time left (or the warning band).
    const std::string done = with_icon(ui::icon::home, ctx.t("kiosk.button.done"));
    const Rect done_r{{facts.min.x, facts.max.y - m.touch_target},
                      {facts.min.x + button_width(ctx, done), facts.max.y}};
    const int left = ctx.session.seconds_left(ctx.now);
    const bool expiring = ctx.session.receipt_expiring(ctx.now);
    const float pad = m.gap;
    const float inner = facts.width() - 2.0f * pad;
    const std::string warn = with_icon(
        ui::icon::schedule,
        ctx.digits(i18n::format(ctx.t("kiosk.receipt.expiring"), {std::to_string(left)})));
    // The slip's state above the countdown (issue 13); after a failed slip the countdown waits
    // for a tap, so only the printer's problem is said.
    const std::string slip_line = slip_text(ctx);
    const std::string countdown =
        ctx.digits(i18n::format(ctx.t("kiosk.receipt.home_in"), {std::to_string(left)}));
    const std::string home_in = ctx.session.receipt_held() ? slip_line
                                : slip_line.empty()        ? countdown
                                                           : slip_line + "\n" + countdown;
    const float above_done =
        expiring ? ui::measure_wrapped(ctx.font(ui::FontRole::heading), inner, warn) + 2.0f * pad
                 : ui::measure_wrapped(ctx.font(ui::FontRole::small), facts.width(), home_in);
    const float rest_bottom = done_r.min.y - m.gap - above_done - m.gap;

    // Between the title and that: the facts and how to track, scrolling when larger text makes
    // them taller than the room (issue 9 item 7: nothing drawn over the countdown or Done).
    auto draw_rest = [&](ImVec2 o) {
        float ry = o.y;
        ry += std::max(fact(ctx, {o.x, ry}, half, ctx.t("kiosk.label.case_number"), number),
                       fact(ctx, {o.x + half + m.gap, ry}, half, ctx.t("kiosk.label.kind"), kind));
        ry += std::max(fact(ctx, {o.x, ry}, half, ctx.t("kiosk.label.filed"), filed),
                       fact(ctx, {o.x + half + m.gap, ry}, half, ctx.t("kiosk.label.due"), due));
        ry += m.gap * 0.5f;
        ry += draw_paragraph(ctx, {o.x, ry}, facts.width(), ui::FontRole::body, ctx.palette().text,
                             how_to_track);
        return ry - o.y;
    };
    const float rest_h =
        std::max(fact_height(ctx, half, ctx.t("kiosk.label.case_number"), number),
                 fact_height(ctx, half, ctx.t("kiosk.label.kind"), kind)) +
        std::max(fact_height(ctx, half, ctx.t("kiosk.label.filed"), filed),
                 fact_height(ctx, half, ctx.t("kiosk.label.due"), due)) +
        m.gap * 0.5f +
        ui::measure_wrapped(ctx.font(ui::FontRole::body), facts.width(), how_to_track);
    if (y + rest_h <= rest_bottom) {
        draw_rest({facts.min.x, y});
    } else {
        ImGui::SetCursorScreenPos({facts.min.x, y});
        ui::touch::begin_scroll_area("##receipt_facts", ctx.view.scroll,
                                     {facts.width(), std::max(1.0f, rest_bottom - y)});
        const float h = draw_rest(ImGui::GetCursorScreenPos());
        ImGui::Dummy({facts.width(), h});
        if (ui::touch::end_scroll_area(ctx.view.scroll, ctx.style)) ctx.view.animating = true;
    }

    if (expiring) {
        // The last seconds: a band the citizen cannot miss, with the countdown large.
        const Rect band{{facts.min.x, done_r.min.y - m.gap - above_done},
                        {facts.max.x, done_r.min.y - m.gap}};
        ImDrawList* list = ImGui::GetWindowDrawList();
        list->AddRectFilled(band.min, band.max, ui::to_imu32(ctx.palette().accent_soft), m.radius);
        list->AddRect(band.min, band.max, ui::to_imu32(ctx.palette().danger), m.radius, 0, 3.0f);
        draw_paragraph(ctx, {band.min.x + pad, band.min.y + pad}, inner, ui::FontRole::heading,
                       ctx.palette().text, warn);
    } else {
        // A slip that did not print is news the citizen must read: full-contrast text.
        const bool slip_failed = ctx.view.slip.status == flow::SlipStatus::failed;
        draw_paragraph(ctx, {facts.min.x, done_r.min.y - m.gap - above_done}, facts.width(),
                       ui::FontRole::small,
                       slip_failed ? ctx.palette().text : ctx.palette().text_muted, home_in);
    }
    if (primary_button("##done", done_r, done, ctx)) out.push_back(flow::intent::Done{});
    // "Print" (auto_print = false) or one "print again", beside Done.
    const flow::SlipView& slip = ctx.view.slip;
    if (slip.status == flow::SlipStatus::tap_to_print || slip.can_print_again) {
        const std::string label = with_icon(
            ui::icon::print, ctx.t(slip.status == flow::SlipStatus::tap_to_print
                                       ? "kiosk.slip.print"
                                       : "kiosk.slip.print_again"));
        const float x = done_r.max.x + m.gap;
        const Rect print_r{{x, done_r.min.y},
                           {std::min(facts.max.x, x + button_width(ctx, label)), done_r.max.y}};
        if (print_r.width() >= m.touch_target &&
            secondary_button("##print_slip", print_r, label, ctx))
            out.push_back(flow::intent::PrintSlip{});
    }

    // Right: the code, very large, and its QR.
    draw_panel(ctx, code);
    const float cpad = m.gap * 1.5f;
    float cy = code.min.y + cpad;
    const float inner_w = code.width() - 2.0f * cpad;
    cy += draw_paragraph(ctx, {code.min.x + cpad, cy}, inner_w, ui::FontRole::body,
                         ctx.palette().text_muted, ctx.t("kiosk.label.code"));
    ImFont* big = ctx.font(ui::FontRole::title);
    const std::string grouped = ctx.digits(r->filed.code.grouped());
    // Digits only, so no Thai mapping is needed; drawn at 1.4 times the title size.
    const float size = big->FontSize * 1.4f;
    const ImVec2 text_size = big->CalcTextSizeA(size, FLT_MAX, 0.0f, grouped.c_str());
    const float scale = std::min(1.0f, inner_w / text_size.x);
    ImGui::GetWindowDrawList()->AddText(
        big, size * scale, {code.min.x + (code.width() - text_size.x * scale) * 0.5f, cy},
        ui::to_imu32(ctx.palette().text), grouped.c_str());
    cy += text_size.y * scale + m.gap;

    const float secret_h = ui::measure_wrapped(ctx.font(ui::FontRole::small), inner_w, secret);
    const float scan_h = std::max(ui::line_height(ctx.font(ui::FontRole::small)) * 2.0f,
                                  ui::measure_wrapped(ctx.font(ui::FontRole::small), inner_w,
                                                      ctx.t("kiosk.receipt.scan_phone")) +
                                      m.gap * 0.5f);
    const float qr_room = code.max.y - cpad - secret_h - scan_h - m.gap - cy;
    const float qr_floor = ctx.frame.panel.px(25.0);
    if (qr_room < qr_floor) {
        // Too short to stack (larger text on a small panel, with the staff note and the last
        // seconds' band under the card): the QR at its 25 mm floor or more on the left, the
        // two notes beside it, so the QR never shrinks below what a phone reads from arm's length.
        // The QR at its floor (whole modules, so the texture may be a little wider), the notes in
        // the width left beside it.
        float qr_w = qr_floor;
        if (const ui::GlTexture* tex = qr_texture(ctx, r->qr_payload, static_cast<int>(qr_floor))) {
            const ImVec2 a{std::floor(code.min.x + cpad), std::floor(cy)};
            qr_w = static_cast<float>(tex->width());
            ImGui::GetWindowDrawList()->AddImage(tex->imgui_id(), a, {a.x + qr_w, a.y + qr_w});
        }
        const float text_x = code.min.x + cpad + qr_w + m.gap;
        const float text_w = code.max.x - cpad - text_x;
        const float sy =
            cy + draw_paragraph(ctx, {text_x, cy}, text_w, ui::FontRole::small,
                                ctx.palette().text_muted, ctx.t("kiosk.receipt.scan_phone"));
        draw_paragraph(ctx, {text_x, sy}, text_w, ui::FontRole::small, ctx.palette().text, secret);
        if (out.empty() && ImGui::IsMouseReleased(ImGuiMouseButton_Left))
            out.push_back(flow::intent::Touch{});
        return out;
    }
    const int target = static_cast<int>(std::min({qr_room, inner_w, ctx.frame.panel.px(90.0)}));
    if (const ui::GlTexture* tex = qr_texture(ctx, r->qr_payload, target)) {
        const float w = static_cast<float>(tex->width());
        const ImVec2 a{std::floor(code.min.x + (code.width() - w) * 0.5f), std::floor(cy)};
        ImGui::GetWindowDrawList()->AddImage(tex->imgui_id(), a, {a.x + w, a.y + w});
        cy += w + m.gap * 0.5f;
    }
    cy += draw_paragraph(ctx, {code.min.x + cpad, cy}, inner_w, ui::FontRole::small,
                         ctx.palette().text_muted, ctx.t("kiosk.receipt.scan_phone"));
    draw_paragraph(ctx, {code.min.x + cpad, cy}, inner_w, ui::FontRole::small, ctx.palette().text,
                   secret);
    // Any tap on the receipt gives the citizen its full time again.
    if (out.empty() && ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        out.push_back(flow::intent::Touch{});
    return out;
}

Intents draw_receipt_confirm_done(ScreenContext& ctx) {
    const std::string home = with_icon(ui::icon::home, ctx.t("kiosk.receipt.confirm_home"));
    const std::string back = with_icon(ui::icon::arrow_back, ctx.t("kiosk.receipt.confirm_back"));
    // Back to the code is the primary: keeping the code is the safe choice.
    switch (ask_question(
        ctx, {ctx.t("kiosk.receipt.confirm_title"), ctx.t("kiosk.receipt.confirm_body"), back, home,
              "##confirm_back", "##confirm_home", true})) {
        case QuestionAnswer::primary:
            return {flow::intent::BackToCode{}};
        case QuestionAnswer::secondary:
            return {flow::intent::GoHome{}};
        case QuestionAnswer::beside:
            return {flow::intent::Touch{}};  // keeps the receipt alive
        case QuestionAnswer::none:
            break;
    }
    return {};
}

}  // namespace siang::kiosk::screens
