// Buttons, drop-downs, text fields and headings in the console's look.
#include "office/views/widgets.hpp"

#include <imgui_internal.h>

#include "ui/display_text.hpp"
#include "ui/text_draw.hpp"
#include "ui/theme.hpp"

namespace siang::office {

std::string widget_label(std::string_view text, std::string_view id) {
    std::string out(ui::display_text(text));
    out += "##";
    out += id;
    return out;
}

bool primary_button(std::string_view text, std::string_view id) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // The theme's button colour is the accent; text on it must be the light on_accent colour.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_WindowBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_ButtonActive]);
    const bool pressed = ImGui::Button(widget_label(text, id).c_str());
    ImGui::PopStyleColor(2);
    return pressed;
}

bool secondary_button(std::string_view text, std::string_view id) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_Header]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, style.Colors[ImGuiCol_FrameBgActive]);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool pressed = ImGui::Button(widget_label(text, id).c_str());
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    return pressed;
}

bool choice(std::string_view id, std::span<const std::string> items, int& current, float width) {
    if (items.empty()) return false;
    current = std::clamp(current, 0, static_cast<int>(items.size()) - 1);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    const std::string preview(ui::display_text(items[static_cast<std::size_t>(current)]));
    if (ImGui::BeginCombo(("##" + std::string(id)).c_str(), preview.c_str())) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool selected = static_cast<int>(i) == current;
            const std::string item = widget_label(items[i], std::to_string(i));
            if (ImGui::Selectable(item.c_str(), selected)) {
                current = static_cast<int>(i);
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

namespace {

// ImGui's text fields draw the typed code points one glyph each, so Thai marks would collide.
// The fields below are drawn with their text invisible and the same text is drawn over them
// through the Thai display mapping. In the TLWG fonts a mark advances nothing in either form and
// SARA AM's decomposition is as wide as SARA AM, so ImGui's caret and selection stay where
// the citizen-facing glyphs are (tests/shared/ui/text_draw_test.cpp checks this).
void draw_display_lines(std::string_view text, ImVec2 origin, const ImRect& clip) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float line_h = ImGui::GetFontSize();
    list->PushClipRect(clip.Min, clip.Max, true);
    std::size_t start = 0;
    for (float y = origin.y; start <= text.size(); y += line_h) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        ui::draw_text(list, font, {origin.x, y}, ImGui::GetColorU32(ImGuiCol_Text),
                      text.substr(start, end - start));
        start = end + 1;
    }
    list->PopClipRect();
}

// Whether `text` shows without scrolling in a multi-line field of `lines` lines, `width` wide.
bool fits_unscrolled(std::string_view text, int lines, float width) {
    int count = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (ImGui::CalcTextSize(line.data(), line.data() + line.size()).x > width) return false;
        if (end < text.size()) ++count;
        start = end + 1;
    }
    return count <= lines;
}

}  // namespace

bool text_field(std::string_view id, std::string_view hint, char* buffer, std::size_t size,
                float width, bool password, bool* enter) {
    ImGui::SetNextItemWidth(width);
    ImGuiInputTextFlags flags = password ? ImGuiInputTextFlags_Password : 0;
    const std::string hint_text(ui::display_text(hint));
    if (!password) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    const bool changed = ImGui::InputTextWithHint(("##" + std::string(id)).c_str(),
                                                  hint_text.c_str(), buffer, size, flags);
    if (!password) {
        ImGui::PopStyleColor();
        const ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        const ImGuiInputTextState* edit = ImGui::GetInputTextState(ImGui::GetItemID());
        const float scroll_x = edit != nullptr ? edit->ScrollX : 0.0f;
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        draw_display_lines(buffer, {frame.Min.x + pad.x - scroll_x, frame.Min.y + pad.y}, frame);
    }
    if (enter)
        *enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    return changed;
}

bool text_area(std::string_view id, char* buffer, std::size_t size, float width, int lines) {
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + pad.y * 2;
    // Once the text scrolls, ImGui's own scrolled drawing is shown rather than a misplaced copy.
    const bool overlay = fits_unscrolled(buffer, lines, width - 2.0f * pad.x);
    if (overlay) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    const bool changed =
        ImGui::InputTextMultiline(("##" + std::string(id)).c_str(), buffer, size, {width, height});
    if (overlay) {
        ImGui::PopStyleColor();
        const ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        draw_display_lines(buffer, {frame.Min.x + pad.x, frame.Min.y + pad.y}, frame);
    }
    return changed;
}

void section_heading(const ui::Frame& frame, std::string_view text) {
    ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(frame.theme.palette.accent),
                   text);
}

void muted_text(const ui::Frame& frame, std::string_view text) {
    ui::text_label(frame.font(ui::FontRole::small), ui::to_imu32(frame.theme.palette.text_muted),
                   text);
}

void error_line(const ui::Frame& frame, std::string_view text) {
    ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(frame.theme.palette.danger), text);
}

}  // namespace siang::office
