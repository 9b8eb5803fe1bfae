// Rounded cards with soft shadows (SPEC §11), drawn by the renderer's card shader.
#pragma once

#include <imgui.h>

namespace siang::ui {

// Adds a rounded card filling [min, max] with corner `radius` and a soft shadow `shadow` pixels
// wide (0: none) to `list`. It is drawn in order with the list's other content, clipped by the
// current clip rect. Only valid until begin_card_frame() runs for the next frame.
void draw_card(ImDrawList* list, ImVec2 min, ImVec2 max, float radius, ImU32 fill, float shadow,
               ImU32 shadow_color = IM_COL32(27, 42, 69, 56));

// Forgets the cards of the previous frame. The app loop calls it before building a frame.
void begin_card_frame();

// What the renderer needs to draw one card (see GlRenderer).
struct CardParams {
    ImVec2 min, max;
    float radius;
    ImVec4 fill;
    float shadow;
    ImVec4 shadow_color;
    // An opaque card's middle, away from the rounded edge, is drawn as an ordinary ImGui
    // rectangle right after the card; the card shader only shades the band around it (per-pixel
    // distance maths is the costliest fragment work on a software rasteriser). Empty: none.
    ImVec2 inner_min, inner_max;
    bool hollow() const { return inner_max.x > inner_min.x && inner_max.y > inner_min.y; }
};

// The card a draw command stands for, or nullptr when the command is not a card.
const CardParams* card_of(const ImDrawCmd& cmd);

}  // namespace siang::ui
