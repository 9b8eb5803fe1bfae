// The window, GL context and input behind one small interface (GLFW implements it).
#pragma once

#include <imgui.h>

#include <memory>
#include <optional>
#include <string>

#include "core/error.hpp"

namespace siang::ui {

// How to open the window.
struct WindowOptions {
    int width = 1280;  // windowed size in screen coordinates; ignored when fullscreen
    int height = 800;
    bool fullscreen = false;  // borderless on the primary monitor at its current mode
    bool visible = true;      // false for headless screenshots (the FBO sets the image size)
    bool touch = false;       // pointer is a finger: no hover after the finger lifts
    std::string title = "Siang";
};

// One window with a current OpenGL 3.3 core context (glad loaded) that feeds ImGui's input.
// Create the ImGui context before the platform. Not thread-safe except wake().
class Platform {
  public:
    virtual ~Platform() = default;

    // Sets ImGui's display size, framebuffer scale, delta time and the input of this frame.
    virtual void new_frame() = 0;
    // Shows the frame drawn into the window's default framebuffer.
    virtual void present() = 0;
    // Whether present_part works: the window can show part of the default framebuffer, which
    // is then never swapped and keeps every pixel drawn into it from frame to frame.
    virtual bool keeps_back_buffer() const = 0;
    // Shows [x0, x1) × [y0, y1) (pixels, top row first) of the default framebuffer, the rest of
    // the window keeping what it shows; all of it when the window lost its pixels (exposed,
    // resized, nothing shown yet). Only when keeps_back_buffer().
    virtual void present_part(int x0, int y0, int x1, int y1) = 0;
    // Processes pending events, waiting up to `timeout_seconds` for one (nullopt: no limit,
    // 0: do not wait).
    virtual void wait_events(std::optional<double> timeout_seconds) = 0;
    // True once after any input, resize, focus change, expose or wake() since the last call.
    virtual bool take_activity() = 0;
    // Wakes wait_events from any thread (the caller's state changed and needs a frame).
    virtual void wake() = 0;

    virtual bool should_close() const = 0;
    virtual void request_close() = 0;
    // Size of the default framebuffer in pixels (differs from the window size on HiDPI).
    virtual ImVec2 framebuffer_size() const = 0;
    // Monitor content scale (1 on an ordinary panel).
    virtual float content_scale() const = 0;
    // Size in pixels of the monitor the window is on (the panel, for sizing).
    virtual ImVec2 monitor_size() const = 0;
};

// Opens a GLFW window with `options`. Fails with io_error (detail: GLFW's message) when there
// is no display or no OpenGL 3.3 core.
Result<std::unique_ptr<Platform>> create_glfw_platform(const WindowOptions& options);

}  // namespace siang::ui
