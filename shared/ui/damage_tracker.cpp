// Tile signatures of two consecutive frames' draw lists, compared into damage rectangles.
#include "ui/damage_tracker.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "ui/card.hpp"

namespace siang::ui {

namespace {

constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h *= 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
}

// Eight bytes at a time; a word-wise multiply-xorshift is plenty against accidental equality.
std::uint64_t hash_bytes(const void* data, std::size_t n, std::uint64_t h) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t w = 0;
    for (; n >= 8; n -= 8, p += 8) {
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001B3ULL;
        h ^= h >> 29;
    }
    w = 0;
    std::memcpy(&w, p, n);
    return mix(h, w ^ n);
}

std::uint64_t hash_floats(std::initializer_list<float> v, std::uint64_t h) {
    return hash_bytes(v.begin(), v.size() * sizeof(float), h);
}

// Folds `signature` into every tile of the pixel box around display-coordinates
// [x0, x1] × [y0, y1] that lies inside `clip` (widened by one pixel for anti-aliasing).
struct TileFolder {
    std::vector<std::uint64_t>& tiles;
    int cols, width, height;
    ImVec2 off, scale;

    void fold(float x0, float y0, float x1, float y1, const ImVec4& clip, std::uint64_t signature) {
        x0 = std::max(x0, clip.x), y0 = std::max(y0, clip.y);
        x1 = std::min(x1, clip.z), y1 = std::min(y1, clip.w);
        if (x1 < x0 || y1 < y0) return;
        const int px0 = std::max(0, static_cast<int>(std::floor((x0 - off.x) * scale.x)) - 1);
        const int py0 = std::max(0, static_cast<int>(std::floor((y0 - off.y) * scale.y)) - 1);
        const int px1 = std::min(width, static_cast<int>(std::ceil((x1 - off.x) * scale.x)) + 1);
        const int py1 = std::min(height, static_cast<int>(std::ceil((y1 - off.y) * scale.y)) + 1);
        if (px1 <= px0 || py1 <= py0) return;
        const int tile = DamageTracker::tile_px;
        for (int ty = py0 / tile; ty <= (py1 - 1) / tile; ++ty)
            for (int tx = px0 / tile; tx <= (px1 - 1) / tile; ++tx) {
                std::uint64_t& t = tiles[static_cast<std::size_t>(ty * cols + tx)];
                t = mix(t, signature);
            }
    }
};

// Folds a card: its parameters over its area with the shadow (as gl_renderer.cpp's
// upload_cards: the shadow each side, lowered a third).
void fold_card(TileFolder& tiles, const ImDrawCmd& cmd, const CardParams& c, std::uint64_t state) {
    const std::uint64_t signature = hash_floats(
        {c.min.x, c.min.y, c.max.x, c.max.y, c.radius, c.fill.x, c.fill.y, c.fill.z, c.fill.w,
         c.shadow, c.shadow_color.x, c.shadow_color.y, c.shadow_color.z, c.shadow_color.w,
         c.inner_min.x, c.inner_min.y, c.inner_max.x, c.inner_max.y},
        mix(state, 1));
    tiles.fold(c.min.x - c.shadow, c.min.y - c.shadow, c.max.x + c.shadow,
               c.max.y + c.shadow * 1.35f, cmd.ClipRect, signature);
}

// Folds each triangle of an ordinary command: its three vertices (position, uv, colour) with
// the command's clip rectangle and texture, over the triangle's box. ImGui merges all the text
// and shapes that share a texture and clip rectangle into one command, so a command-wide box
// would damage most of the screen for one letter; triangle boxes keep it to the letter.
void fold_triangles(TileFolder& tiles, const ImDrawList& list, const ImDrawCmd& cmd,
                    std::uint64_t state) {
    state = mix(state, static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TextureId)));
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
        const ImDrawVert* v[3] = {vtx + idx[e], vtx + idx[e + 1], vtx + idx[e + 2]};
        std::uint64_t h = state;
        for (const ImDrawVert* p : v) h = hash_bytes(p, sizeof(ImDrawVert), h);
        tiles.fold(std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}),
                   std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}),
                   std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}),
                   std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}), cmd.ClipRect, h);
    }
}

