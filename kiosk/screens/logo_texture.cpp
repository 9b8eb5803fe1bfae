// Logo loading through stb_image.
#include "kiosk/screens/logo_texture.hpp"

#include <stb_image.h>

#include <cstddef>
#include <memory>
#include <span>

namespace siang::kiosk::screens {
namespace {

struct StbiFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

}  // namespace

Result<ui::GlTexture> load_logo(const std::string& path) {
    int w = 0, h = 0, channels = 0;
    std::unique_ptr<unsigned char, StbiFree> pixels(stbi_load(path.c_str(), &w, &h, &channels, 4));
    if (!pixels) return fail(Errc::io_error, path + ": " + stbi_failure_reason());
    const auto bytes = static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4;
    return ui::GlTexture::from_rgba(std::span<const std::uint8_t>(pixels.get(), bytes), w, h,
                                    ui::Filter::linear);
}

}  // namespace siang::kiosk::screens
