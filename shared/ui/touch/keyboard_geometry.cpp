// Key boxes of an on-screen keyboard layer.
#include "ui/touch/keyboard_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace siang::ui::touch {

namespace {

using Letters = std::vector<Key>;

// Splits `n` items into `parts` runs whose lengths differ by at most one, longer runs first.
std::vector<std::size_t> even_split(std::size_t n, std::size_t parts) {
    std::vector<std::size_t> sizes(parts, n / parts);
    for (std::size_t i = 0; i < n % parts; ++i) ++sizes[i];
    return sizes;
}

// Letter slots the last row of a page gives to shift and backspace (1.5 units each).
constexpr std::size_t kSideSlots = 3;

// The letters of `layer` on pages of rows of at most `columns` keys, and whether shift and
// backspace fit beside the last row of every page.
struct LetterPages {
    std::vector<std::vector<Letters>> pages;
    bool beside = false;
};

LetterPages letter_pages(const KeyboardLayer& layer, std::size_t columns) {
    std::vector<Letters> groups;
    Letters all;
    bool every_group_fits = true;
    for (const KeyRow& row : layer.rows) {
        Letters g;
        for (const Key& k : row)
            if (k.action == KeyAction::insert)
                g.push_back(Key{KeyAction::insert, k.code_point, 1.0f});
        if (g.empty()) continue;
        every_group_fits = every_group_fits && g.size() <= columns;
        all.insert(all.end(), g.begin(), g.end());
        groups.push_back(std::move(g));
    }
    LetterPages out;
    if (groups.empty()) {
        out.pages.emplace_back();
        return out;
    }
    // Rows that each fit (QWERTY's) stay as they are printed.
    if (every_group_fits && groups.size() <= kMaxLetterRowsAPage) {
        out.beside = groups.back().size() + kSideSlots <= columns;
        out.pages.push_back(std::move(groups));
        return out;
    }
    // Otherwise every letter in order, spread evenly, the last row of a page kept short enough
    // for shift and backspace at its ends (as on Kedmanee's bottom row) when the panel has room.
    out.beside = columns >= 2 * kSideSlots;
    const std::size_t reserve = out.beside ? kSideSlots : 0;
    const std::size_t per_page = kMaxLetterRowsAPage * columns - reserve;
    std::size_t at = 0;
    for (std::size_t n : even_split(all.size(), (all.size() + per_page - 1) / per_page)) {
        std::vector<Letters> rows;
        std::vector<std::size_t> sizes =
            even_split(n + reserve, (n + reserve + columns - 1) / columns);
        sizes.back() -= reserve;
        for (std::size_t len : sizes) {
            rows.emplace_back(all.begin() + static_cast<std::ptrdiff_t>(at),
                              all.begin() + static_cast<std::ptrdiff_t>(at + len));
            at += len;
        }
        out.pages.push_back(std::move(rows));
    }
    return out;
}

Key special(KeyAction action, float width) {
    return Key{action, action == KeyAction::space ? U' ' : U'\0', width};
}

}  // namespace

KeyboardPages fit_layer(const KeyboardLayer& layer, float width, const KeyboardSizing& sizing) {
    const float step = sizing.min_key + sizing.gap;
    const auto columns = static_cast<std::size_t>(
        std::max(1.0f, std::floor((width + sizing.gap) / (step > 0.0f ? step : 1.0f))));
    if (widest_row_units(layer) <= static_cast<float>(columns) + 1e-3f) return {{layer}, false};

    LetterPages letters = letter_pages(layer, columns);
    const auto c = static_cast<float>(columns);
    const float side = std::min(1.5f, c / 2.0f);  // shift and backspace
    const float wide = std::min(2.0f, c / 4.0f);  // language, next page, enter
    const bool paged = letters.pages.size() > 1;
    const float space = c - wide * (paged ? 3.0f : 2.0f);

    KeyboardPages out;
    out.reflowed = true;
    for (std::vector<Letters>& rows : letters.pages) {
        KeyboardLayer page;
        for (Letters& row : rows) page.rows.push_back(std::move(row));
        if (columns < 4) {
            // Too narrow for a bottom row (a 7" panel): the special keys, one unit each, in
            // rows of `columns`.
            std::vector<Key> specials{special(KeyAction::shift, 1.0f),
                                      special(KeyAction::backspace, 1.0f),
                                      special(KeyAction::switch_language, 1.0f)};
            if (paged) specials.push_back(special(KeyAction::next_page, 1.0f));
            specials.push_back(special(KeyAction::space, 1.0f));
            specials.push_back(special(KeyAction::enter, 1.0f));
            for (std::size_t i = 0; i < specials.size(); i += columns)
                page.rows.emplace_back(specials.begin() + static_cast<std::ptrdiff_t>(i),
                                       specials.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                              i + columns, specials.size())));
            out.pages.push_back(std::move(page));
            continue;
        }
        if (letters.beside) {
            KeyRow& last = page.rows.back();
            last.insert(last.begin(), special(KeyAction::shift, side));
            last.push_back(special(KeyAction::backspace, side));
        } else {
            page.rows.push_back(
                {special(KeyAction::shift, side), special(KeyAction::backspace, side)});
        }
        KeyRow bottom{special(KeyAction::switch_language, wide)};
        if (paged) bottom.push_back(special(KeyAction::next_page, wide));
        bottom.push_back(special(KeyAction::space, std::max(1.0f, space)));
        bottom.push_back(special(KeyAction::enter, wide));
        page.rows.push_back(std::move(bottom));
        out.pages.push_back(std::move(page));
    }
    return out;
}

KeyboardGeometry layout_keys(const KeyboardLayer& layer, float width,
                             const KeyboardSizing& sizing) {
    KeyboardGeometry g;
    const float units = widest_row_units(layer);
    if (units <= 0.0f || layer.rows.empty()) return g;
    const float gap = sizing.gap;
    const float fitting = (width - (units - 1.0f) * gap) / units;
    g.unit = std::max(1.0f, std::min(fitting, sizing.max_key));
    g.meets_min_width = fitting >= sizing.min_key;
    g.key_height = std::clamp(g.unit, sizing.min_key, sizing.max_key);
    g.width = units * g.unit + (units - 1.0f) * gap;

    float y = 0.0f;
    for (std::size_t r = 0; r < layer.rows.size(); ++r) {
        const KeyRow& row = layer.rows[r];
        const float row_w = row_units(row) * g.unit + (row_units(row) - 1.0f) * gap;
        float x = (g.width - row_w) * 0.5f;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const float w = row[i].width * g.unit + (row[i].width - 1.0f) * gap;
            g.keys.push_back(KeyBox{x, y, w, g.key_height, r, i});
            x += w + gap;
        }
        y += g.key_height + gap;
    }
    g.height = y - gap;
    return g;
}

}  // namespace siang::ui::touch
