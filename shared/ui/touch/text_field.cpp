// Drawing a TextEdit as a touch text field, with caret, counter and physical keyboard input.
#include "ui/touch/text_field.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/sensitive_memory.hpp"
#include "text/display_cells.hpp"
#include "text/line_wrap.hpp"
#include "text/utf8.hpp"
#include "ui/card.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/pointer_gesture.hpp"

namespace siang::ui::touch {

namespace {

constexpr double kBlinkHalfPeriod = 0.53;
// After this long without typing the caret stops blinking and stays solid, so an untouched
// kiosk stops drawing frames (SPEC §10 idle target).
constexpr double kBlinkForSeconds = 15.0;
constexpr double kShakeSeconds = 0.3;

struct Layout {
    std::vector<text::WrappedLine> lines;
    std::size_t first_line = 0;  // the first line shown
    float scroll_x = 0.0f;       // single-line text scrolled left to keep the caret in view
};

float caret_width(float pad) {
    return std::max(2.0f, pad * 0.2f);
}

float width_of(ImFont* font, std::string_view s) {
    return measure_text(font, s).x;
}

std::size_t line_of(const std::vector<text::WrappedLine>& lines, std::size_t offset) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (offset <= lines[i].end && (i + 1 == lines.size() || offset < lines[i + 1].begin))
            return i;
    return lines.empty() ? 0 : lines.size() - 1;
}

Layout lay_out(const TextEdit& edit, ImFont* font, float inner_width, int visible_lines) {
    Layout l;
    const std::string& text = edit.text();
    if (edit.options().multi_line) {
        l.lines = text::wrap_text(text, inner_width,
                                  [font](std::string_view s) { return width_of(font, s); });
    }
    if (l.lines.empty()) l.lines.push_back(text::WrappedLine{0, text.size()});
    const std::size_t caret_line = line_of(l.lines, edit.caret());
    const std::size_t shown = static_cast<std::size_t>(std::max(1, visible_lines));
    if (caret_line >= shown) l.first_line = caret_line + 1 - shown;
    if (!edit.options().multi_line) {
        const float caret_x = width_of(font, std::string_view(text).substr(0, edit.caret()));
        l.scroll_x = std::max(0.0f, caret_x - inner_width + 2.0f);
    }
    return l;
}

// The caret position nearest to `x` pixels into the line [begin, end) of `text`.
std::size_t nearest_boundary(const std::string& text, text::WrappedLine line, float x,
                             ImFont* font) {
    std::size_t best = line.begin;
    float best_distance = std::abs(x);
    for (std::size_t b : text::cell_boundaries(std::string_view(text).substr(0, line.end))) {
        if (b <= line.begin) continue;
        const float d =
            std::abs(width_of(font, std::string_view(text).substr(line.begin, b - line.begin)) - x);
        if (d < best_distance) best = b, best_distance = d;
    }
    const float end_d = std::abs(
        width_of(font, std::string_view(text).substr(line.begin, line.end - line.begin)) - x);
    if (end_d < best_distance) best = line.end;
    return best;
}

// ImGui's queue of typed characters as UTF-8 (ImWchar is UTF-16 here: pairs are joined).
std::string take_typed_characters() {
    ImGuiIO& io = ImGui::GetIO();
    std::string out;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        char32_t c = io.InputQueueCharacters[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < io.InputQueueCharacters.Size) {
            const char32_t low = io.InputQueueCharacters[i + 1];
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            }
        }
        if (c >= 0xD800 && c <= 0xDFFF) continue;  // a lone surrogate: nothing to type
        text::append_utf8(out, c);
    }
    // What was typed must not stay in ImGui's queue, which keeps its buffer (sensitive_memory.hpp).
    zero_memory(io.InputQueueCharacters.Data,
                static_cast<std::size_t>(io.InputQueueCharacters.Capacity) * sizeof(ImWchar));
    io.InputQueueCharacters.resize(0);
    return out;
}

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true);
}

