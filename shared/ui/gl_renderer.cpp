// OpenGL 3.3 core renderer for ImGui draw lists, with a second program for rounded cards.
#include "ui/gl_renderer.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

#include "ui/card.hpp"
#include "ui/gl_handles.hpp"
#include "ui/shader_program.hpp"

namespace siang::ui {

struct GlRenderer::State {
    gl::Program imgui_program;
    GLint imgui_projection = -1;
    GLint imgui_texture = -1;
    gl::VertexArray imgui_vao;
    gl::Buffer vertices;
    gl::Buffer indices;

    gl::Program card_program;
    GLint card_projection = -1, card_half_size = -1, card_radius = -1, card_fill = -1,
          card_blur = -1, card_shadow_color = -1;
    gl::VertexArray card_vao;
    gl::Buffer card_vertices;

    gl::Texture font_texture;
    std::array<float, 16> projection{};
};

namespace {

// Vertex of the card quad: pixel position and position relative to the card centre.
struct CardVertex {
    float x, y, lx, ly;
};

std::array<float, 16> ortho(const ImDrawData& d) {
    const float l = d.DisplayPos.x, r = d.DisplayPos.x + d.DisplaySize.x;
    const float t = d.DisplayPos.y, b = d.DisplayPos.y + d.DisplaySize.y;
    return {2.0f / (r - l),    0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1, 0, (r + l) / (l - r),
            (t + b) / (b - t), 0, 1};
}

void set_common_state(int fb_width, int fb_height) {
    glViewport(0, 0, fb_width, fb_height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
    glActiveTexture(GL_TEXTURE0);
}

GLuint texture_name(ImTextureID id) {
    return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(id));
}

}  // namespace

GlRenderer::GlRenderer(std::unique_ptr<State> s) : s_(std::move(s)) {}
GlRenderer::GlRenderer(GlRenderer&&) noexcept = default;
GlRenderer& GlRenderer::operator=(GlRenderer&&) noexcept = default;
GlRenderer::~GlRenderer() = default;

Result<GlRenderer> GlRenderer::create() {
    auto s = std::make_unique<State>();
    auto imgui = gl::link_embedded_program("imgui.vert", "imgui.frag");
    if (!imgui) return std::unexpected(imgui.error());
    auto card = gl::link_embedded_program("card.vert", "card.frag");
    if (!card) return std::unexpected(card.error());
    s->imgui_program = std::move(*imgui);
    s->card_program = std::move(*card);
    const GLuint ip = s->imgui_program.get(), cp = s->card_program.get();
    s->imgui_projection = glGetUniformLocation(ip, "projection");
    s->imgui_texture = glGetUniformLocation(ip, "tex");
    s->card_projection = glGetUniformLocation(cp, "projection");
    s->card_half_size = glGetUniformLocation(cp, "half_size");
    s->card_radius = glGetUniformLocation(cp, "radius");
    s->card_fill = glGetUniformLocation(cp, "fill");
    s->card_blur = glGetUniformLocation(cp, "blur");
    s->card_shadow_color = glGetUniformLocation(cp, "shadow_color");

    // ImDrawVert layout: pos (2 floats), uv (2 floats), col (4 normalised bytes).
    s->imgui_vao = gl::make_vertex_array();
    s->vertices = gl::make_buffer();
    s->indices = gl::make_buffer();
    glBindVertexArray(s->imgui_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, s->vertices.get());
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s->indices.get());
    constexpr auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    s->card_vao = gl::make_vertex_array();
    s->card_vertices = gl::make_buffer();
    glBindVertexArray(s->card_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, s->card_vertices.get());
    glBufferData(GL_ARRAY_BUFFER, sizeof(CardVertex) * 4, nullptr, GL_STREAM_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(CardVertex), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(CardVertex),
                          reinterpret_cast<void*>(offsetof(CardVertex, lx)));
    glBindVertexArray(0);
    return GlRenderer(std::move(s));
}

void GlRenderer::upload_font_atlas(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
    s_->font_texture = gl::make_texture();
    glBindTexture(GL_TEXTURE_2D, s_->font_texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // One byte per texel, read as white with that coverage: a quarter of an RGBA atlas's memory.
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(
        reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(s_->font_texture.get())));
    atlas.ClearTexData();
}

