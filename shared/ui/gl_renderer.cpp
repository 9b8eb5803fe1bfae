// OpenGL 3.3 core renderer for ImGui draw lists, with a second program for rounded cards.
#include "ui/gl_renderer.hpp"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "ui/card.hpp"
#include "ui/gl_handles.hpp"
#include "ui/shader_program.hpp"

namespace siang::ui {

namespace {

// Vertex of a card quad: pixel position, position relative to the card centre, and the card.
struct CardVertex {
    float x, y, lx, ly;
    float half_w, half_h, radius, blur;
    ImVec4 fill, shadow_color;
};

}  // namespace

struct GlRenderer::State {
    gl::Program imgui_program;
    GLint imgui_projection = -1;
    GLint imgui_texture = -1;
    gl::Program solid_program;  // imgui.vert + solid.frag
    GLint solid_projection = -1;
    gl::VertexArray imgui_vao;
    gl::Buffer vertices;
    gl::Buffer indices;

    gl::Program card_program;
    GLint card_projection = -1;
    gl::VertexArray card_vao;
    gl::Buffer card_vertices;
    std::vector<CardVertex> card_vertices_cpu;           // this frame's cards as triangles
    std::vector<std::pair<GLint, GLsizei>> card_ranges;  // first vertex and count, per card

    gl::Texture font_texture;
    std::array<float, 16> projection{};
};

namespace {

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

// How a draw command may be drawn more cheaply: `solid` when every vertex samples the atlas's
// white texel (no texture fetch needed), `opaque` when besides every vertex is fully opaque (no
// blending needed). Panels, bars and buttons are such commands and cover most of the screen.
struct Shortcut {
    bool solid = false;
    bool opaque = false;
};

Shortcut shortcut_for(const ImDrawList& list, const ImDrawCmd& cmd, ImVec2 white_uv) {
    Shortcut s{true, true};
    for (unsigned e = 0; e < cmd.ElemCount && s.solid; ++e) {
        const ImDrawVert& v = list.VtxBuffer[static_cast<int>(
            cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)])];
        s.solid = v.uv.x == white_uv.x && v.uv.y == white_uv.y;
        s.opaque = s.opaque && (v.col & IM_COL32_A_MASK) == IM_COL32_A_MASK;
    }
    s.opaque = s.opaque && s.solid;
    return s;
}

// An opaque, solid, axis-aligned rectangle of one colour (ImGui's AddRectFilled without
// rounding: four vertices, two triangles) as the framebuffer pixels it covers, so it can be
// drawn as a scissored clear. llvmpipe clears a region far faster than it shades one; the big
// panels and bars of a screen are such rectangles. Pixels are the ones whose centres the
// triangles would cover, so the result is the same.
struct ClearRect {
    int x0, y0, x1, y1;  // [x0, x1) × [y0, y1), framebuffer pixels, top-down
    ImU32 col;
};

std::optional<ClearRect> as_clear_rect(const ImDrawList& list, const ImDrawCmd& cmd, ImVec2 off,
                                       ImVec2 scale) {
    if (cmd.ElemCount != 6) return std::nullopt;
    float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
    ImU32 col = 0;
    for (unsigned e = 0; e < 6; ++e) {
        const ImDrawVert& v = list.VtxBuffer[static_cast<int>(
            cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)])];
        if (e == 0) col = v.col;
        if (v.col != col) return std::nullopt;
        x0 = std::min(x0, v.pos.x), x1 = std::max(x1, v.pos.x);
        y0 = std::min(y0, v.pos.y), y1 = std::max(y1, v.pos.y);
    }
    // Every vertex on a corner of the bounding box: an axis-aligned rectangle, not a slanted
    // quad or a triangle pair that leaves part of the box empty.
    for (unsigned e = 0; e < 6; ++e) {
        const ImDrawVert& v = list.VtxBuffer[static_cast<int>(
            cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)])];
        if ((v.pos.x != x0 && v.pos.x != x1) || (v.pos.y != y0 && v.pos.y != y1))
            return std::nullopt;
    }
    const auto px = [](float v, float o, float k) {
        return static_cast<int>(std::ceil((v - o) * k - 0.5f));
    };
    return ClearRect{px(x0, off.x, scale.x), px(y0, off.y, scale.y), px(x1, off.x, scale.x),
                     px(y1, off.y, scale.y), col};
}

