// Tests for shared/ui/touch/keyboard_geometry.hpp: key sizes against the touch-target rule.
#include "ui/touch/keyboard_geometry.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "ui/touch/keyboard_state.hpp"

namespace siang::ui::touch {
namespace {

// 21.5" 1080p: 20 mm = 81 px, 4 mm = 16 px.
constexpr KeyboardSizing kPanel{81.0f, 120.0f, 16.0f};

TEST(KeyboardGeometry, ThaiKeysMeetTheMinimumOnALandscapePanel) {
    const KeyboardLayer& thai = keyboard_layout(LayoutId::thai).normal;
    const KeyboardGeometry g = layout_keys(thai, 1840.0f, kPanel);
    EXPECT_TRUE(g.meets_min_width);
    EXPECT_LE(g.width, 1840.0f);
    for (const KeyBox& k : g.keys) {
        EXPECT_GE(k.w, 81.0f);
        EXPECT_GE(k.h, 81.0f);
        EXPECT_GE(k.x, 0.0f);
        EXPECT_LE(k.x + k.w, g.width + 0.01f);
    }
    EXPECT_EQ(g.keys.size(), 12u + 13u + 12u + 12u + 2u);
}

TEST(KeyboardGeometry, KeysStopGrowingAtTheMaximum) {
    const KeyboardGeometry g =
        layout_keys(keyboard_layout(LayoutId::numeric).normal, 1900.0f, kPanel);
    EXPECT_FLOAT_EQ(g.unit, 120.0f);
    EXPECT_FLOAT_EQ(g.width, 3 * 120.0f + 2 * 16.0f);
}

TEST(KeyboardGeometry, NarrowPortraitPanelKeepsKeyHeightAndSaysWidthIsShort) {
    const KeyboardGeometry g = layout_keys(keyboard_layout(LayoutId::thai).normal, 1040.0f, kPanel);
    EXPECT_FALSE(g.meets_min_width);
    EXPECT_LE(g.width, 1040.0f + 0.01f);
    EXPECT_GE(g.key_height, 81.0f);
}

TEST(KeyboardGeometry, WideKeysSpanTheGapsTheyCover) {
    const KeyboardGeometry g = layout_keys(keyboard_layout(LayoutId::thai).normal, 1840.0f, kPanel);
    // Row 3 (index 2) ends with the 2-unit enter key: as wide as two letters and one gap.
    const KeyBox* enter = nullptr;
    for (const KeyBox& k : g.keys)
        if (k.row == 2 && k.index == 11) {
            enter = &k;
        }
    ASSERT_NE(enter, nullptr);
    EXPECT_FLOAT_EQ(enter->w, 2 * g.unit + 16.0f);
    // Rows are stacked without overlap.
    for (const KeyBox& a : g.keys)
        for (const KeyBox& b : g.keys)
            if (a.row + 1 == b.row) {
                EXPECT_GE(b.y, a.y + a.h + 16.0f - 0.01f);
            }
}

}  // namespace
}  // namespace siang::ui::touch

// Issue 9 item 8: every key at least 20 mm with at least 3 mm between keys, on the panels a
// kiosk is built with, in both orientations.
namespace siang::ui::touch {
namespace {

// A panel and the keyboard's width on it, as the kiosk computes them (kiosk_widgets.cpp
// draw_screen_keyboard; PanelSizing and make_theme): 20 mm keys rounded up, 4 mm gaps, 8 mm page
// margins, and a landscape keyboard kept to 15 keys' width.
struct Panel {
    const char* name;
    int width_px;
    int height_px;
    double inches;

