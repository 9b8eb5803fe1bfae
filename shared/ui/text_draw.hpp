// Drawing and measuring UTF-8 text with ImGui: every path goes through the Thai display mapping.
#pragma once

#include <imgui.h>

#include <string_view>

namespace siang::ui {

// Height of one line of `font`, including room for Thai marks stacked above and below the
// base line so that consecutive lines never collide. Use this, not font->FontSize, to lay out.
float line_height(const ImFont* font);

// Size of `utf8` drawn on one line with `font` (newlines are not interpreted: callers that want
// several lines use draw_wrapped). Height is line_height(font).
ImVec2 measure_text(ImFont* font, std::string_view utf8);

// Draws `utf8` on one line with its line box's top-left at `pos`. Thai is mapped to the font's
// positional glyph variants first (cached), so marks never collide.
void draw_text(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 color, std::string_view utf8);

// Height `utf8` takes when wrapped to `width` pixels: lines break at '\n' and at word
// boundaries found by libthai; a word wider than the line is broken inside. A bullet hangs:
// every line of its text starts where the text starts on the first line, not under the icon or
// number. Bullets are an icon of icons.hpp and two spaces ("<icon>  text"), or a number of one
// to three digits, a full stop and a space ("3. text", Thai digits too).
float measure_wrapped(ImFont* font, float width, std::string_view utf8);

// Draws `utf8` wrapped to `width` (as measure_wrapped) from `pos`; returns the height used.
float draw_wrapped(ImDrawList* list, ImFont* font, ImVec2 pos, float width, ImU32 color,
                   std::string_view utf8);

// ImGui item versions: draw at the cursor of the current window and advance it like
// ImGui::Text does. text_label is one line; text_wrapped_label wraps to `width` pixels, or to the
// remaining content width when width <= 0.
void text_label(ImFont* font, ImU32 color, std::string_view utf8);
void text_wrapped_label(ImFont* font, ImU32 color, std::string_view utf8, float width = 0.0f);

// Text centred in the box [min, max] on one line (clipped to the box when it does not fit):
// the usual label of a button or a key.
void draw_text_centered(ImDrawList* list, ImFont* font, ImVec2 min, ImVec2 max, ImU32 color,
                        std::string_view utf8);

}  // namespace siang::ui
