// The console's small widgets over ImGui: every label goes through the Thai display mapping.
#pragma once

#include <imgui.h>

#include <span>
#include <string>
#include <string_view>

#include "ui/app_loop.hpp"

namespace siang::office {

// "<display form of text>##id": ImGui keeps the id stable while the language changes.
std::string widget_label(std::string_view text, std::string_view id);

// A filled accent button with light text (the view's main action).
bool primary_button(std::string_view text, std::string_view id);
// A quiet outlined button (secondary actions).
bool secondary_button(std::string_view text, std::string_view id);

// A drop-down of `items` (shown in display form); `current` is the chosen index. True when the
// choice changed.
bool choice(std::string_view id, std::span<const std::string> items, int& current, float width);

// A one-line text field with a grey hint; true when the text changed. `enter` is set when Enter
// was pressed in it.
bool text_field(std::string_view id, std::string_view hint, char* buffer, std::size_t size,
                float width, bool password = false, bool* enter = nullptr);
// A multi-line text field of `lines` lines.
bool text_area(std::string_view id, char* buffer, std::size_t size, float width, int lines);

// A section heading in the heading font and accent colour.
void section_heading(const ui::Frame& frame, std::string_view text);
// A line of muted secondary text.
void muted_text(const ui::Frame& frame, std::string_view text);
// A line in the error colour.
void error_line(const ui::Frame& frame, std::string_view text);

}  // namespace siang::office
