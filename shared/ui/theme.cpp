// Theme colours and sizes, and their mapping onto ImGui's style.
#include "ui/theme.hpp"

namespace siang::ui {

Theme make_theme(Rgb accent, const PanelSizing& panel) {
    constexpr Rgb white{0xFF, 0xFF, 0xFF};
    Theme t;
    Palette& p = t.palette;
    p.background = {0xF4, 0xF6, 0xF9};
    p.surface = white;
    p.surface_pressed = {0xE6, 0xEB, 0xF2};
    p.text = {0x1A, 0x1F, 0x2B};
    p.text_muted = {0x4A, 0x55, 0x68};
    p.accent = darken_to_contrast(accent, white, 4.5);
    p.on_accent = readable_on(p.accent);
    p.accent_soft = {static_cast<std::uint8_t>((p.accent.r + 6 * 0xFF) / 7),
                     static_cast<std::uint8_t>((p.accent.g + 6 * 0xFF) / 7),
                     static_cast<std::uint8_t>((p.accent.b + 6 * 0xFF) / 7)};
    p.danger = {0xB0, 0x1E, 0x2E};
    p.border = {0xD5, 0xDB, 0xE4};
    p.shadow = {0x1B, 0x2A, 0x45};

    Metrics& m = t.metrics;
    m.touch_target = panel.touch_target();
    m.gap = panel.touch_gap();
    m.margin = panel.px(8.0);
    m.radius = panel.px(4.0);
    m.shadow = panel.px(3.0);
    m.bar_height = m.touch_target + 2.0f * m.gap;
    return t;
}

ImVec4 to_imvec4(Rgb c, float alpha) {
    return {c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha};
}

ImU32 to_imu32(Rgb c, float alpha) {
    return ImGui::ColorConvertFloat4ToU32(to_imvec4(c, alpha));
}

void apply_theme(const Theme& theme, ImGuiStyle& style) {
    const Palette& p = theme.palette;
    const Metrics& m = theme.metrics;
    style = ImGuiStyle();
    style.WindowPadding = {m.margin, m.margin};
    style.WindowRounding = 0.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildRounding = m.radius;
    style.ChildBorderSize = 0.0f;
    style.PopupRounding = m.radius;
    style.FramePadding = {m.gap, m.gap * 0.5f};
    style.FrameRounding = m.radius;
    style.ItemSpacing = {m.gap, m.gap};
    style.ItemInnerSpacing = {m.gap * 0.5f, m.gap * 0.5f};
    style.ScrollbarSize = m.gap * 3.0f;
    style.ScrollbarRounding = m.gap;
    style.GrabRounding = m.radius;
    style.TabRounding = m.radius;

    auto* c = style.Colors;
    c[ImGuiCol_Text] = to_imvec4(p.text);
    c[ImGuiCol_TextDisabled] = to_imvec4(p.text_muted);
    c[ImGuiCol_WindowBg] = to_imvec4(p.background);
    c[ImGuiCol_ChildBg] = to_imvec4(p.surface);
    c[ImGuiCol_PopupBg] = to_imvec4(p.surface);
    c[ImGuiCol_Border] = to_imvec4(p.border);
    c[ImGuiCol_FrameBg] = to_imvec4(p.surface);
    c[ImGuiCol_FrameBgHovered] = to_imvec4(p.surface);
    c[ImGuiCol_FrameBgActive] = to_imvec4(p.surface_pressed);
    c[ImGuiCol_Button] = to_imvec4(p.accent);
    c[ImGuiCol_ButtonHovered] = to_imvec4(p.accent);
    c[ImGuiCol_ButtonActive] = to_imvec4(darken_to_contrast(p.accent, p.accent, 1.3));
    c[ImGuiCol_Header] = to_imvec4(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = to_imvec4(p.accent_soft);
    c[ImGuiCol_HeaderActive] = to_imvec4(p.accent_soft);
    c[ImGuiCol_CheckMark] = to_imvec4(p.accent);
    c[ImGuiCol_SliderGrab] = to_imvec4(p.accent);
    c[ImGuiCol_SliderGrabActive] = to_imvec4(p.accent);
    c[ImGuiCol_ScrollbarBg] = to_imvec4(p.background);
    c[ImGuiCol_ScrollbarGrab] = to_imvec4(p.border);
    c[ImGuiCol_TableHeaderBg] = to_imvec4(p.surface_pressed);
    c[ImGuiCol_TableBorderStrong] = to_imvec4(p.border);
    c[ImGuiCol_TableBorderLight] = to_imvec4(p.border);
    c[ImGuiCol_TableRowBg] = to_imvec4(p.surface);
    c[ImGuiCol_TableRowBgAlt] = to_imvec4(p.background);
    c[ImGuiCol_TextSelectedBg] = to_imvec4(p.accent_soft);
    c[ImGuiCol_NavHighlight] = to_imvec4(p.accent);
    c[ImGuiCol_Separator] = to_imvec4(p.border);
}

}  // namespace siang::ui
