// Text measuring and drawing over ImGui's draw lists, always on the Thai display form.
#include "ui/text_draw.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/sensitive_memory.hpp"
#include "text/line_wrap.hpp"
#include "text/thai_display.hpp"
#include "ui/display_text.hpp"
#include "ui/layout_probe.hpp"

namespace siang::ui {
namespace {

float width_of_display(ImFont* font, std::string_view shown) {
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, shown.data(), shown.data() + shown.size())
        .x;
}

// Width of logical text on one line (display form measured, since that is what is drawn).
float width_of(ImFont* font, std::string_view utf8) {
    return width_of_display(font, display_text(utf8));
}

// Wrapping measures many substrings: they are converted without polluting the display cache,
// and the finished layout is memoised because screens redraw the same paragraphs every frame.
// The keys hold the text (a typed complaint too), so dropping them zeroes them first, and the
// wipe drops them all (sensitive_memory.hpp).
using Layouts = std::unordered_map<std::string, std::vector<text::WrappedLine>>;

void clear_zeroed(Layouts& layouts) {
    while (!layouts.empty()) {
        auto node = layouts.extract(layouts.begin());
        zero_memory(node.key().data(), node.key().capacity());
    }
}

Layouts& layout_cache() {
    static Layouts l = [] {
        register_sensitive_cache([] { clear_zeroed(layout_cache()); });
        return Layouts{};
    }();
    return l;
}

const std::vector<text::WrappedLine>& wrapped(ImFont* font, float width, std::string_view utf8) {
    Layouts& layouts = layout_cache();
    std::string key(reinterpret_cast<const char*>(&font), sizeof font);
    key.append(reinterpret_cast<const char*>(&width), sizeof width);
    key.append(reinterpret_cast<const char*>(&font->FontSize), sizeof font->FontSize);
    key.append(utf8);
    if (auto it = layouts.find(key); it != layouts.end()) {
        zero_memory(key.data(), key.capacity());
        return it->second;
    }
    if (layouts.size() > 2048) clear_zeroed(layouts);
    auto lines = text::wrap_text(utf8, width, [font](std::string_view s) {
        return width_of_display(font, text::to_display(s));
    });
    return layouts.emplace(std::move(key), std::move(lines)).first->second;
}

// Bytes of the lead of a bullet, 0 for other text: an icon bullet "<icon>  text" (an icon of
// the private use area, where all icons are, then two spaces; logical text holds no other
// private-use code point: the Thai glyph variants there appear only in the display form), or a
// numbered item "3. text" (one to three digits, Arabic or Thai, then a full stop and a space).
std::size_t bullet_lead(std::string_view utf8) {
    if (utf8.size() >= 6 && utf8.substr(3, 2) == "  ") {
        const auto b0 = static_cast<unsigned char>(utf8[0]);
        const auto b1 = static_cast<unsigned char>(utf8[1]);
        if (b0 == 0xEE || (b0 == 0xEF && b1 <= 0xA3)) return 5;  // U+E000–U+F8FF
    }
    std::size_t at = 0;
    int digits = 0;
    while (digits < 3 && at < utf8.size()) {
        if (utf8[at] >= '0' && utf8[at] <= '9') {
            at += 1;
        } else if (utf8.substr(at, 2) == "\xE0\xB9" && at + 2 < utf8.size() &&
                   static_cast<unsigned char>(utf8[at + 2]) >= 0x90 &&
                   static_cast<unsigned char>(utf8[at + 2]) <= 0x99) {
            at += 3;  // ๐–๙ (U+0E50–U+0E59)
        } else {
            break;
        }
        ++digits;
    }
    if (digits == 0 || utf8.substr(at, 2) != ". " || at + 2 >= utf8.size()) return 0;
    return at + 2;
}

// How a text is laid out: its lines, and for an icon bullet the lead and the x its lines start at.
struct Laid {
    std::string_view lead;  // the icon and its spaces, drawn at the left
    std::string_view body;  // the text the lines index into
    float indent = 0.0f;
    const std::vector<text::WrappedLine>* lines = nullptr;
};

Laid lay_out(ImFont* font, float width, std::string_view utf8) {
    Laid l{{}, utf8, 0.0f, nullptr};
    if (const std::size_t lead = bullet_lead(utf8)) {
        const float indent = width_of(font, utf8.substr(0, lead));
        if (indent < width * 0.5f) {  // hanging under the text: the text keeps most of the width
            l.lead = utf8.substr(0, lead);
            l.body = utf8.substr(lead);
            l.indent = indent;
        }
    }
    l.lines = &wrapped(font, width - l.indent, l.body);
    return l;
}

}  // namespace

// fonts.cpp makes FontSize the full line box (glyphs shifted so stacked marks fit inside).
float line_height(const ImFont* font) {
    return font->FontSize;
}

ImVec2 measure_text(ImFont* font, std::string_view utf8) {
    return {width_of(font, utf8), line_height(font)};
}

void draw_text(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 color, std::string_view utf8) {
    const std::string_view shown = display_text(utf8);
    if (probe::active)
        probe::text(font, pos, {pos.x + width_of_display(font, shown), pos.y + line_height(font)},
                    utf8);
    list->AddText(font, font->FontSize, pos, color, shown.data(), shown.data() + shown.size());
}

float measure_wrapped(ImFont* font, float width, std::string_view utf8) {
    return static_cast<float>(lay_out(font, width, utf8).lines->size()) * line_height(font);
}

float draw_wrapped(ImDrawList* list, ImFont* font, ImVec2 pos, float width, ImU32 color,
                   std::string_view utf8) {
    const Laid l = lay_out(font, width, utf8);
    const auto& lines = *l.lines;
    const float lh = line_height(font);
    if (!l.lead.empty()) draw_text(list, font, pos, color, l.lead);
    for (std::size_t i = 0; i < lines.size(); ++i)
        draw_text(list, font, {pos.x + l.indent, pos.y + lh * static_cast<float>(i)}, color,
                  l.body.substr(lines[i].begin, lines[i].end - lines[i].begin));
    return lh * static_cast<float>(lines.size());
}

void text_label(ImFont* font, ImU32 color, std::string_view utf8) {
    const ImVec2 size = measure_text(font, utf8);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    if (ImGui::IsItemVisible()) draw_text(ImGui::GetWindowDrawList(), font, pos, color, utf8);
}

void text_wrapped_label(ImFont* font, ImU32 color, std::string_view utf8, float width) {
    if (width <= 0.0f) width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float height = draw_wrapped(ImGui::GetWindowDrawList(), font, pos, width, color, utf8);
    ImGui::Dummy({width, height});
}

void draw_text_centered(ImDrawList* list, ImFont* font, ImVec2 min, ImVec2 max, ImU32 color,
                        std::string_view utf8) {
    const ImVec2 size = measure_text(font, utf8);
    const ImVec2 pos{std::max(min.x, (min.x + max.x - size.x) * 0.5f),
                     (min.y + max.y - size.y) * 0.5f};
    const bool fits = size.x <= max.x - min.x && size.y <= max.y - min.y;
    if (!fits) list->PushClipRect(min, max, true);
    draw_text(list, font, {std::floor(pos.x), std::floor(pos.y)}, color, utf8);
    if (!fits) list->PopClipRect();
}

}  // namespace siang::ui
