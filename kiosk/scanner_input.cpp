// Scanner bursts from ImGui's input queue.
#include "kiosk/scanner_input.hpp"

#include <imgui.h>

#include "kiosk/flow/secure_wipe.hpp"
#include "text/utf8.hpp"

namespace siang::kiosk {

namespace {

// ImGui's queue of typed characters as UTF-8 (ImWchar is UTF-16 here: pairs are joined), the
// queue emptied and zeroed.
std::string take_queue(ImGuiIO& io) {
    std::string out;
    ImVector<ImWchar>& q = io.InputQueueCharacters;
    for (int i = 0; i < q.Size; ++i) {
        char32_t c = q[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < q.Size && q[i + 1] >= 0xDC00 &&
            q[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (q[i + 1] - 0xDC00);
            ++i;
        }
        if (c >= 0xD800 && c <= 0xDFFF) continue;  // a lone surrogate: nothing typed
        text::append_utf8(out, c);
    }
    if (q.Size > 0) flow::wipe_bytes(q.Data, static_cast<std::size_t>(q.Size) * sizeof(ImWchar));
    q.resize(0);
    return out;
}

// Hides a pressed key from everything drawn this frame and the next (ImGui 1.86: a key is
// "pressed" when its down-duration is 0).
void swallow_key(ImGuiIO& io, ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    if (index < 0 || index >= static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) return;
    io.KeysDown[index] = false;
    io.KeysDownDuration[index] = -1.0f;
}

}  // namespace

std::optional<std::string> take_scanner_burst(flow::ScannerBurstDetector& detector,
                                              flow::SteadyTime now) {
    ImGuiIO& io = ImGui::GetIO();
    std::string typed = take_queue(io);
    // ImGui 1.86 indexes keys by the platform's numbers: ImGuiKey_* go through io.KeyMap.
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    flow::ScannerFrame f = detector.on_frame(typed, enter, now);
    flow::wipe(typed);
    if (!f.release.empty()) io.AddInputCharactersUTF8(f.release.c_str());
    flow::wipe(f.release);
    if (enter && !f.enter_for_fields) {
        swallow_key(io, ImGuiKey_Enter);
        swallow_key(io, ImGuiKey_KeyPadEnter);
    }
    return std::move(f.burst);
}

std::string take_typed(bool& enter) {
    ImGuiIO& io = ImGui::GetIO();
    enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    if (enter) {
        swallow_key(io, ImGuiKey_Enter);
        swallow_key(io, ImGuiKey_KeyPadEnter);
    }
    return take_queue(io);
}

}  // namespace siang::kiosk
