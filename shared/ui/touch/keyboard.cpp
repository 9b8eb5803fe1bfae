// Drawing the on-screen keyboard.
#include "ui/touch/keyboard.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "text/thai_input.hpp"
#include "text/utf8.hpp"
#include "ui/icons.hpp"
#include "ui/layout_probe.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::ui::touch {

namespace {

Rgb mix(Rgb a, Rgb b, float t) {
    auto ch = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(static_cast<float>(x) + (static_cast<float>(y) - x) * t +
                                         0.5f);
    };
    return Rgb{ch(a.r, b.r), ch(a.g, b.g), ch(a.b, b.b)};
}

// Share of a key's width and height a mark face may fill.
constexpr float kMarkFaceFill = 0.8f;

// A face drawn as one run of display text in `font`, as large as the key allows (up to the font's
// own size), its ink centred: SARA AM (a spacing vowel: อำ reads as written), and any face the
// mark font lacks. Glyphs follow one another as ImGui draws display text, so the mark lands
// where the Thai pipeline put it.
void draw_face_as_text(ImDrawList* list, ImFont* font, ImVec2 min, ImVec2 max, const MarkFace& face,
                       const MarkKeyColours& colours) {
    struct Placed {
        const ImFontGlyph* glyph;
        float x;
        ImU32 colour;
    };
    std::vector<Placed> placed;
    float pen = 0.0f;
    for (const auto& [utf8, colour] : {std::pair{std::string_view(face.base), colours.base},
                                       std::pair{std::string_view(face.marks), colours.mark}})
        for (char32_t cp : text::decode_utf8(utf8)) {
            const ImFontGlyph* g = font->FindGlyph(static_cast<ImWchar>(cp));
            if (g == nullptr) continue;
            placed.push_back({g, pen, to_imu32(colour)});
            pen += g->AdvanceX;
        }
    if (placed.empty()) return;
    float x0 = placed.front().x + placed.front().glyph->X0, x1 = x0;
    float y0 = placed.front().glyph->Y0, y1 = y0;
    for (const Placed& p : placed) {
        x0 = std::min(x0, p.x + p.glyph->X0);
        x1 = std::max(x1, p.x + p.glyph->X1);
        y0 = std::min(y0, p.glyph->Y0);
        y1 = std::max(y1, p.glyph->Y1);
    }
    const float room_w = (max.x - min.x) * kMarkFaceFill;
    const float room_h = (max.y - min.y) * kMarkFaceFill;
    const float scale =
        std::min({1.0f, room_w / std::max(1.0f, x1 - x0), room_h / std::max(1.0f, y1 - y0)});
    const float ox = std::floor((min.x + max.x) * 0.5f - (x0 + x1) * 0.5f * scale);
    const float oy = std::floor((min.y + max.y) * 0.5f - (y0 + y1) * 0.5f * scale);
    for (const Placed& p : placed)
        font->RenderChar(list, font->FontSize * scale, ImVec2{ox + p.x * scale, oy}, p.colour,
                         static_cast<ImWchar>(p.glyph->Codepoint));
}

// Share of a mark face's height the pale อ takes; the mark gets the rest, above or below it, up
// to these fractions of the อ's height and width.
constexpr float kBaseShare = 0.4f;
constexpr float kMarkToBaseHeight = 0.75f;
constexpr float kMarkToBaseWidth = 1.1f;

// A mark key's face: the pale อ in `text_font` and over (or under) it the mark as the display
// pipeline chose it for อ (a lowered tone mark, an upper vowel), magnified from `mark_font`
// until it fills the rest of the key, both centred. A Thai tone mark is a tenth of a letter's
// height in the font: drawn at the letter's scale, ่ ้ ๊ ๋ are specks, told apart by nobody.
void draw_mark_face(ImDrawList* list, ImFont* text_font, ImFont* mark_font, ImVec2 min, ImVec2 max,
                    const MarkFace& face, const MarkKeyColours& colours) {
    const std::u32string base = text::decode_utf8(face.base);
    const std::u32string marks = text::decode_utf8(face.marks);
    // The carrier from the mark font when it has it (crisp at any size), else from the text.
    ImFont* base_font = text_font;
    const ImFontGlyph* b = nullptr;
    if (base.size() == 1) {
        b = mark_font->FindGlyphNoFallback(static_cast<ImWchar>(base[0]));
        if (b != nullptr)
            base_font = mark_font;
        else
            b = text_font->FindGlyph(static_cast<ImWchar>(base[0]));
    }
    bool as_text = b == nullptr || marks.empty() || b->Y1 <= b->Y0;
    struct Placed {
        const ImFontGlyph* glyph;
        float x;
    };
    std::vector<Placed> placed;
    float pen = 0.0f;
    for (char32_t cp : marks) {
        const ImFontGlyph* g = mark_font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        // SARA AM's AA is a letter, not a mark: that face reads best as written.
        if (g == nullptr || cp == U'\u0E32' || g->Y1 <= g->Y0) {
            as_text = true;
            break;
        }
        placed.push_back({g, pen});
        pen += g->AdvanceX;
    }
    if (as_text) {
        draw_face_as_text(list, text_font, min, max, face, colours);
        return;
    }
    float x0 = placed.front().x + placed.front().glyph->X0, x1 = x0;
    float y0 = placed.front().glyph->Y0, y1 = placed.front().glyph->Y1;
    for (const Placed& p : placed) {
        x0 = std::min(x0, p.x + p.glyph->X0);
        x1 = std::max(x1, p.x + p.glyph->X1);
        y0 = std::min(y0, p.glyph->Y0);
        y1 = std::max(y1, p.glyph->Y1);
    }
    // Above or below the letter, as the pipeline put it in running text.
    const ImFontGlyph* in_text = base_font->FindGlyph(static_cast<ImWchar>(marks.front()));
    const bool below = in_text != nullptr && in_text->Y0 >= (b->Y0 + b->Y1) * 0.5f;

    const float room_w = (max.x - min.x) * kMarkFaceFill;
    const float room_h = (max.y - min.y) * kMarkFaceFill;
    const float gap = std::round(room_h * 0.08f);
    const float sb = std::min(1.0f, room_h * kBaseShare / (b->Y1 - b->Y0));
    const float base_h = (b->Y1 - b->Y0) * sb;
    // Magnified, but never past the letter under it: a giant ๊ or ็ would read as ๗ or ๘.
    const float base_w = (b->X1 - b->X0) * sb;
    const float mw = std::max(1.0f, x1 - x0), mh = std::max(1.0f, y1 - y0);
    const float sm = std::min({1.0f, room_w / mw, (room_h - base_h - gap) / mh,
                               kMarkToBaseHeight * base_h / mh, kMarkToBaseWidth * base_w / mw});
    const float mark_h = (y1 - y0) * sm;
    const float top = (min.y + max.y - (base_h + gap + mark_h)) * 0.5f;
    const float base_top = below ? top : top + mark_h + gap;
    const float mark_top = below ? top + base_h + gap : top;
    const float cx = (min.x + max.x) * 0.5f;
    base_font->RenderChar(
        list, base_font->FontSize * sb,
        ImVec2{std::floor(cx - (b->X0 + b->X1) * 0.5f * sb), std::floor(base_top - b->Y0 * sb)},
        to_imu32(colours.base), static_cast<ImWchar>(base[0]));
    const ImVec2 at{std::floor(cx - (x0 + x1) * 0.5f * sm), std::floor(mark_top - y0 * sm)};
    for (const Placed& p : placed)
        mark_font->RenderChar(list, mark_font->FontSize * sm, ImVec2{at.x + p.x * sm, at.y},
                              to_imu32(colours.mark), static_cast<ImWchar>(p.glyph->Codepoint));
}

