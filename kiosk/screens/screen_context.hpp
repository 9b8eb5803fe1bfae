// What every citizen screen gets: the session to read, the frame to draw in, the page layout.
#pragma once

#include <imgui.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/thai_calendar.hpp"
#include "kiosk/flow/intent.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "kiosk/screens/view_state.hpp"
#include "ui/app_loop.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::kiosk::screens {

using Intents = std::vector<flow::Intent>;

// A rectangle in screen pixels.
struct Rect {
    ImVec2 min{}, max{};
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

// The page: header on top, the fixed bottom bar, the screen's content between them.
struct PageLayout {
    Rect header;
    Rect content;  // inside the page margins
    Rect bar;
    // The staff note's own band between the content and the bar (issue 9 item 2); empty (zero
    // height) when no note shows in full. The content ends above it, so it covers nothing.
    // Where that band would leave a landscape page too short for a keyboard screen (larger
    // text on a small panel), the note takes the header's place instead (note_in_header).
    Rect note;
    bool note_in_header = false;
    bool portrait = false;
    // How the bottom bar holds its four buttons (page_chrome.hpp, bar_plan): in one row in the
    // body font, the small font, with Back as its arrow alone; else in two rows (portrait,
    // larger text on a small panel): Back and call staff at the bottom corners as always,
    // language and larger text over call staff.
    ui::FontRole bar_font = ui::FontRole::body;
    bool bar_back_icon_only = false;
    int bar_rows = 1;
};

struct ScreenContext {
    const flow::KioskSession& session;
    ui::Frame& frame;
    const ui::touch::TouchStyle& style;
    ViewState& view;
    flow::SteadyTime now;
    PageLayout page;

    // The catalogue text of `key` in the citizen's language.
    std::string_view t(std::string_view key) const { return i18n::tr(key, session.lang()); }
    // Digits as the configuration wants them shown (Thai ๐–๙ or ASCII).
    std::string digits(std::string_view s) const;
    // A date as the citizen reads it (flow::citizen_date), in the configured digits.
    std::string date(std::chrono::year_month_day d) const;
    // The Bangkok time of day of `t` as "HH:MM", in the configured digits.
    std::string time_of_day(domain::TimePoint t) const;
    i18n::Lang lang() const { return session.lang(); }
    const ui::Palette& palette() const { return frame.theme.palette; }
    const ui::Metrics& metrics() const { return frame.theme.metrics; }
    ImFont* font(ui::FontRole r) const { return frame.font(r); }
};

}  // namespace siang::kiosk::screens
