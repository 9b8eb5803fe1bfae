// Buttons, drop-downs, text fields and headings in the console's look.
#include <cmath>
#include "office/views/widgets.hpp"

#include <imgui_internal.h>

#include <vector>

#include "text/utf8.hpp"
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

// The child window ImGui draws multi-line field `id` in (ImGui 1.86: one per field, its ChildId
// the field's id), whose scroll says where the text shows; nullptr before its first frame.
ImGuiWindow* multiline_window(ImGuiID id) {
    ImGuiWindow* parent = ImGui::GetCurrentWindow();
    for (ImGuiWindow* w : GImGui->Windows)
        if (w->ParentWindow == parent && w->ChildId == id) return w;
    return nullptr;
}

// Keeps the field at `limit` user-perceived characters: an edit that goes past it loses what
// it put just before the caret (the end of what was typed or pasted), so text after the caret
// is never lost.
struct AreaCallback {
    std::size_t limit;
    bool* caret_to_end;
};

int keep_within_limit(ImGuiInputTextCallbackData* data) {
    const auto& area = *static_cast<const AreaCallback*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        if (area.caret_to_end && *area.caret_to_end) {
            data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
            *area.caret_to_end = false;
        }
        return 0;
    }
    const std::size_t limit = area.limit;
    for (int guard = 0; guard < 8; ++guard) {
        const std::string_view all(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        const std::size_t count = text::count_user_chars(all);
        if (count <= limit) break;
        const auto caret = static_cast<std::size_t>(data->CursorPos);
        const std::string_view before = all.substr(0, caret);
        const std::size_t before_count = text::count_user_chars(before);
        const std::size_t keep = before_count > count - limit ? before_count - (count - limit) : 0;
        const std::size_t cut = prefix_of_chars(before, keep);
        if (cut >= caret) {  // nothing before the caret to drop: drop the end
            const std::size_t end = prefix_of_chars(all, limit);
            data->DeleteChars(static_cast<int>(end), data->BufTextLen - static_cast<int>(end));
            break;
        }
        data->DeleteChars(static_cast<int>(cut), static_cast<int>(caret - cut));
    }
    return 0;
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

bool text_area(std::string_view id, char* buffer, std::size_t size, float width, int lines,
               std::size_t limit, bool* caret_to_end) {
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + pad.y * 2;
    const bool move_caret = caret_to_end != nullptr && *caret_to_end;
    if (move_caret) ImGui::SetKeyboardFocusHere();
    AreaCallback callback{limit, caret_to_end};
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    const bool changed = ImGui::InputTextMultiline(
        ("##" + std::string(id)).c_str(), buffer, size, {width, height},
        ImGuiInputTextFlags_CallbackEdit | (move_caret ? ImGuiInputTextFlags_CallbackAlways : 0),
        keep_within_limit, &callback);
    ImGui::PopStyleColor();
    // The overlay goes where ImGui put the invisible text: moved by the field's own vertical
    // scroll and, while it is being edited, its horizontal one; clipped to the field's inside
    // (not over its scroll bar).
    const ImGuiID item = ImGui::GetItemID();
    const ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImVec2 scroll{0.0f, 0.0f};
    ImRect clip = frame;
    if (const ImGuiWindow* child = multiline_window(item)) {
        scroll.y = child->Scroll.y;
        clip = child->InnerClipRect;
    }
    if (const ImGuiInputTextState* edit = ImGui::GetInputTextState(item)) scroll.x = edit->ScrollX;
    draw_display_lines(buffer, {frame.Min.x + pad.x - scroll.x, frame.Min.y + pad.y - scroll.y},
                       clip);
    return changed;
}

std::size_t prefix_of_chars(std::string_view text, std::size_t max_chars) {
    if (text::count_user_chars(text) <= max_chars) return text.size();
    // The count only grows with the prefix: binary search over the code point boundaries for
    // the last one whose prefix still fits (a character's marks come with it, the next base
    // does not).
    std::vector<std::size_t> cuts;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            cuts.push_back(i);
    std::size_t lo = 0, hi = cuts.size() - 1;  // prefix cuts[lo] fits, cuts[hi] does not
    while (hi - lo > 1) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (text::count_user_chars(text.substr(0, cuts[mid])) <= max_chars)
            lo = mid;
        else
            hi = mid;
    }
    return cuts[lo];
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

// Draws a QR symbol (an issued code's, a kiosk's enrolment) at the cursor, at most `target_px` square: whole-pixel dark
// modules on white (quiet zone included), so a phone or the kiosk's scanner reads it off the
// monitor. Encoded once by the model; no texture to outlive the window.
void draw_qr_matrix(const std::optional<qr::QrMatrix>& matrix, float target_px, float inner) {
    if (!matrix) return;
    const qr::QrMatrix& m = *matrix;
    const float scale = std::max(1.0f, std::floor(target_px / static_cast<float>(m.size)));
    const float side = scale * static_cast<float>(m.size);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::floor((inner - side) * 0.5f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 o{std::floor(at.x), std::floor(at.y)};
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(o, {o.x + side, o.y + side}, IM_COL32_WHITE);
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size;) {
            if (!m.at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m.size && m.at(end, y)) ++end;  // one rectangle per run of dark modules
            const auto px = [scale](int modules) { return scale * static_cast<float>(modules); };
            list->AddRectFilled({o.x + px(x), o.y + px(y)}, {o.x + px(end), o.y + px(y + 1)},
                                IM_COL32_BLACK);
            x = end;
        }
    }
    ImGui::Dummy({side, side});
}

}  // namespace siang::office