    double px_per_mm() const {
        return std::hypot(static_cast<double>(width_px), height_px) / (inches * 25.4);
    }
    KeyboardSizing sizing() const {
        const auto min_key = static_cast<float>(std::ceil(20.0 * px_per_mm() - 1e-6));
        return KeyboardSizing{min_key, min_key * 1.4f,
                              static_cast<float>(std::round(4.0 * px_per_mm()))};
    }
    float keyboard_width() const {
        const float content =
            static_cast<float>(width_px) - 2.0f * static_cast<float>(std::round(8.0 * px_per_mm()));
        const KeyboardSizing s = sizing();
        return width_px > height_px ? std::min(content, (s.min_key + s.gap) * 15.0f) : content;
    }
};

// 21.5" is the configured default; 15.6" is the smallest panel a free-standing kiosk is sold
// with, and the smallest sensible one: its portrait keyboard has 7 keys a row and two pages.
// The configuration refuses panels under 18.5" (no room for the page above 20 mm keys); the
// keyboard alone still keeps its keys at 20 mm on smaller ones (kTinyPanels: the screenshot
// tool's --panel-inches goes lower).
constexpr Panel kPanels[] = {
    {"21.5in landscape", 1920, 1080, 21.5},
    {"21.5in portrait", 1080, 1920, 21.5},
    {"15.6in landscape", 1920, 1080, 15.6},
    {"15.6in portrait", 1080, 1920, 15.6},
};
constexpr Panel kTinyPanels[] = {
    {"10.1in portrait", 1080, 1920, 10.1},
    {"7in portrait", 1080, 1920, 7.0},
    {"7in landscape", 1920, 1080, 7.0},
};

struct NamedLayer {
    const char* name;
    const KeyboardLayer* layer;
};

std::vector<NamedLayer> letter_layers() {
    const KeyboardLayout& th = keyboard_layout(LayoutId::thai);
    const KeyboardLayout& en = keyboard_layout(LayoutId::english);
    const KeyboardLayout& num = keyboard_layout(LayoutId::numeric);
    return {{"thai", &th.normal},
            {"thai shifted", &th.shifted},
            {"english", &en.normal},
            {"english shifted", &en.shifted},
            {"numeric", &num.normal}};
}

std::vector<Panel> every_panel() {
    std::vector<Panel> all(std::begin(kPanels), std::end(kPanels));
    all.insert(all.end(), std::begin(kTinyPanels), std::end(kTinyPanels));
    return all;
}

TEST(KeyboardGeometry, EveryKeyIsAtLeast20mmWith3mmGapsOnEveryPanel) {
    for (const Panel& panel : every_panel()) {
        const double ppm = panel.px_per_mm();
        const float width = panel.keyboard_width();
        for (const NamedLayer& named : letter_layers()) {
            const KeyboardPages pages = fit_layer(*named.layer, width, panel.sizing());
            ASSERT_FALSE(pages.pages.empty());
            for (std::size_t p = 0; p < pages.pages.size(); ++p) {
                SCOPED_TRACE(std::string(panel.name) + ", " + named.name + ", page " +
                             std::to_string(p + 1));
                const KeyboardGeometry g = layout_keys(pages.pages[p], width, panel.sizing());
                EXPECT_TRUE(g.meets_min_width);
                EXPECT_LE(g.width, width + 0.01f);
                for (const KeyBox& k : g.keys) {
                    EXPECT_GE(k.w / ppm, 20.0) << "row " << k.row << " key " << k.index;
                    EXPECT_GE(k.h / ppm, 20.0) << "row " << k.row << " key " << k.index;
                    EXPECT_GE(k.x, -0.01f);
                    EXPECT_GE(k.y, -0.01f);
                    EXPECT_LE(k.x + k.w, g.width + 0.01f);
                    EXPECT_LE(k.y + k.h, g.height + 0.01f);
                }
                for (std::size_t i = 0; i < g.keys.size(); ++i)
                    for (std::size_t j = i + 1; j < g.keys.size(); ++j) {
                        const KeyBox& a = g.keys[i];
                        const KeyBox& b = g.keys[j];
                        // Apart by at least 3 mm across or down: no overlap, a finger's gap.
                        const float across = std::max(b.x - (a.x + a.w), a.x - (b.x + b.w));
                        const float down = std::max(b.y - (a.y + a.h), a.y - (b.y + b.h));
                        EXPECT_GE(std::max(across, down) / ppm, 3.0 - 1e-3)
                            << "keys " << i << " and " << j;
                    }
            }
        }
    }
}

TEST(KeyboardGeometry, LandscapeKeepsTheKeyboardAsPrinted) {
    for (const Panel& panel : {kPanels[0], kPanels[2]})
        for (const NamedLayer& named : letter_layers()) {
            const KeyboardPages pages =
                fit_layer(*named.layer, panel.keyboard_width(), panel.sizing());
            EXPECT_FALSE(pages.reflowed) << panel.name << ", " << named.name;
            ASSERT_EQ(pages.pages.size(), 1u);
            EXPECT_EQ(pages.pages[0].rows.size(), named.layer->rows.size());
        }
}

TEST(KeyboardGeometry, PortraitReLaysTheLettersWithEverySpecialKeyOnEveryPage) {
    for (const Panel& panel : every_panel()) {
        if (panel.width_px > panel.height_px) continue;
        const KeyboardPages pages = fit_layer(keyboard_layout(LayoutId::thai).normal,
                                              panel.keyboard_width(), panel.sizing());
        EXPECT_TRUE(pages.reflowed) << panel.name;
        for (const KeyboardLayer& page : pages.pages)
            for (KeyAction a : {KeyAction::shift, KeyAction::switch_language, KeyAction::space,
                                KeyAction::backspace, KeyAction::enter}) {
                int found = 0;
                for (const KeyRow& row : page.rows)
                    for (const Key& k : row) found += k.action == a ? 1 : 0;
                EXPECT_EQ(found, 1) << panel.name << " action " << static_cast<int>(a);
            }
        // More than one page needs the key that leads to the next; one page has none.
        for (const KeyboardLayer& page : pages.pages) {
            bool next = false;
            for (const KeyRow& row : page.rows)
                for (const Key& k : row) next = next || k.action == KeyAction::next_page;
            EXPECT_EQ(next, pages.pages.size() > 1) << panel.name;
        }
    }
    // The default 21.5" portrait kiosk shows every Thai letter at once: no paging.
    EXPECT_EQ(fit_layer(keyboard_layout(LayoutId::thai).normal, kPanels[1].keyboard_width(),
                        kPanels[1].sizing())
                  .pages.size(),
              1u);
}

TEST(KeyboardGeometry, BothLayersOfAReLaidKeyboardLineUpKeyForKey) {
    for (LayoutId id : {LayoutId::thai, LayoutId::english})
        for (const Panel& panel : {kPanels[1], kPanels[3]}) {
            const KeyboardLayout& k = keyboard_layout(id);
            const KeyboardPages a = fit_layer(k.normal, panel.keyboard_width(), panel.sizing());
            const KeyboardPages b = fit_layer(k.shifted, panel.keyboard_width(), panel.sizing());
            ASSERT_EQ(a.pages.size(), b.pages.size());
            for (std::size_t p = 0; p < a.pages.size(); ++p) {
                ASSERT_EQ(a.pages[p].rows.size(), b.pages[p].rows.size());
                for (std::size_t r = 0; r < a.pages[p].rows.size(); ++r) {
                    ASSERT_EQ(a.pages[p].rows[r].size(), b.pages[p].rows[r].size());
                    for (std::size_t i = 0; i < a.pages[p].rows[r].size(); ++i) {
                        EXPECT_EQ(a.pages[p].rows[r][i].action, b.pages[p].rows[r][i].action);
                        EXPECT_EQ(a.pages[p].rows[r][i].width, b.pages[p].rows[r][i].width);
                    }
                }
            }
        }
}

const Key* find_insert(const KeyboardLayer& layer, char32_t cp) {
    for (const KeyRow& row : layer.rows)
        for (const Key& k : row)
            if (k.action == KeyAction::insert && k.code_point == cp) return &k;
    return nullptr;
}

const Key* find_action(const KeyboardLayer& layer, KeyAction a) {
    for (const KeyRow& row : layer.rows)
        for (const Key& k : row)
            if (k.action == a) return &k;
    return nullptr;
}

// Taps `cp` the way a citizen would: on the page shown, else the next page, else shift.
std::optional<KeyEvent> reach_and_type(KeyboardState& s, float width, const KeyboardSizing& z,
                                       char32_t cp) {
    for (int tries = 0; tries < 24; ++tries) {
        const KeyboardPages pages = fit_layer(s.layer(), width, z);
        const std::size_t n = pages.pages.size();
        const KeyboardLayer& page = pages.pages[s.page(n)];
        if (const Key* k = find_insert(page, cp)) return s.tap(*k);
        const Key* next = find_action(page, KeyAction::next_page);
        if (next != nullptr) s.tap(*next);
        if (next == nullptr || s.page(n) == 0) {
            const Key* shift = find_action(page, KeyAction::shift);
            if (shift == nullptr) return std::nullopt;
            s.tap(*shift);
        }
    }
    return std::nullopt;
}

TEST(KeyboardGeometry, EveryCharacterOfTheOldLayersCanStillBeTyped) {
    for (LayoutId id : {LayoutId::thai, LayoutId::english})
        for (const Panel& panel : every_panel()) {
            const KeyboardLayout& k = keyboard_layout(id);
            std::u32string wanted;
            for (const KeyboardLayer* layer : {&k.normal, &k.shifted})
                for (const KeyRow& row : layer->rows)
                    for (const Key& key : row)
                        if (key.action == KeyAction::insert) wanted.push_back(key.code_point);
            KeyboardState s(id);
            std::u32string typed;
            for (char32_t cp : wanted) {
                const auto ev = reach_and_type(s, panel.keyboard_width(), panel.sizing(), cp);
                if (ev && ev->type == KeyEvent::Type::insert) typed.push_back(ev->code_point);
            }
            EXPECT_EQ(typed, wanted) << panel.name << " layout " << static_cast<int>(id);
            EXPECT_EQ(s.layout_id(), id);
        }
}

}  // namespace
}  // namespace siang::ui::touch
