// The UI's persistent offscreen frame: each frame repaints only its damage (damage_tracker.hpp)
// over the previous one, then is copied to the window or screenshot framebuffer.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "ui/damage_tracker.hpp"
#include "ui/gl_renderer.hpp"

namespace siang::ui {

// Why: llvmpipe spends most of a frame shading pixels, and a key press or a countdown tick
// changes a few thousand of the two million. The frame lives in an RGBA8 framebuffer object of
// the framebuffer's size (re-created, with a full redraw, when that changes); a frame clears
// and redraws only the damaged rectangles, scissored, and blits the whole frame into the framebuffer
// bound when draw() is called (a window's back buffer holds nothing reliable after a swap).
// Where the window can show part of a back buffer it never swaps, draw_in_place() uses that
// back buffer as the kept frame instead: no copy, no second frame's memory. Needs a current GL context for its whole life.
class RetainedFrame {
  public:
    RetainedFrame();
    RetainedFrame(RetainedFrame&&) noexcept;
    RetainedFrame& operator=(RetainedFrame&&) noexcept;
    ~RetainedFrame();

    // Brings the kept frame up to `data` (cleared to `clear`) and copies it whole into the
    // bound draw framebuffer. Returns what was repainted.
    const Damage& draw(GlRenderer& renderer, const ImDrawData& data, int fb_width, int fb_height,
                       ImVec4 clear);
    // The same with the bound draw framebuffer as the kept frame, when it keeps every pixel from
    // frame to frame (a window back buffer that is never swapped, platform.hpp): the damage is
    // repainted there and the offscreen frame freed. Switching between the two repaints all.
    const Damage& draw_in_place(GlRenderer& renderer, const ImDrawData& data, int fb_width,
                                int fb_height, ImVec4 clear);

    // The next draw() repaints everything (a texture changed under its name: the font atlas).
    void invalidate();
    // What the last draw() repainted.
    const Damage& last_damage() const;

    // The kept frame's pixels as RGBA, top row first (tests compare it with a full redraw).
    std::vector<std::uint8_t> read_rgba() const;

    // Test only: repaint nothing outside full frames, as a renderer that forgot every damage
    // would; the tests prove their comparison catches it.
    void forget_damage_for_test(bool forget);

  private:
    // Repaints the damage of `data` into the bound framebuffer.
    void repaint(GlRenderer& renderer, const ImDrawData& data, int fb_width, int fb_height,
                 ImVec4 clear);
    struct State;
    std::unique_ptr<State> s_;
};

// `data` rendered whole, cleared to `clear`, into a fresh width × height framebuffer: its RGBA
// pixels, top row first (empty on failure). The reference the damage tests compare with.
std::vector<std::uint8_t> redraw_whole_rgba(GlRenderer& renderer, const ImDrawData& data, int width,
                                            int height, ImVec4 clear);

}  // namespace siang::ui
