// Holding a key's release back one frame when no frame saw its press.
#include "ui/key_latch.hpp"

#include <algorithm>

namespace siang::ui {

static_assert(sizeof(ImGuiIO::KeysDown) / sizeof(bool) == 512, "KeyLatch sized for ImGui 1.86");

void KeyLatch::press(ImGuiIO& io, int key) {
    if (!valid(key)) return;
    const auto k = static_cast<std::size_t>(key);
    io.KeysDown[k] = true;
    unseen_[k] = true;
    deferred_[k] = false;
    due_[k] = false;
}

void KeyLatch::release(ImGuiIO& io, int key) {
    if (!valid(key)) return;
    const auto k = static_cast<std::size_t>(key);
    if (unseen_[k])
        deferred_[k] = true;  // the next frame still sees it down, as one press
    else
        io.KeysDown[k] = false;
}

void KeyLatch::new_frame(ImGuiIO& io) {
    for (std::size_t k = 0; k < keys; ++k) {
        if (due_[k]) io.KeysDown[k] = false;
        due_[k] = deferred_[k];
        deferred_[k] = false;
        unseen_[k] = false;
    }
}

bool KeyLatch::pending() const {
    return std::ranges::any_of(due_, [](bool d) { return d; }) ||
           std::ranges::any_of(deferred_, [](bool d) { return d; });
}

}  // namespace siang::ui
