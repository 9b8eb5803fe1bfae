// One font at one size for the printed slip: FreeType over a TLWG font file, no GL (issue 13).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "print/raster.hpp"

namespace siang::print {

// A font face at a pixel (dot) size, drawing *display text* (text::to_display: Thai cells as the
// TLWG fonts' positioned PUA glyphs) one glyph per code point along the advances, exactly as the
// screen's renderer does, so the slip and the screen show Thai the same way. The FreeType library
// and face are owned here (RAII) and freed with the last copy.
class SlipFont {
  public:
    // Opens `path` at `px` dots per em. `embolden` thickens the outlines (a missing Bold).
    // Errors: io_error naming the path when FreeType cannot open it; invalid_argument for px < 4.
    static Result<SlipFont> open(const std::string& path, int px, bool embolden = false);

    int px() const { return px_; }
    int ascent() const;       // dots above the baseline
    int line_height() const;  // baseline-to-baseline distance, with room for stacked Thai marks
    // Width in dots of display text, along the advances.
    int measure(std::string_view display) const;
    // Draws display text with its baseline at `baseline`, starting at `x`, anti-aliased into
    // `canvas` (ink added); what falls outside the canvas is clipped, never wrapped.
    void draw(InkCanvas& canvas, int x, int baseline, std::string_view display) const;

    struct Face;

  private:
    explicit SlipFont(std::shared_ptr<Face> face, int px) : face_(std::move(face)), px_(px) {}
    std::shared_ptr<Face> face_;
    int px_ = 0;
};

}  // namespace siang::print
