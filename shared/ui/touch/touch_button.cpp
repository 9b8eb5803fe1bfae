// Touch button drawing and tap detection.
#include "ui/touch/touch_button.hpp"

#include "ui/card.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/pointer_gesture.hpp"

namespace siang::ui::touch {

namespace {

// A pressed button sinks by this fraction on each side: visible feedback under a fingertip.
constexpr float kPressedInset = 0.03f;

struct Colors {
    Rgb fill;
    Rgb fill_pressed;
    Rgb text;
};

Rgb mix(Rgb a, Rgb b, float t) {
    auto ch = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(static_cast<float>(x) + (static_cast<float>(y) - x) * t +
                                         0.5f);
    };
    return Rgb{ch(a.r, b.r), ch(a.g, b.g), ch(a.b, b.b)};
}

Colors colors_for(const Palette& p, ButtonLook look) {
    constexpr Rgb black{0, 0, 0};
    switch (look) {
        case ButtonLook::primary:
        case ButtonLook::selected:
            return {p.accent, mix(p.accent, black, 0.2f), p.on_accent};
        case ButtonLook::modifier:
            return {p.accent_soft, mix(p.accent_soft, black, 0.1f), p.text};
        case ButtonLook::key_muted:
            return {p.surface_pressed, mix(p.surface_pressed, black, 0.08f), p.text_muted};
        case ButtonLook::key:
        case ButtonLook::secondary:
            break;
    }
    return {p.surface, p.surface_pressed, p.text};
}

}  // namespace

bool touch_button_at(const char* id, ImVec2 min, ImVec2 size, std::string_view label,
                     const TouchStyle& style, ButtonLook look, ImFont* font) {
    const PointerGesture& pointer = pointer_gesture(style.gesture);
    const ImVec2 backup = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(min);
    const bool released_inside = ImGui::InvisibleButton(id, size);
    ImGui::SetCursorScreenPos(backup);
    probe::touch(id, min, {min.x + size.x, min.y + size.y});
    const bool held = ImGui::IsItemActive() &&
                      ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
                      pointer.phase == GesturePhase::pressed;

    const Theme& theme = style.theme;
    const Colors c = colors_for(theme.palette, look);
    ImVec2 a = min;
    ImVec2 b{min.x + size.x, min.y + size.y};
    if (held) {
        const float dx = size.x * kPressedInset, dy = size.y * kPressedInset;
        a = {a.x + dx, a.y + dy};
        b = {b.x - dx, b.y - dy};
    }
    const bool key_like = look == ButtonLook::key || look == ButtonLook::modifier;
    const bool flat = look == ButtonLook::key_muted;
    // Keys are many and close together: a small shadow keeps them apart without clutter.
    // A muted key lies flat: it does not invite a press.
    const float shadow = held || flat ? 0.0f
                         : key_like   ? theme.metrics.shadow * 0.4f
                                      : theme.metrics.shadow;
    ImDrawList* list = ImGui::GetWindowDrawList();
    draw_card(list, a, b, theme.metrics.radius, to_imu32(held ? c.fill_pressed : c.fill), shadow,
              to_imu32(theme.palette.shadow, 0.22f));
    if (!label.empty())
        draw_text_centered(list, font != nullptr ? font : style.label_font(), a, b,
                           to_imu32(c.text), label);
    return released_inside && pointer.ended == GestureEnd::tap;
}

bool touch_button(const char* id, std::string_view label, ImVec2 size, const TouchStyle& style,
                  ButtonLook look) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool tapped = touch_button_at(id, at, size, label, style, look);
    ImGui::Dummy(size);
    return tapped;
}

}  // namespace siang::ui::touch
