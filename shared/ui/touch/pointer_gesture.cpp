// One gesture recogniser fed from ImGui's io each frame.
#include "ui/touch/pointer_gesture.hpp"

#include <imgui.h>

namespace siang::ui::touch {

namespace {

// One pointer per process (a kiosk has one touch screen); ImGui itself keeps the same kind of
// global input state.
struct Tracker {
    GestureRecognizer recognizer{GestureConfig{}};
    PointerGesture state;
    int frame = -1;  // the ImGui frame `state` belongs to
};

Tracker& tracker() {
    static Tracker t;
    return t;
}

}  // namespace

void reset_pointer_gesture() {
    tracker() = Tracker{};
}

const PointerGesture& pointer_gesture(const GestureConfig& config) {
    Tracker& t = tracker();
    GestureRecognizer& recognizer = t.recognizer;
    PointerGesture& state = t.state;
    if (t.frame == ImGui::GetFrameCount()) return state;
    t.frame = ImGui::GetFrameCount();

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
