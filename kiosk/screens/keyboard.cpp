// Keyboard screen: the on-screen keyboard demo from shared/ui/touch inside the kiosk's frame.
#include <chrono>

#include "kiosk/screens/screens.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::kiosk {

void draw_keyboard(ui::touch::KeyboardDemoState& keyboard, const std::string& lang,
                   ui::Frame& frame) {
    // Every frame: a larger-text toggle rebuilds the fonts the style points to.
    keyboard.style = ui::touch::make_touch_style(frame.theme, frame.fonts);
    const float margin = frame.theme.metrics.margin;
    ImGui::SetCursorPos({margin, margin});
    ImGui::BeginChild("##keyboard", {frame.size.x - 2 * margin, frame.size.y - 2 * margin}, false,
                      ImGuiWindowFlags_NoBackground);
    ui::touch::draw_keyboard_demo(keyboard, lang);
    ImGui::EndChild();
    if (keyboard.animating)
        frame.pacer.animate_until(frame.now + std::chrono::milliseconds(20));
    else if (keyboard.wake_after_seconds > 0.0)
        frame.pacer.wake_at(frame.now +
                            std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::duration<double>(keyboard.wake_after_seconds)));
}

}  // namespace siang::kiosk
