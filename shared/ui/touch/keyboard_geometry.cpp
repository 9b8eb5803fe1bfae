// Key boxes of an on-screen keyboard layer.
#include "ui/touch/keyboard_geometry.hpp"

#include <algorithm>

namespace siang::ui::touch {

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
