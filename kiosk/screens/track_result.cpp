// Track result: kind, filed date, status, the dated timeline, the handling division and the
// office's public reply; never details, contact data or notes (SPEC §4.8).
#include <algorithm>
#include <string>
#include <vector>

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

namespace {

// A fact's label, its value and, when there is one, a muted note under the value.
float fact_row(const ScreenContext& ctx, ImVec2 at, float width, std::string_view label,
               const std::string& value, ui::Rgb color, const std::string& note = {}) {
    float h = draw_paragraph(ctx, at, width, ui::FontRole::small, ctx.palette().text_muted, label);
    h += draw_paragraph(ctx, {at.x, at.y + h}, width, ui::FontRole::heading, color, value);
    if (!note.empty())
        h += draw_paragraph(ctx, {at.x, at.y + h}, width, ui::FontRole::small,
                            ctx.palette().text_muted, note);
    return h + ctx.metrics().gap * 0.5f;
}

}  // namespace

Intents draw_track_result(ScreenContext& ctx) {
    Intents out;
    const store::PublicStatus* st = ctx.session.track_result();
    if (st == nullptr) return out;
    const ui::Metrics& m = ctx.metrics();
    const i18n::Lang lang = ctx.lang();
    const auto& dir = ctx.session.config().directory;
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::track_result)));

    // Buttons along the bottom: done (home) is the primary; another code; the kept form.
    const std::string done = with_icon(ui::icon::home, ctx.t("kiosk.button.done"));
    const Rect done_r = primary_slot(ctx, area, done);
    if (primary_button("##done", done_r, done, ctx)) out.push_back(flow::intent::GoHome{});
    const std::string another = with_icon(ui::icon::search, ctx.t("kiosk.track.another"));
    const float another_w = button_width(ctx, another);
    const Rect another_r{{done_r.min.x - m.gap * 2.0f - another_w, done_r.min.y},
                         {done_r.min.x - m.gap * 2.0f, done_r.max.y}};
    if (secondary_button("##another", another_r, another, ctx))
        out.push_back(flow::intent::StartTracking{});
    if (ctx.session.has_kept_form()) {
        const std::string back = with_icon(ui::icon::arrow_back, ctx.t("kiosk.track.back_to_form"));
        const Rect back_r{{area.min.x, done_r.min.y},
                          {std::min(area.min.x + button_width(ctx, back), another_r.min.x - m.gap),
                           done_r.max.y}};
        if (secondary_button("##kept", back_r, back, ctx)) out.push_back(flow::intent::Back{});
    }
    area.max.y = done_r.min.y - m.gap * 1.5f;

    struct Fact {
        std::string_view label;
        std::string value;
        ui::Rgb color;
        std::string note;  // under the value, muted
    };
    // What the division handles, so the citizen knows whose desk the case is on.
    std::string handles;
    if (const domain::Division* d = dir.find_division(st->division))
        handles = lang == i18n::Lang::th ? d->handles_th : d->handles_en;
    std::vector<Fact> facts_shown{
        {ctx.t("kiosk.label.status"),
         std::string(i18n::status_name(st->status, lang)),
         ctx.palette().accent,
         {}},
        {ctx.t("kiosk.label.kind"),
         std::string(i18n::kind_name(st->kind, lang)),
         ctx.palette().text,
         {}},
        {ctx.t("kiosk.label.filed"),
         ctx.date(domain::local_date(st->filed_at)),
         ctx.palette().text,
         {}},
        {ctx.t("kiosk.label.handled_by"), i18n::division_name(dir, st->division, lang),
         ctx.palette().text, handles},
        {ctx.t("kiosk.label.due"), ctx.date(st->due_date), ctx.palette().text, {}}};
    // Still in this kiosk's outbox (issue 11 item 6): only the dates are known here; the kind,
    // the division and the office's answers come once the office has it.
    const bool in_outbox = ctx.session.track_in_outbox();
    if (in_outbox)
        facts_shown = {{ctx.t("kiosk.label.status"),
                        std::string(ctx.t("kiosk.track.in_outbox")),
                        ctx.palette().accent,
                        {}},
                       {ctx.t("kiosk.label.filed"),
                        ctx.date(domain::local_date(st->filed_at)),
                        ctx.palette().text,
                        {}},
                       {ctx.t("kiosk.label.due"), ctx.date(st->due_date), ctx.palette().text, {}}};

    // Facts on the left (top in portrait), timeline and reply on the right (below).
    Rect facts = area, story = area;
    if (ctx.page.portrait) {
        facts.max.y = area.min.y + area.height() * 0.36f;
        story.min.y = facts.max.y + m.gap;
    } else {
        facts.max.x = area.min.x + area.width() * 0.38f;
        story.min.x = facts.max.x + m.gap * 2.0f;
    }
    const float pad = m.gap * 1.5f;
    const float fw = facts.width() - 2.0f * pad;
    const bool two = ctx.page.portrait;  // portrait: two columns of facts
    const float cw = two ? (fw - m.gap) / 2.0f : fw;
    auto fact_h = [&](const Fact& f) {
        return ui::measure_wrapped(ctx.font(ui::FontRole::small), cw, f.label) +
               ui::measure_wrapped(ctx.font(ui::FontRole::heading), cw, f.value) +
               (f.note.empty() ? 0.0f
                               : ui::measure_wrapped(ctx.font(ui::FontRole::small), cw, f.note)) +
               m.gap * 0.5f;
    };
    auto tallest_column = [&] {
        float col1 = 0.0f, col2 = 0.0f;
        for (std::size_t i = 0; i < facts_shown.size(); ++i)
            ((two && i >= 2) ? col2 : col1) += fact_h(facts_shown[i]);
        return std::max(col1, col2);
    };
    // The division's line goes first when the facts would not fit with it: the facts in their
    // own panel beside the reply matter more than what the division handles.
    std::string dropped_note;  // comes back in the story column, where it has the width
    if (tallest_column() + 2.0f * pad > facts.height())
        for (Fact& f : facts_shown) {
            if (!f.note.empty()) dropped_note = f.note;
            f.note.clear();
        }
    // Larger text may not leave the facts room in their panel: then everything goes into the
    // one scrolling panel, status first, so nothing is cut off or drawn past its card.
    const bool facts_fit = tallest_column() + 2.0f * pad <= facts.height();
    if (facts_fit) {
        draw_panel(ctx, facts);
        ImVec2 at{facts.min.x + pad, facts.min.y + pad};
        const float x2 = at.x + cw + m.gap;
        float y1 = at.y, y2 = at.y;
        for (std::size_t i = 0; i < facts_shown.size(); ++i) {
            const Fact& f = facts_shown[i];
            if (two && i >= 2)
                y2 += fact_row(ctx, {x2, y2}, cw, f.label, f.value, f.color, f.note);
            else
                y1 += fact_row(ctx, {at.x, y1}, cw, f.label, f.value, f.color, f.note);
        }
    } else {
        story = area;
    }

    // The office's reply first: it is what the citizen came back for.
    std::vector<Paragraph> text;
    auto add_facts = [&](std::size_t from, std::size_t to) {
        if (facts_fit) return;
        for (std::size_t i = from; i < to; ++i) {
            text.push_back({std::string(facts_shown[i].label), ui::FontRole::small, true});
            text.push_back({facts_shown[i].value, ui::FontRole::heading});
            if (!facts_shown[i].note.empty())
                text.push_back({facts_shown[i].note, ui::FontRole::small, true});
        }
    };
    if (in_outbox) {
        add_facts(0, facts_shown.size());
        text.push_back({std::string(ctx.t("kiosk.track.in_outbox")), ui::FontRole::heading});
        text.push_back({std::string(ctx.t("kiosk.track.in_outbox_body")), ui::FontRole::body});
        draw_panel(ctx, story);
        scrolling_text(
            ctx,
            {{story.min.x + pad, story.min.y + m.gap}, {story.max.x - m.gap, story.max.y - m.gap}},
            text);
        return out;
    }
    add_facts(0, 1);  // the status, then the reply the citizen came back for, then the rest
    text.push_back({std::string(ctx.t("kiosk.track.reply")), ui::FontRole::heading});
    text.push_back(
        st->latest_public_reply.empty()
            ? Paragraph{std::string(ctx.t("kiosk.track.no_reply")), ui::FontRole::body, true}
            : Paragraph{st->latest_public_reply});
    add_facts(1, facts_shown.size());
    if (facts_fit && !dropped_note.empty()) {
        // What the division handles, under its name, after the reply: the facts panel beside
        // has no room for it, this column has.
        text.push_back({std::string(ctx.t("kiosk.label.handled_by")) + " · " +
                            i18n::division_name(dir, st->division, lang),
                        ui::FontRole::heading});
        text.push_back({dropped_note, ui::FontRole::body, true});
    }
    text.push_back({std::string(ctx.t("kiosk.track.timeline")), ui::FontRole::heading});
    for (auto it = st->timeline.rbegin(); it != st->timeline.rend(); ++it) {
        text.push_back(
            {with_icon(ui::icon::schedule, ctx.date(domain::local_date(it->at)) + "  " +
                                               std::string(i18n::status_name(it->status, lang))),
             ui::FontRole::body});
        if (!it->public_reply.empty())
            text.push_back({it->public_reply, ui::FontRole::small, true, m.gap * 2.5f});
    }
    draw_panel(ctx, story);
    scrolling_text(
        ctx, {{story.min.x + pad, story.min.y + m.gap}, {story.max.x - m.gap, story.max.y - m.gap}},
        text);
    return out;
}

}  // namespace siang::kiosk::screens