// Physical keys other than characters, in the order a scanner or a person would send them.
std::vector<KeyEvent> take_physical_keys() {
    std::vector<KeyEvent> keys;
    if (key_pressed(ImGuiKey_Backspace)) keys.push_back({KeyEvent::Type::backspace, 0});
    if (key_pressed(ImGuiKey_LeftArrow)) keys.push_back({KeyEvent::Type::caret_left, 0});
    if (key_pressed(ImGuiKey_RightArrow)) keys.push_back({KeyEvent::Type::caret_right, 0});
    if (key_pressed(ImGuiKey_Home)) keys.push_back({KeyEvent::Type::caret_home, 0});
    if (key_pressed(ImGuiKey_End)) keys.push_back({KeyEvent::Type::caret_end, 0});
    if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter))
        keys.push_back({KeyEvent::Type::enter, 0});
    return keys;
}

}  // namespace

CounterTone counter_tone(std::size_t count, std::size_t max_chars, bool complete) {
    if (complete) return CounterTone::done;
    return max_chars != 0 && count >= max_chars ? CounterTone::full : CounterTone::normal;
}

TextFieldOutcome draw_text_field(const char* id, TextFieldState& state, float width, int lines,
                                 const TouchStyle& style, std::optional<KeyEvent> key,
                                 std::string_view placeholder) {
    TextFieldOutcome out;
    TextEdit& edit = state.edit;
    const double now = ImGui::GetTime();
    auto note = [&](EditResult r) {
        state.last = r;
        if (r == EditResult::changed) out.changed = true;
        if (r == EditResult::submit) out.submitted = true;
        if (is_refusal(r)) {
            out.refused = true;
            state.refused_at = now;
        }
        if (r != EditResult::nothing) state.last_input = now;
    };

    if (state.focused) {
        std::string typed = take_typed_characters();
        if (!typed.empty()) {
            const PasteResult p = edit.paste(typed);
            if (p.inserted > 0) note(EditResult::changed);
            if (p.refused > 0)
                note(p.hit_limit ? EditResult::refused_limit : EditResult::refused_sequence);
            if (p.submitted) note(EditResult::submit);
        }
        zero_memory(typed.data(), typed.capacity());
        for (const KeyEvent& k : take_physical_keys()) note(edit.apply(k));
        if (key) note(edit.apply(*key));
    }

    const Theme& theme = style.theme;
    ImFont* font = style.label_font();
    const float pad = theme.metrics.gap;
    const float line_h = line_height(font);
    const ImVec2 size{width, static_cast<float>(std::max(1, lines)) * line_h + 2.0f * pad};
    ImVec2 min = ImGui::GetCursorScreenPos();

    // The item comes first so a tap on the field can focus it and place the caret.
    // The pointer is read every frame, not only on release: it must see the press to know a tap.
    const PointerGesture& pointer = pointer_gesture(style.gesture);
    const bool released_inside = ImGui::InvisibleButton(id, size);
    probe::touch(id, min, {min.x + size.x, min.y + size.y});
    const bool tapped = released_inside && pointer.ended == GestureEnd::tap;
    const float inner_w = width - 2.0f * pad;
    Layout layout = lay_out(edit, font, inner_w, lines);
    if (tapped) {
        out.tapped = true;
        state.focused = true;
        const ImVec2 m = ImGui::GetIO().MousePos;
        const std::size_t row = std::min(
            layout.lines.size() - 1, layout.first_line + static_cast<std::size_t>(std::max(
                                                             0.0f, (m.y - min.y - pad) / line_h)));
        note(edit.set_caret(nearest_boundary(edit.text(), layout.lines[row],
                                             m.x - min.x - pad + layout.scroll_x, font)));
        layout = lay_out(edit, font, inner_w, lines);
    }

    // A refused key shakes the field sideways for a moment: noticed, not alarming.
    const double since_refusal = now - state.refused_at;
    const bool shaking = state.refused_at >= 0.0 && since_refusal < kShakeSeconds;
    if (shaking) {
        const double fade = 1.0 - since_refusal / kShakeSeconds;
        min.x += static_cast<float>(std::sin(since_refusal * 40.0) * fade * pad * 0.5);
        out.animating = true;
    }
    const ImVec2 max{min.x + size.x, min.y + size.y};
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Rgb edge = shaking         ? theme.palette.danger
                     : state.focused ? theme.palette.accent
                                     : theme.palette.border;
    draw_card(list, min, max, theme.metrics.radius, to_imu32(theme.palette.surface), 0.0f);
    list->AddRect(min, max, to_imu32(edge), theme.metrics.radius, 0, state.focused ? 3.0f : 1.5f);

    const ImVec2 inner{min.x + pad, min.y + pad};
    list->PushClipRect(inner, ImVec2{max.x - pad, max.y - pad}, true);
    const std::string& text = edit.text();
    if (text.empty() && !placeholder.empty()) {
        // Past the caret, which sits at the start of an empty field.
        draw_text(list, font, ImVec2{inner.x + caret_width(pad) * 3.0f, inner.y},
                  to_imu32(theme.palette.text_muted), placeholder);
    }
    const std::size_t last_line = std::min(
        layout.lines.size(), layout.first_line + static_cast<std::size_t>(std::max(1, lines)));
    const probe::ClipExpected scrolled_text;  // a long answer scrolls inside its field
    for (std::size_t i = layout.first_line; i < last_line; ++i) {
        const text::WrappedLine& r = layout.lines[i];
        const ImVec2 at{inner.x - layout.scroll_x,
                        inner.y + static_cast<float>(i - layout.first_line) * line_h};
        draw_text(list, font, at, to_imu32(theme.palette.text),
                  std::string_view(text).substr(r.begin, r.end - r.begin));
    }

    // Caret: solid right after input, then blinking for a while, then solid again (no timer).
    const double idle = now - state.last_input;
    if (state.focused) {
        bool visible = true;
        if (idle < kBlinkForSeconds) {
            const double phase = std::fmod(idle, 2.0 * kBlinkHalfPeriod);
            visible = phase < kBlinkHalfPeriod;
            out.wake_after_seconds = kBlinkHalfPeriod - std::fmod(idle, kBlinkHalfPeriod);
        }
        if (visible) {
            const std::size_t cl = line_of(layout.lines, edit.caret());
            const text::WrappedLine& r = layout.lines[cl];
            const float x =
                inner.x - layout.scroll_x +
                width_of(font, std::string_view(text).substr(r.begin, edit.caret() - r.begin));
            const float y =
                inner.y + static_cast<float>(cl - std::min(cl, layout.first_line)) * line_h;
            list->AddRectFilled(ImVec2{x, y}, ImVec2{x + caret_width(pad), y + line_h},
                                to_imu32(theme.palette.accent));
        }
    }
    list->PopClipRect();

    // The counter: "12/200", red when the field is full so a refused key has a visible reason.
    ImFont* small = style.hint_font();
    const std::string counter =
        std::to_string(edit.count()) + "/" + std::to_string(edit.max_chars());
    const ImVec2 counter_size = measure_text(small, counter);
    const CounterTone tone = counter_tone(edit.count(), edit.max_chars(), state.complete);
    const Rgb counter_colour = tone == CounterTone::full   ? theme.palette.danger
                               : tone == CounterTone::done ? theme.palette.accent
                                                           : theme.palette.text_muted;
    draw_text(list, small, ImVec2{max.x - counter_size.x, max.y + pad * 0.25f},
              to_imu32(counter_colour), counter);
    ImGui::Dummy(ImVec2{width, counter_size.y + pad * 0.25f});
    return out;
}

}  // namespace siang::ui::touch
