// The host of a Siang UI app: window, ImGui, fonts, theme, renderer, and the paced main loop or
// a headless screenshot. Apps give it one draw function per frame.
#pragma once

#include <imgui.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "ui/contrast.hpp"
#include "ui/damage_tracker.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_pacer.hpp"
#include "ui/panel_sizing.hpp"
#include "ui/platform.hpp"
#include "ui/theme.hpp"

namespace siang::ui {

struct AppConfig {
    WindowOptions window;
    FontProfile font_profile = FontProfile::kiosk;
    // The staff console's colour; the kiosk replaces it with kiosk.accent_color.
    Rgb accent{0x0B, 0x5E, 0xA8};
    // The physical panel: sizes in millimetres become pixels from its diagonal (the kiosk's
    // kiosk.panel_diagonal_in, or --panel-inches) and its resolution (panel_width/height: no
    // configuration key sets them), so a developer's window or a screenshot of any size shows
    // the real pixel sizes of that panel. Full screen, the monitor's resolution replaces
    // panel_width/height.
    double panel_diagonal_inches = 21.5;
    int panel_width = 1920;
    int panel_height = 1080;
};

// What a draw function gets each frame. It draws inside a full-screen borderless host window.
struct Frame {
    const Theme& theme;
    const FontSet& fonts;
    const PanelSizing& panel;  // physical sizing of the panel (text_scale included)
    ImVec2 size;               // the canvas in pixels (window or screenshot)
    FramePacer::Clock::time_point now;
    FramePacer& pacer;         // ask for animation frames or timer wake-ups here
    double text_scale;         // current larger-text factor (1 = normal)
    double wanted_text_scale;  // set to change it: fonts are rebuilt before the next frame
    Rgb background;            // the page colour (theme background); a screen may change it.
                               // It is the clear colour: cheaper than a full-screen rectangle

    ImFont* font(FontRole r) const { return fonts[r]; }
};

using DrawFn = std::function<void(Frame&)>;

class App {
  public:
    // Opens the window (hidden for screenshots), creates ImGui, fonts and renderer.
    // Fails with not_found and field "font" for a missing font (report_error says what to install).
    static Result<std::unique_ptr<App>> create(const AppConfig& config);
    ~App();

    // Draws `frames` frames of `draw` offscreen at width × height (layout settles over the
    // first ones) and writes the last as a PNG.
    Result<void> screenshot(const DrawFn& draw, const std::string& png_path, int width, int height,
                            int frames = 4);

    // Builds `frames` frames of `draw` at width × height without rendering them (layout only,
    // for the geometry checks of layout_probe.hpp): no pixels, no PNG.
    void lay_out(const DrawFn& draw, int width, int height, int frames = 3);

    // Runs until the window closes (or `limit` elapses): draws only when the pacer says so.
    // When it goes idle after a full repaint (a new screen may have made the driver compile
    // shaders), it gives the driver's code pages back (code_pages.hpp).
    void run(const DrawFn& draw, std::optional<std::chrono::duration<double>> limit = {});

    // What run() does when it goes idle after a new screen: unmaps the GL driver's code that
    // only ran to start it and compile shaders (code_pages.hpp). For loops of their own.
    void release_driver_code();

    // Builds and renders one frame of `draw` at `size` into the bound framebuffer: the kept
    // frame is repainted where the draw lists changed (retained_frame.hpp) and copied there.
    void draw_frame(const DrawFn& draw, ImVec2 size, ImVec2 framebuffer_size);
    // What the last draw_frame() repainted.
    const Damage& last_damage() const;
    // The next frame is repainted whole.
    void redraw_all();

    // For the damage tests: the kept frame's pixels, and the last frame's draw lists rendered
    // whole into a fresh framebuffer of width × height (RGBA, top row first; empty on failure).
    std::vector<std::uint8_t> frame_rgba() const;
    std::vector<std::uint8_t> full_redraw_rgba(int width, int height);
    // Test only: the kept frame forgets every partial damage (retained_frame.hpp).
    void forget_damage_for_test(bool forget);

    Platform& platform();
    FramePacer& pacer();
    const Theme& theme() const;
    // The fonts of the current atlas (rebuilt when the text scale changes).
    const FontSet& fonts() const;

  private:
    struct Parts;
    explicit App(std::unique_ptr<Parts> p);
    void build_frame(const DrawFn& draw, ImVec2 size);  // up to ImGui::Render()
    // Builds a frame of `draw` at the window's size and shows it in the window: into the back
    // buffer as the kept frame when the window keeps it (only the damage drawn and shown), else
    // draw_frame and a swap.
    void draw_to_window(const DrawFn& draw);
    std::unique_ptr<Parts> p_;
};

}  // namespace siang::ui