PixelRect bounds(const PixelRect& a, const PixelRect& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool overlap(const PixelRect& a, const PixelRect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Each rectangle costs the renderer a pass over the draw commands (llvmpipe's fixed cost per
// draw call is the price of shading tens of thousands of pixels), so two rectangles become their
// bounding box when that repaints fewer than merge_px more pixels. A box swallows every
// rectangle it overlaps, so the rectangles stay disjoint (never painted twice: blending).
void merge_nearby(std::vector<PixelRect>& rects) {
    constexpr long long merge_px = 64LL * 1024;
    constexpr int bounded = 1000;  // merges at most: each one removes a rectangle
    for (int round = 0; round < bounded && rects.size() > 1; ++round) {
        long long best_waste = merge_px;
        std::size_t bi = 0, bj = 0;
        for (std::size_t i = 0; i < rects.size(); ++i)
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                const PixelRect box = bounds(rects[i], rects[j]);
                const long long waste = box.area() - rects[i].area() - rects[j].area();
                if (waste < best_waste) best_waste = waste, bi = i, bj = j;
            }
        if (best_waste >= merge_px) return;
        PixelRect box = bounds(rects[bi], rects[bj]);
        rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(bj));
        rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(bi));
        // Swallow what the box now overlaps, until nothing does (it only grows).
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t k = 0; k < rects.size(); ++k)
                if (overlap(box, rects[k])) {
                    box = bounds(box, rects[k]);
                    rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(k));
                    grew = true;
                    break;
                }
        }
        rects.push_back(box);
    }
}

}  // namespace

long long Damage::area() const {
    long long a = 0;
    for (const PixelRect& r : rects) a += r.area();
    return a;
}

Damage DamageTracker::update(const ImDrawData& data, int fb_width, int fb_height,
                             ImU32 clear_color) {
    const PixelRect screen{0, 0, fb_width, fb_height};
    if (fb_width != width_ || fb_height != height_) {
        valid_ = false;
        width_ = fb_width, height_ = fb_height;
        cols_ = (fb_width + tile_px - 1) / tile_px;
        rows_ = (fb_height + tile_px - 1) / tile_px;
    }
    std::swap(tiles_, previous_);
    const std::uint64_t seed =
        mix(mix(clear_color, static_cast<std::uint64_t>(fb_width)), static_cast<std::uint64_t>(fb_height));
    tiles_.assign(static_cast<std::size_t>(cols_) * static_cast<std::size_t>(rows_), seed);
    bool unknown = false;
    TileFolder folder{tiles_, cols_, fb_width, fb_height, data.DisplayPos, data.FramebufferScale};
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback == ImDrawCallback_ResetRenderState) continue;
            const std::uint64_t state = hash_floats(
                {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w}, 0xC0FFEE);
            if (const CardParams* c = card_of(cmd))
                fold_card(folder, cmd, *c, state);
            else if (cmd.UserCallback)
                unknown = true;  // may touch any pixel
            else
                fold_triangles(folder, list, cmd, state);
        }
    }
    Damage d;
    if (!valid_ || unknown || previous_.size() != tiles_.size()) {
        valid_ = !unknown;
        d.full = true;
        d.rects.push_back(screen);
        return d;
    }
    // Runs of damaged tiles along each row; a run equal to one in the row above extends it.
    std::vector<PixelRect> open;  // runs ending at the previous row
    for (int ty = 0; ty < rows_; ++ty) {
        std::vector<PixelRect> row;
        for (int tx = 0; tx < cols_;) {
            const auto i = static_cast<std::size_t>(ty * cols_ + tx);
            if (tiles_[i] == previous_[i]) {
                ++tx;
                continue;
            }
            int end = tx;
            while (end < cols_ && tiles_[static_cast<std::size_t>(ty * cols_ + end)] !=
                                      previous_[static_cast<std::size_t>(ty * cols_ + end)])
                ++end;
            row.push_back({tx * tile_px, ty * tile_px, std::min(end * tile_px, fb_width),
                           std::min((ty + 1) * tile_px, fb_height)});
            tx = end;
        }
        std::vector<PixelRect> next;
        for (PixelRect r : row) {
            auto above = std::find_if(open.begin(), open.end(), [&](const PixelRect& o) {
                return o.x0 == r.x0 && o.x1 == r.x1;
            });
            if (above != open.end()) {
                r.y0 = above->y0;
                open.erase(above);
            }
            next.push_back(r);
        }
        d.rects.insert(d.rects.end(), open.begin(), open.end());
        open = std::move(next);
    }
    d.rects.insert(d.rects.end(), open.begin(), open.end());
    merge_nearby(d.rects);
    if (static_cast<double>(d.area()) > full_fraction * static_cast<double>(screen.area())) {
        d.full = true;
        d.rects.assign(1, screen);
    }
    return d;
}

}  // namespace siang::ui