PixelRect meet(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

// glScissor counts rows from the bottom.
void scissor(const PixelRect& r, int fb_height) {
    glScissor(r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
}

// The first index and the index count of the run of `cmd`'s triangles from the first to the
// last whose box (widened by a pixel for anti-aliasing) meets `area`; count 0 when none does.
std::pair<unsigned, unsigned> triangles_touching(const ImDrawList& list, const ImDrawCmd& cmd,
                                                 const PixelRect& area, ImVec2 off, ImVec2 scale) {
    const float ax0 = static_cast<float>(area.x0) / scale.x + off.x - 1.0f;
    const float ay0 = static_cast<float>(area.y0) / scale.y + off.y - 1.0f;
    const float ax1 = static_cast<float>(area.x1) / scale.x + off.x + 1.0f;
    const float ay1 = static_cast<float>(area.y1) / scale.y + off.y + 1.0f;
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    unsigned first = cmd.ElemCount, last = 0;
    for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
        const ImVec2 a = vtx[idx[e]].pos, b = vtx[idx[e + 1]].pos, c = vtx[idx[e + 2]].pos;
        if (std::max({a.x, b.x, c.x}) < ax0 || std::min({a.x, b.x, c.x}) > ax1 ||
            std::max({a.y, b.y, c.y}) < ay0 || std::min({a.y, b.y, c.y}) > ay1)
            continue;
        first = std::min(first, e);
        last = e + 3;
    }
    return first < last ? std::pair{first, last - first} : std::pair{0u, 0u};
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
    auto solid = gl::link_embedded_program("imgui.vert", "solid.frag");
    if (!solid) return std::unexpected(solid.error());
    auto card = gl::link_embedded_program("card.vert", "card.frag");
    if (!card) return std::unexpected(card.error());
    s->imgui_program = std::move(*imgui);
    s->solid_program = std::move(*solid);
    s->solid_projection = glGetUniformLocation(s->solid_program.get(), "projection");
    s->card_program = std::move(*card);
    const GLuint ip = s->imgui_program.get(), cp = s->card_program.get();
    s->imgui_projection = glGetUniformLocation(ip, "projection");
    s->imgui_texture = glGetUniformLocation(ip, "tex");
    s->card_projection = glGetUniformLocation(cp, "projection");

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
    constexpr auto card_stride = static_cast<GLsizei>(sizeof(CardVertex));
    const std::pair<GLint, std::size_t> card_attributes[] = {
        {2, offsetof(CardVertex, x)},      {2, offsetof(CardVertex, lx)},
        {2, offsetof(CardVertex, half_w)}, {2, offsetof(CardVertex, radius)},
        {4, offsetof(CardVertex, fill)},   {4, offsetof(CardVertex, shadow_color)}};
    for (GLuint i = 0; i < std::size(card_attributes); ++i) {
        glEnableVertexAttribArray(i);
        glVertexAttribPointer(i, card_attributes[i].first, GL_FLOAT, GL_FALSE, card_stride,
                              reinterpret_cast<void*>(card_attributes[i].second));
    }
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
    const PixelRect whole[] = {{0, 0, fb_width, fb_height}};
    render(data, fb_width, fb_height, whole);
}

void GlRenderer::render(const ImDrawData& data, int fb_width, int fb_height,
                        std::span<const PixelRect> areas) {
    if (areas.empty()) return;
    const bool partial = areas.size() > 1 || areas[0].x0 > 0 || areas[0].y0 > 0 ||
                         areas[0].x1 < fb_width || areas[0].y1 < fb_height;
    if (fb_width <= 0 || fb_height <= 0 || data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0)
        return;
    State& s = *s_;
    set_common_state(fb_width, fb_height);
    s.projection = ortho(data);
    glUseProgram(s.card_program.get());
    glUniformMatrix4fv(s.card_projection, 1, GL_FALSE, s.projection.data());
    glUseProgram(s.solid_program.get());
    glUniformMatrix4fv(s.solid_projection, 1, GL_FALSE, s.projection.data());
    glUseProgram(s.imgui_program.get());
    glUniformMatrix4fv(s.imgui_projection, 1, GL_FALSE, s.projection.data());
    glUniform1i(s.imgui_texture, 0);
    glBindVertexArray(s.imgui_vao.get());

    upload_cards(data);
    std::size_t next_card = 0;
    const ImTextureID font_id = ImGui::GetIO().Fonts->TexID;
    const ImVec2 white_uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
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
            if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                set_common_state(fb_width, fb_height);
                continue;
            }
            const CardParams* card = card_of(cmd);
            const std::size_t card_index = card ? next_card++ : 0;
            // The clip rectangle in whole pixels, top-down, as glScissor always took it.
            const PixelRect clip{static_cast<int>((cmd.ClipRect.x - off.x) * scale.x),
                                 static_cast<int>((cmd.ClipRect.y - off.y) * scale.y),
                                 static_cast<int>((cmd.ClipRect.z - off.x) * scale.x),
                                 static_cast<int>((cmd.ClipRect.w - off.y) * scale.y)};
            if (clip.empty()) continue;
            if (!card && cmd.UserCallback) {
                scissor(clip, fb_height);
                cmd.UserCallback(list, &cmd);
                continue;
            }
            const Shortcut quick = !card && cmd.TextureId == font_id
                                       ? shortcut_for(*list, cmd, white_uv)
                                       : Shortcut{};
            const std::optional<ClearRect> clear_rect =
                quick.opaque ? as_clear_rect(*list, cmd, off, scale) : std::nullopt;
            for (const PixelRect& area : areas) {
                const PixelRect cut = meet(clip, area);
                if (cut.empty()) continue;
                if (clear_rect) {
                    const PixelRect r =
                        meet(cut, {clear_rect->x0, clear_rect->y0, clear_rect->x1, clear_rect->y1});
                    if (r.empty()) continue;
                    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear_rect->col);
                    scissor(r, fb_height);
                    glClearColor(c.x, c.y, c.z, c.w);
                    glClear(GL_COLOR_BUFFER_BIT);
                    continue;
                }
                if (card && partial) {
                    // Its area with the shadow, as upload_cards draws it, widened a pixel.
                    const PixelRect box{
                        static_cast<int>(std::floor((card->min.x - card->shadow - off.x) * scale.x)) - 1,
                        static_cast<int>(std::floor((card->min.y - card->shadow - off.y) * scale.y)) - 1,
                        static_cast<int>(std::ceil((card->max.x + card->shadow - off.x) * scale.x)) + 1,
                        static_cast<int>(std::ceil((card->max.y + card->shadow * 1.35f - off.y) * scale.y)) + 1};
                    if (meet(box, cut).empty()) continue;
                }
                scissor(cut, fb_height);
                if (card) {
                    glUseProgram(s.card_program.get());
                    glBindVertexArray(s.card_vao.get());
                    const auto [first, count] = s.card_ranges[card_index];
                    glDrawArrays(GL_TRIANGLES, first, count);
                    glUseProgram(s.imgui_program.get());
                    glBindVertexArray(s.imgui_vao.get());
                    continue;
                }
                if (quick.solid) glUseProgram(s.solid_program.get());
                if (quick.opaque) glDisable(GL_BLEND);
                // Part of the screen: only the run of triangles from the first to the last
                // that touches the area (ImGui emits a widget's triangles together).
                const auto [first, count] = partial ? triangles_touching(*list, cmd, cut, off, scale)
                                                    : std::pair<unsigned, unsigned>{0, cmd.ElemCount};
                if (count == 0) {
                    if (quick.opaque) glEnable(GL_BLEND);
                    if (quick.solid) glUseProgram(s.imgui_program.get());
                    continue;
                }
                glBindTexture(GL_TEXTURE_2D, texture_name(cmd.TextureId));
                glDrawElementsBaseVertex(
                    GL_TRIANGLES, static_cast<GLsizei>(count),
                    sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                    reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset + first) *
                                            sizeof(ImDrawIdx)),
                    static_cast<GLint>(cmd.VtxOffset));
                if (quick.opaque) glEnable(GL_BLEND);
                if (quick.solid) glUseProgram(s.imgui_program.get());
            }
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

