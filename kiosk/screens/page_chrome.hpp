// The frame around every citizen screen: page layout, header and the fixed bottom bar.
#pragma once

#include <optional>

#include "kiosk/screens/screen_context.hpp"

namespace siang::kiosk::screens {

// Header, content and bar rectangles for the frame; portrait when taller than wide. A non-empty
// `help_note` (help_note_text) gets its own band above the bar, wrapped to the page width, and
// the content ends above that band; on a landscape page the band would leave shorter than a
// keyboard screen needs (five rows of 20 mm keys under a title and a hint line), the note goes
// in the header's place instead, the header growing to hold it. With `bar_lang` the bottom bar
// is planned for that language's labels (one row, or two where one cannot hold them); without
// it the bar is one row in the body font.
PageLayout page_layout(const ui::Frame& frame, std::string_view help_note = {},
                       std::optional<i18n::Lang> bar_lang = std::nullopt);

// The staff note as it shows in full at `now` ("staff are coming", or "staff have seen your
// call" once acknowledged), with its icon; empty when there is none or it is a badge now.
std::string help_note_text(const flow::KioskSession& session, flow::SteadyTime now);

// The header: the municipality's logo (when configured and loadable) and name on the left, the
// step indicator ("ขั้นตอนที่ 2 จาก 6") on the right on the numbered form steps.
void draw_header(ScreenContext& ctx);

// The fixed bottom bar: Back (when `with_back`) on the left; language, larger text and call
// staff on the right, each with its Material icon. Taps become intents in `out`. After "call
// staff" the note in page.note says someone is coming; once it has shrunk, the call staff button
// itself carries the badge ("called" / "on the way") and still calls again when tapped.
void draw_bottom_bar(const ScreenContext& ctx, bool with_back, Intents& out);

}  // namespace siang::kiosk::screens