ButtonLook look_of(const Key& key, const KeyboardState& state, bool refused) {
    if (key.action == KeyAction::insert) return refused ? ButtonLook::key_muted : ButtonLook::key;
    switch (key_cap(key, state).tone) {
        case KeyTone::letter:
            return ButtonLook::key;
        case KeyTone::modifier:
            return ButtonLook::modifier;
        case KeyTone::on:
        case KeyTone::latched:
            return ButtonLook::selected;
    }
    return ButtonLook::modifier;
}

}  // namespace

MarkKeyColours mark_key_colours(const Palette& p, bool refused) {
    if (refused) return {mix(p.text_muted, p.surface_pressed, 0.55f), p.text_muted};
    return {mix(p.text_muted, p.surface, 0.35f), p.text};
}

KeyboardSizing keyboard_sizing(const TouchStyle& style) {
    const Metrics& m = style.theme.metrics;
    return KeyboardSizing{m.touch_target, m.touch_target * 1.4f, m.gap};
}

float keyboard_height(const KeyboardState& state, float width, const TouchStyle& style) {
    // The tallest page, so that paging never moves the screen above the keys.
    float height = 0.0f;
    for (const KeyboardLayer& page : fit_layer(state.layer(), width, keyboard_sizing(style)).pages)
        height = std::max(height, layout_keys(page, width, keyboard_sizing(style)).height);
    return height;
}

std::optional<KeyEvent> draw_keyboard(KeyboardState& state, float width, const TouchStyle& style,
                                      std::optional<std::string_view> text_before_caret) {
    const KeyboardSizing sizing = keyboard_sizing(style);
    const KeyboardPages fitted = fit_layer(state.layer(), width, sizing);
    const std::size_t page = state.page(fitted.pages.size());
    const KeyboardLayer& layer = fitted.pages[page];
    const KeyboardGeometry g = layout_keys(layer, width, sizing);
    const float height = keyboard_height(state, width, style);
    // A shorter page sits at the bottom: the special keys stay where the finger left them.
    ImVec2 origin = ImGui::GetCursorScreenPos();
    origin.y += height - g.height;
    const float left = origin.x + (width - g.width) * 0.5f;

    // Tapping changes `state` only after the loop: the layer being drawn must stay the same.
    const Key* tapped = nullptr;
    const probe::KeyScope keys;
    ImGui::PushID("siang_keyboard");
    for (const KeyBox& box : g.keys) {
        const Key& key = layer.rows[box.row][box.index];
        ImGui::PushID(static_cast<int>(box.row * 64 + box.index));
        const bool refused = text_before_caret && key.action == KeyAction::insert &&
                             !text::accepts(*text_before_caret, key.code_point);
        const ImVec2 min{left + box.x, origin.y + box.y};
        const ImVec2 size{box.w, box.h};
        const std::optional<MarkFace> mark = mark_face(key);
        const std::string label = key.action != KeyAction::insert
                                      ? key_cap(key, state, page, fitted.pages.size()).label
                                  : mark ? std::string{}
                                         : key_label(key);
        if (touch_button_at("k", min, size, label, style, look_of(key, state, refused),
                            style.keys_font()))
            tapped = &key;
        if (mark)
            draw_mark_face(ImGui::GetWindowDrawList(), style.title_font(), style.mark_key_font(),
                           min, ImVec2{min.x + size.x, min.y + size.y}, *mark,
                           mark_key_colours(style.theme.palette, refused));
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2{width, height});
    if (tapped == nullptr) return std::nullopt;
    return state.tap(*tapped);
}

}  // namespace siang::ui::touch
