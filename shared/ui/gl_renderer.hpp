// Renders ImGui draw data with OpenGL 3.3 core: our shaders, buffers, font atlas and cards.
#pragma once

#include <imgui.h>

#include <memory>
#include <span>

#include "core/error.hpp"
#include "ui/damage_tracker.hpp"

namespace siang::ui {

// Owns every GL object it uses. Needs a current GL 3.3 core context with glad loaded
// (the Platform does that) for its whole life.
class GlRenderer {
  public:
    // Compiles the shaders and creates the buffers. Fails with the GLSL log.
    static Result<GlRenderer> create();

    GlRenderer(GlRenderer&&) noexcept;
    GlRenderer& operator=(GlRenderer&&) noexcept;
    ~GlRenderer();

    // Uploads the built font atlas as a texture, sets its TexID and frees ImGui's CPU copy.
    // Call after every atlas (re)build.
    void upload_font_atlas(ImFontAtlas& atlas);

    // Clears the bound framebuffer (whole viewport of `fb_width` × `fb_height`) to `color`.
    void clear(int fb_width, int fb_height, ImVec4 color);

    // Draws `data` into the bound framebuffer of `fb_width` × `fb_height` pixels, honouring clip
    // rects, textures, vertex offsets and cards (card.hpp).
    void render(const ImDrawData& data, int fb_width, int fb_height);
    // The same, limited to `areas` (disjoint framebuffer rectangles, see damage_tracker.hpp):
    // only commands touching one are drawn, each scissored to its clip rect cut by the area,
    // so every pixel inside an area comes out as render() would paint it and every pixel
    // outside keeps what the framebuffer held.
    void render(const ImDrawData& data, int fb_width, int fb_height,
                std::span<const PixelRect> areas);

  private:
    struct State;
    explicit GlRenderer(std::unique_ptr<State> s);
    // Uploads every card of `data` in one buffer, in command order.
    void upload_cards(const ImDrawData& data);
    std::unique_ptr<State> s_;
};

}  // namespace siang::ui
