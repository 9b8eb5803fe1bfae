// Scanner bursts from ImGui's input queue.
#include "kiosk/scanner_input.hpp"

#include <imgui.h>

namespace siang::kiosk {

std::optional<ScannedCode> take_scanner_burst(flow::ScannerBurstDetector& detector,
                                              flow::SteadyTime now) {
    ImGuiIO& io = ImGui::GetIO();
    const auto queued = static_cast<std::size_t>(io.InputQueueCharacters.Size);
    for (ImWchar c : io.InputQueueCharacters) detector.on_char(static_cast<char32_t>(c), now);
    // ImGui 1.86 indexes keys by the platform's numbers: ImGuiKey_* go through io.KeyMap.
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    if (!enter) return std::nullopt;
    const std::size_t run = detector.run_length();
    auto code = detector.on_enter(now);
    if (!code) return std::nullopt;
    io.InputQueueCharacters.resize(0);
    return ScannedCode{std::move(*code), run > queued ? run - queued : 0};
}

std::string drop_last_code_points(std::string text, std::size_t count) {
    for (; count > 0 && !text.empty(); --count) {
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back();
        if (!text.empty()) text.pop_back();
    }
    return text;
}

}  // namespace siang::kiosk
