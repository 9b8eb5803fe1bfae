// One gesture recogniser fed from ImGui's io each frame.
#include "ui/touch/pointer_gesture.hpp"

#include <imgui.h>

namespace siang::ui::touch {

const PointerGesture& pointer_gesture(const GestureConfig& config) {
    // One pointer per process (a kiosk has one touch screen); ImGui itself keeps the same kind
    // of global input state.
    static GestureRecognizer recognizer;
    static PointerGesture state;
    static int frame = -1;
    if (frame == ImGui::GetFrameCount()) return state;
    frame = ImGui::GetFrameCount();

    const ImGuiIO& io = ImGui::GetIO();
    const double now = ImGui::GetTime();
    recognizer.set_config(config);
    state.ended = GestureEnd::none;
    state.drag_started = false;
    if (io.MouseClicked[0])
        recognizer.press(Point{io.MouseClickedPos[0].x, io.MouseClickedPos[0].y}, now);
    const Point at{io.MousePos.x, io.MousePos.y};
    if (io.MouseDown[0]) state.drag_started = recognizer.move(at, now);
    if (io.MouseReleased[0]) state.ended = recognizer.release(at, now);
    state.phase = recognizer.phase();
    state.press = recognizer.press_point();
    state.current = recognizer.current_point();
    return state;
}

}  // namespace siang::ui::touch
