// Physical key presses that reach ImGui even when the key is released before the next frame.
#pragma once

#include <imgui.h>

#include <array>
#include <cstddef>

namespace siang::ui {

// ImGui 1.86 reads a key's state once a frame. A keyboard-wedge scanner presses and releases
// Enter within a millisecond, so both arrive in one event batch and ImGui would see neither:
// the burst would never end. A release that comes before any frame saw the press waits one
// frame instead. No window needed.
class KeyLatch {
  public:
    // The platform's key `key` (an io.KeysDown index) went down / up.
    void press(ImGuiIO& io, int key);
    void release(ImGuiIO& io, int key);

    // Call once a frame before ImGui::NewFrame(): applies the releases held back from the last
    // frame and marks this frame's presses as seen.
    void new_frame(ImGuiIO& io);

    // True while a release waits: the caller must draw another frame without waiting for input.
    bool pending() const;

  private:
    static constexpr std::size_t keys = 512;  // IM_ARRAYSIZE(ImGuiIO::KeysDown) in 1.86
    static bool valid(int key) { return key >= 0 && static_cast<std::size_t>(key) < keys; }

    std::array<bool, keys> unseen_{};    // pressed since the last frame
    std::array<bool, keys> deferred_{};  // released before a frame saw the press
    std::array<bool, keys> due_{};       // to release before the next frame
};

}  // namespace siang::ui
