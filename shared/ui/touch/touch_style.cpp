// Building touch widget styles.
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

TouchStyle make_touch_style(const Theme& theme, const PanelSizing& panel, ImFont* font,
                            ImFont* small_font) {
    TouchStyle style;
    style.theme = theme;
    style.font = font;
    style.small_font = small_font;
    style.gesture = gesture_config_for(panel.px_per_mm);
    return style;
}

TouchStyle default_touch_style() {
    // A civic blue; the real accent comes from the municipality's configuration.
    constexpr Rgb kDefaultAccent{0x1D, 0x5F, 0xA8};
    const PanelSizing panel;
    return make_touch_style(make_theme(kDefaultAccent, panel), panel, nullptr);
}

}  // namespace siang::ui::touch
