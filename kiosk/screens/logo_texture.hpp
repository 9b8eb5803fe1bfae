// The municipality's logo: a PNG file loaded with stb_image into a GL texture.
#pragma once

#include <string>

#include "core/error.hpp"
#include "ui/gl_texture.hpp"

namespace siang::kiosk::screens {

// Loads the PNG (or any image stb_image reads) at `path` as an RGBA texture with linear
// filtering. Errors: io_error naming the path and stb_image's reason.
Result<ui::GlTexture> load_logo(const std::string& path);

}  // namespace siang::kiosk::screens
