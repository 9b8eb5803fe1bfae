// An RGBA image uploaded as an OpenGL texture that ImGui can draw (logos, the receipt QR).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <span>

#include "core/error.hpp"

namespace siang::ui {

// How the texture is sampled when scaled: nearest keeps QR modules crisp, linear suits photos.
enum class Filter { nearest, linear };

// Owns the GL texture; needs the UI's GL context to be current when created and destroyed.
class GlTexture {
  public:
    // Uploads `rgba` (width × height × 4 bytes, rows top to bottom). Fails on a size mismatch.
    static Result<GlTexture> from_rgba(std::span<const std::uint8_t> rgba, int width, int height,
                                       Filter filter);
    // Replaces the pixels (same size rules as from_rgba), e.g. for the rebuilt font atlas.
    Result<void> upload(std::span<const std::uint8_t> rgba, int width, int height);

    GlTexture(GlTexture&&) noexcept;
    GlTexture& operator=(GlTexture&&) noexcept;
    ~GlTexture();

    // The ID to pass to ImGui::Image / ImDrawList::AddImage.
    ImTextureID imgui_id() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    struct Name;
    explicit GlTexture(std::unique_ptr<Name> name);
    std::unique_ptr<Name> name_;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace siang::ui
