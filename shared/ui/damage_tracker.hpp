// Finds the framebuffer rectangles whose pixels may differ from the previous frame, by comparing
// the two frames' ImGui draw lists tile by tile (see DamageTracker).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace siang::ui {

// A rectangle of framebuffer pixels [x0, x1) × [y0, y1), top row first.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long long area() const { return empty() ? 0 : 1LL * (x1 - x0) * (y1 - y0); }
};

// What the renderer must repaint this frame.
struct Damage {
    bool full = false;             // repaint everything (rects then holds the whole screen)
    std::vector<PixelRect> rects;  // disjoint; empty when nothing changed
    long long area() const;
};

// The method. The framebuffer is cut into square tiles (tile_px). Every tile folds, in draw
// order, a 64-bit signature of each piece drawn over it, seeded with the clear colour and the
// framebuffer size. A piece is one triangle of an ordinary draw command (its three vertices'
// bytes, position, uv and colour, with the command's clip rectangle and texture), over the
// triangle's bounding box, or one card (its parameters and clip rectangle) over its box with the
// shadow; each box is widened by one pixel for anti-aliasing and cut by the clip rectangle.
// Triangles, not commands: ImGui merges all text and shapes sharing a texture and clip rectangle
// into one command, so a command-wide box would damage half the screen for one letter. A tile
// whose fold differs from the previous frame's is damaged: any change of what is drawn there,
// of its order, position, colour, texture or clipping changes the fold, and where a piece sits
// in ImGui's buffers (which shifts when an earlier widget grows) does not. Damaged tiles are
// merged into a few disjoint rectangles (runs along a row, then equal runs of consecutive rows).
// A pixel depends only on the pieces that cover it, in order, so redrawing every command that
// touches a damaged rectangle, scissored to it, over the kept previous frame, gives the pixels a
// full redraw gives.
//
// It cannot see a texture whose pixels change under the same name, or a callback it does not
// know: invalidate() after re-uploading a texture (the font atlas), and any unknown callback
// makes the frame a full one. A full frame also comes on the first frame, a framebuffer size
// change, and when more than `full_fraction` of the screen is damaged (a screen or language
// change, a transition), where one full pass is cheaper than many scissored ones.
class DamageTracker {
  public:
    static constexpr int tile_px = 32;
    static constexpr double full_fraction = 0.5;

    // Compares `data` (rendered at fb_width × fb_height, cleared to `clear_color`) with the
    // frame passed to the previous call, and remembers it for the next.
    Damage update(const ImDrawData& data, int fb_width, int fb_height, ImU32 clear_color);

    // The next update() is a full frame.
    void invalidate() { valid_ = false; }

  private:
    bool valid_ = false;
    int width_ = 0, height_ = 0, cols_ = 0, rows_ = 0;
    std::vector<std::uint64_t> tiles_, previous_;
};

}  // namespace siang::ui
