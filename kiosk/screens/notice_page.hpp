// The calm page shown instead of the citizen kiosk (out of service, not enrolled yet): an accent
// header with the municipality's name, one centred card — the citizen's part first, the staff's
// part under a hairline — and a bar with the language toggle only (SPEC §11).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/app_loop.hpp"
#include "ui/fonts.hpp"

namespace siang::kiosk::screens {

// One paragraph of the card.
struct NoticeParagraph {
    enum class Ink { text, accent, muted };
    std::string text;
    ui::FontRole font = ui::FontRole::body;  // body paragraphs shrink to small when needed
    Ink ink = Ink::text;
    float gap_after = 1.0f;  // in theme gaps
};

struct NoticeCard {
    std::string title;  // with_icon(icon, words), in the title font
    std::vector<NoticeParagraph> citizens;
    std::string staff_head;  // small and muted, under the hairline
    std::vector<NoticeParagraph> staff;
};

// Draws the page over the whole canvas. When the card would not fit (larger text on a small
// panel), its body paragraphs are drawn in the small font, then the title in the heading font,
// rather than cut off. Returns true when the language toggle (ImGui id `toggle_id`, labelled
// `language`) was tapped this frame; the caller flips its language.
bool draw_notice_page(const NoticeCard& card, const std::string& municipality,
                      std::string_view language, const char* toggle_id, ui::Frame& frame);

}  // namespace siang::kiosk::screens
