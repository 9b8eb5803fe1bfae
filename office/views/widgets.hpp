// The console's small widgets over ImGui: every label goes through the Thai display mapping.
#pragma once

#include <imgui.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "qr/qr_matrix.hpp"
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
// A multi-line text field of `lines` lines that takes at most `limit` user-perceived
// characters (text::count_user_chars, as the store counts them): what is typed or pasted past
// the limit is dropped at the caret. Thai is drawn through the display mapping also when the
// field scrolls, in either direction. While `*caret_to_end` is true the field takes the
// keyboard and puts the caret after the text (then it is set false), scrolling to it.
bool text_area(std::string_view id, char* buffer, std::size_t size, float width, int lines,
               std::size_t limit, bool* caret_to_end = nullptr);
// The same over a field's buffer sized for its domain limit (console_views.hpp).
template <class Limited>
bool limited_text_area(std::string_view id, Limited& text, float width, int lines,
                       bool* caret_to_end = nullptr) {
    return text_area(id, text.c_str(), text.data.size(), width, lines, Limited::limit,
                     caret_to_end);
}

// The longest start of `text` (valid UTF-8) of at most `max_chars` user-perceived characters,
// cut between code points, as its length in bytes.
std::size_t prefix_of_chars(std::string_view text, std::size_t max_chars);

// A section heading in the heading font and accent colour.
void section_heading(const ui::Frame& frame, std::string_view text);
// A line of muted secondary text.
void muted_text(const ui::Frame& frame, std::string_view text);
// A line in the error colour.
void error_line(const ui::Frame& frame, std::string_view text);

// A QR symbol at the cursor, at most `target_px` square, centred in `inner` pixels: whole-pixel
// dark modules on white, quiet zone included, so a phone or a kiosk's scanner reads the monitor.
void draw_qr_matrix(const std::optional<qr::QrMatrix>& matrix, float target_px, float inner);

}  // namespace siang::office
