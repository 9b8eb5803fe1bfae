// The municipality's logo for the receipt slip: a PNG read with stb_image, scaled to the paper
// and dithered to dots (issue 13, SPEC §12).
#pragma once

#include <string>

#include "core/error.hpp"
#include "print/raster.hpp"

namespace siang::print {

// The square the logo is fitted into on paper `width_dots` wide: three eighths of the width,
// 216 dots (27 mm) on 80 mm paper, 144 (18 mm) on 58 mm: a seal a reader recognises, which
// leaves the municipality's name the first thing read.
int slip_logo_side(int width_dots);

// The image at `path` (PNG, or anything stb_image reads) as slip ink: composited on white paper
// (transparent = no ink), grey from its luminance, area-averaged to fit `max_width` x `max_height`
// keeping its proportions (enlarged too when smaller), then dithered (print::dither), so every
// dot is 0 or 255. Errors: io_error naming the path and stb_image's reason when it cannot be
// read; invalid_argument (field "logo_path") for an image over 4096 dots on a side.
Result<InkCanvas> load_slip_logo(const std::string& path, int max_width, int max_height);

}  // namespace siang::print
