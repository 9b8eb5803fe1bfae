// Replays queued pointer events into ImGui one button change a frame.
#include "ui/pointer_queue.hpp"

#include <algorithm>
#include <cfloat>

namespace siang::ui {
namespace {

bool same(ImVec2 a, ImVec2 b) {
    return a.x == b.x && a.y == b.y;
}

}  // namespace

bool PointerQueue::any_down_after_queue() const {
    return std::ranges::any_of(tail_down_, [](bool d) { return d; });
}

void PointerQueue::push_move(ImVec2 at) {
    // Without a pressed finger, a touch panel's pointer is not hovering anywhere.
    if (touch_ && !any_down_after_queue()) return;
    events_.push_back({Event::Kind::move, at});
}

void PointerQueue::push_button(int button, bool down, ImVec2 at) {
    if (button < 0 || button >= static_cast<int>(tail_down_.size())) return;
    auto& state = tail_down_[static_cast<std::size_t>(button)];
    if (state == down) return;  // a repeat carries no change ImGui could see
    state = down;
    events_.push_back({Event::Kind::button, at, button, down});
    // A finger that has lifted hovers nothing; one frame after, so the release counts where
    // it happened.
    if (touch_ && !down && !any_down_after_queue())
        events_.push_back({Event::Kind::move, {-FLT_MAX, -FLT_MAX}});
}

void PointerQueue::push_leave() {
    events_.push_back({Event::Kind::move, {-FLT_MAX, -FLT_MAX}});
}

void PointerQueue::feed(ImGuiIO& io) {
    // Compared with what this queue fed, not io.MousePos: ImGui floors the position it keeps.
    bool moved = false;
    while (!events_.empty()) {
        Event& e = events_.front();
        if (e.kind == Event::Kind::move) {
            moved = moved || !same(fed_at_, e.at);
            fed_at_ = e.at;
            events_.pop_front();
            continue;
        }
        if (!same(fed_at_, e.at)) {
            fed_at_ = e.at;
            moved = true;
        }
        if (moved) break;  // the change itself next frame, where ImGui now sees the pointer
        io.MouseDown[e.button] = e.down;
        events_.pop_front();
        break;  // later moves belong after this change, in a later frame
    }
    io.MousePos = fed_at_;
}

}  // namespace siang::ui