void GlRenderer::upload_cards(const ImDrawData& data) {
    State& s = *s_;
    s.card_vertices_cpu.clear();
    s.card_ranges.clear();
    for (int n = 0; n < data.CmdListsCount; ++n)
        for (const ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
            const CardParams* c = card_of(cmd);
            if (!c) continue;
            // The area covers the card plus its shadow (the blur each side, lowered a
            // third), minus the middle of a hollow card that ImGui fills.
            const float spread = c->shadow;
            const ImVec2 centre{(c->min.x + c->max.x) * 0.5f, (c->min.y + c->max.y) * 0.5f};
            const ImVec2 o0{c->min.x - spread, c->min.y - spread};
            const ImVec2 o1{c->max.x + spread, c->max.y + spread + c->shadow * 0.35f};
            const auto first = static_cast<GLint>(s.card_vertices_cpu.size());
            auto rect = [&](ImVec2 a, ImVec2 b) {
                for (const ImVec2& p :
                     {a, ImVec2{b.x, a.y}, ImVec2{a.x, b.y}, ImVec2{b.x, a.y}, b, ImVec2{a.x, b.y}})
                    s.card_vertices_cpu.push_back({p.x, p.y, p.x - centre.x, p.y - centre.y,
                                                   (c->max.x - c->min.x) * 0.5f,
                                                   (c->max.y - c->min.y) * 0.5f, c->radius,
                                                   c->shadow, c->fill, c->shadow_color});
            };
            if (c->hollow()) {
                const ImVec2 i0 = c->inner_min, i1 = c->inner_max;
                rect(o0, {o1.x, i0.y});            // top band
                rect({o0.x, i1.y}, o1);            // bottom band
                rect({o0.x, i0.y}, {i0.x, i1.y});  // left band
                rect({i1.x, i0.y}, {o1.x, i1.y});  // right band
            } else {
                rect(o0, o1);
            }
            s.card_ranges.push_back(
                {first, static_cast<GLsizei>(s.card_vertices_cpu.size()) - first});
        }
    if (s.card_vertices_cpu.empty()) return;
    glBindBuffer(GL_ARRAY_BUFFER, s.card_vertices.get());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(s.card_vertices_cpu.size() * sizeof(CardVertex)),
                 s.card_vertices_cpu.data(), GL_STREAM_DRAW);
}

}  // namespace siang::ui
