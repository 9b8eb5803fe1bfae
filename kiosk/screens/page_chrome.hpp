// The frame around every citizen screen: page layout, header and the fixed bottom bar.
#pragma once

#include "kiosk/screens/screen_context.hpp"

namespace siang::kiosk::screens {

// Header, content and bar rectangles for the frame; portrait when taller than wide.
PageLayout page_layout(const ui::Frame& frame);

// The header: the municipality's logo (when configured and loadable) and name on the left, the
// step indicator ("ขั้นตอนที่ 2 จาก 6") on the right on the numbered form steps.
void draw_header(ScreenContext& ctx);

// The fixed bottom bar: Back (when `with_back`) on the left; language, larger text and call
// staff on the right, each with its Material icon. Taps become intents in `out`. After "call
// staff" a note above the bar says someone is coming.
void draw_bottom_bar(const ScreenContext& ctx, bool with_back, Intents& out);

}  // namespace siang::kiosk::screens
