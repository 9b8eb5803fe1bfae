// An ImGui context without a window, for tests that feed it input frame by frame.
#pragma once

#include <imgui.h>

namespace siang::testing {

// Creates the current context: a 1920×1080 display at 60 frames a second, no imgui.ini, and
// ImGui's built-in font rasterised so that frames can be built. Destroy with
// ImGui::DestroyContext().
inline void create_headless_imgui() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2{1920.0f, 1080.0f};
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->AddFontDefault();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

}  // namespace siang::testing
