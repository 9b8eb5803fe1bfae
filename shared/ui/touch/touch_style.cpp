// Building touch widget styles.
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

namespace {

// Metrics::touch_target is PanelSizing::touch_target(), 20 mm on the panel.
constexpr double kTouchTargetMillimetres = 20.0;

}  // namespace

TouchStyle make_touch_style(const Theme& theme, const FontSet& fonts) {
    TouchStyle style;
    style.theme = theme;
    style.font = fonts[FontRole::body];
    style.small_font = fonts[FontRole::small];
    style.key_font = fonts[FontRole::keypad];
    style.heading_font = fonts[FontRole::title];
    style.mark_font = fonts[FontRole::mark_key];
    style.gesture = gesture_config_for(theme.metrics.touch_target / kTouchTargetMillimetres);
    return style;
}

TouchStyle default_touch_style() {
    // A civic blue; the real accent comes from the municipality's configuration.
    constexpr Rgb kDefaultAccent{0x1D, 0x5F, 0xA8};
    TouchStyle style;
    style.theme = make_theme(kDefaultAccent, PanelSizing{});
    style.gesture = gesture_config_for(PanelSizing{}.px_per_mm);
    return style;
}

}  // namespace siang::ui::touch
