// Pointer and mouse-button events queued as the window reports them, replayed into ImGui at
// most one button change a frame, so no press or release is lost between two frames.
#pragma once

#include <imgui.h>

#include <array>
#include <cfloat>
#include <cstddef>
#include <deque>

namespace siang::ui {

// Holds pointer moves and button changes in arrival order. ImGui 1.86 sees only one button
// state a frame: a press and its release in one event batch would otherwise be seen as neither
// or, with the pointer lifted in the same frame, as a release off the key. No window needed.
class PointerQueue {
  public:
    // `touch`: the pointer is a finger: it hovers nothing while no button is down and is
    // lifted (moved off-screen) the frame after the last button is released.
    explicit PointerQueue(bool touch) : touch_(touch) {}

    // The pointer moved to `at` (window coordinates).
    void push_move(ImVec2 at);
    // Button `button` (0..4; others are ignored) went down or up with the pointer at `at`.
    void push_button(int button, bool down, ImVec2 at);
    // The pointer left the window.
    void push_leave();

    // Feeds `io` the next step: moves up to the next button change, then that change, but a
    // change waits for the next frame when this frame already moved the pointer (ImGui must see
    // where a press lands before the press). Call once a frame before ImGui::NewFrame().
    void feed(ImGuiIO& io);

    // True while events wait: the caller must draw another frame without waiting for input.
    bool pending() const { return !events_.empty(); }
    // Whether any button is down once every queued event has been fed.
    bool any_down_after_queue() const;

  private:
    struct Event {
        enum class Kind { move, button } kind;
        ImVec2 at;
        int button = 0;
        bool down = false;
    };

    bool touch_;
    std::deque<Event> events_;
    std::array<bool, 5> tail_down_{};    // button state after the last queued event
    ImVec2 fed_at_{-FLT_MAX, -FLT_MAX};  // the position last given to ImGui
};

}  // namespace siang::ui