void GlRenderer::clear(int fb_width, int fb_height, ImVec4 color) {
    glViewport(0, 0, fb_width, fb_height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(color.x, color.y, color.z, color.w);
    glClear(GL_COLOR_BUFFER_BIT);
}

void GlRenderer::render(const ImDrawData& data, int fb_width, int fb_height) {
    if (fb_width <= 0 || fb_height <= 0 || data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0)
        return;
    State& s = *s_;
    set_common_state(fb_width, fb_height);
    s.projection = ortho(data);
    glUseProgram(s.card_program.get());
    glUniformMatrix4fv(s.card_projection, 1, GL_FALSE, s.projection.data());
    glUseProgram(s.imgui_program.get());
    glUniformMatrix4fv(s.imgui_projection, 1, GL_FALSE, s.projection.data());
    glUniform1i(s.imgui_texture, 0);
    glBindVertexArray(s.imgui_vao.get());

    const ImVec2 off = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        glBindBuffer(GL_ARRAY_BUFFER, s.vertices.get());
        glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list->VtxBuffer.Size) *
                         static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list->IdxBuffer.Size) *
                         static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            const ImVec2 clip_min{(cmd.ClipRect.x - off.x) * scale.x,
                                  (cmd.ClipRect.y - off.y) * scale.y};
            const ImVec2 clip_max{(cmd.ClipRect.z - off.x) * scale.x,
                                  (cmd.ClipRect.w - off.y) * scale.y};
            if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                set_common_state(fb_width, fb_height);
                continue;
            }
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
            glScissor(static_cast<GLint>(clip_min.x),
                      static_cast<GLint>(static_cast<float>(fb_height) - clip_max.y),
                      static_cast<GLsizei>(clip_max.x - clip_min.x),
                      static_cast<GLsizei>(clip_max.y - clip_min.y));
            if (const CardParams* card = card_of(cmd)) {
                draw_card_now(*card);
                glUseProgram(s.imgui_program.get());
                glBindVertexArray(s.imgui_vao.get());
                continue;
            }
            if (cmd.UserCallback) {
                cmd.UserCallback(list, &cmd);
                continue;
            }
            glBindTexture(GL_TEXTURE_2D, texture_name(cmd.TextureId));
            glDrawElementsBaseVertex(
                GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) *
                                        sizeof(ImDrawIdx)),
                static_cast<GLint>(cmd.VtxOffset));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

void GlRenderer::draw_card_now(const CardParams& c) {
    State& s = *s_;
    // The quad covers the card plus its shadow's spread (blur each side, lowered a third).
    const float spread = c.shadow * 1.5f;
    const ImVec2 centre{(c.min.x + c.max.x) * 0.5f, (c.min.y + c.max.y) * 0.5f};
    const float x0 = c.min.x - spread, x1 = c.max.x + spread;
    const float y0 = c.min.y - spread, y1 = c.max.y + spread + c.shadow * 0.35f;
    const CardVertex quad[4] = {{x0, y0, x0 - centre.x, y0 - centre.y},
                                {x1, y0, x1 - centre.x, y0 - centre.y},
                                {x0, y1, x0 - centre.x, y1 - centre.y},
                                {x1, y1, x1 - centre.x, y1 - centre.y}};
    glUseProgram(s.card_program.get());
    glUniform2f(s.card_half_size, (c.max.x - c.min.x) * 0.5f, (c.max.y - c.min.y) * 0.5f);
    glUniform1f(s.card_radius, c.radius);
    glUniform4f(s.card_fill, c.fill.x, c.fill.y, c.fill.z, c.fill.w);
    glUniform1f(s.card_blur, c.shadow);
    glUniform4f(s.card_shadow_color, c.shadow_color.x, c.shadow_color.y, c.shadow_color.z,
                c.shadow_color.w);
    glBindVertexArray(s.card_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, s.card_vertices.get());
    glBufferSubData(GL_ARRAY_BUFFER, 0, sizeof quad, quad);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

}  // namespace siang::ui
