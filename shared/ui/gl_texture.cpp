// RGBA textures for ImGui images.
#include "ui/gl_texture.hpp"

#include <string>

#include "ui/gl_handles.hpp"

namespace siang::ui {

struct GlTexture::Name {
    gl::Texture texture;
};

GlTexture::GlTexture(std::unique_ptr<Name> name) : name_(std::move(name)) {}
GlTexture::GlTexture(GlTexture&&) noexcept = default;
GlTexture& GlTexture::operator=(GlTexture&&) noexcept = default;
GlTexture::~GlTexture() = default;

Result<GlTexture> GlTexture::from_rgba(std::span<const std::uint8_t> rgba, int width, int height,
                                       Filter filter) {
    GlTexture t(std::make_unique<Name>(Name{gl::make_texture()}));
    const GLint f = filter == Filter::nearest ? GL_NEAREST : GL_LINEAR;
    glBindTexture(GL_TEXTURE_2D, t.name_->texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, f);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, f);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    if (auto r = t.upload(rgba, width, height); !r) return std::unexpected(r.error());
    return t;
}

Result<void> GlTexture::upload(std::span<const std::uint8_t> rgba, int width, int height) {
    if (width <= 0 || height <= 0 ||
        rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
        return fail(Errc::display_failed, "texture: " + std::to_string(rgba.size()) +
                                                " bytes for " + std::to_string(width) + "x" +
                                                std::to_string(height) + " RGBA");
    glBindTexture(GL_TEXTURE_2D, name_->texture.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 rgba.data());
    width_ = width;
    height_ = height;
    return {};
}

ImTextureID GlTexture::imgui_id() const {
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(name_->texture.get()));
}

}  // namespace siang::ui
