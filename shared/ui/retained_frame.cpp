// The persistent framebuffer object, repainted where damaged and blitted whole.
#include "ui/retained_frame.hpp"

#include <optional>

#include "ui/gl_handles.hpp"
#include "ui/screenshot.hpp"

namespace siang::ui {

struct RetainedFrame::State {
    std::optional<OffscreenTarget> frame;
    DamageTracker tracker;
    Damage damage;
    bool forget = false;
    bool in_place = false;  // the last frame went to the bound framebuffer (draw_in_place)
};

RetainedFrame::RetainedFrame() : s_(std::make_unique<State>()) {}
RetainedFrame::RetainedFrame(RetainedFrame&&) noexcept = default;
RetainedFrame& RetainedFrame::operator=(RetainedFrame&&) noexcept = default;
RetainedFrame::~RetainedFrame() = default;

void RetainedFrame::invalidate() {
    s_->tracker.invalidate();
}

const Damage& RetainedFrame::last_damage() const {
    return s_->damage;
}

void RetainedFrame::forget_damage_for_test(bool forget) {
    s_->forget = forget;
}

const Damage& RetainedFrame::draw(GlRenderer& renderer, const ImDrawData& data, int fb_width,
                                  int fb_height, ImVec4 clear) {
    State& s = *s_;
    s.damage = {};
    if (fb_width <= 0 || fb_height <= 0) return s.damage;
    GLint target = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    if (!s.frame || s.frame->width() != fb_width || s.frame->height() != fb_height) {
        s.frame.reset();  // the old one's memory goes first
        auto made = OffscreenTarget::create(fb_width, fb_height);
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
        if (!made) {  // no memory for a kept frame: draw straight into the target
            renderer.clear(fb_width, fb_height, clear);
            renderer.render(data, fb_width, fb_height);
            s.damage.full = true;
            s.damage.rects.push_back({0, 0, fb_width, fb_height});
            return s.damage;
        }
        s.frame.emplace(std::move(*made));
        s.tracker.invalidate();
    }
    if (s.in_place) s.tracker.invalidate();  // the offscreen frame missed those frames
    s.in_place = false;
    s.frame->bind();
    repaint(renderer, data, fb_width, fb_height, clear);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, s.frame->framebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(target));
    glBlitFramebuffer(0, 0, fb_width, fb_height, 0, 0, fb_width, fb_height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
    return s.damage;
}

const Damage& RetainedFrame::draw_in_place(GlRenderer& renderer, const ImDrawData& data,
                                           int fb_width, int fb_height, ImVec4 clear) {
    State& s = *s_;
    s.damage = {};
    if (fb_width <= 0 || fb_height <= 0) return s.damage;
    if (!s.in_place) s.tracker.invalidate();  // the bound framebuffer holds another frame
    s.in_place = true;
    s.frame.reset();
    repaint(renderer, data, fb_width, fb_height, clear);
    return s.damage;
}

void RetainedFrame::repaint(GlRenderer& renderer, const ImDrawData& data, int fb_width,
                            int fb_height, ImVec4 clear) {
    State& s = *s_;
    s.damage = s.tracker.update(data, fb_width, fb_height, ImGui::ColorConvertFloat4ToU32(clear));
    if (s.forget && !s.damage.full) s.damage.rects.clear();
    glViewport(0, 0, fb_width, fb_height);
    glEnable(GL_SCISSOR_TEST);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    for (const PixelRect& r : s.damage.rects) {
        glScissor(r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    renderer.render(data, fb_width, fb_height, s.damage.rects);
    glDisable(GL_SCISSOR_TEST);
}

std::vector<std::uint8_t> RetainedFrame::read_rgba() const {
    return s_->frame ? s_->frame->read_rgba() : std::vector<std::uint8_t>{};
}

std::vector<std::uint8_t> redraw_whole_rgba(GlRenderer& renderer, const ImDrawData& data, int width,
                                            int height, ImVec4 clear) {
    auto target = OffscreenTarget::create(width, height);
    if (!target) return {};
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    target->bind();
    renderer.clear(width, height, clear);
    renderer.render(data, width, height);
    auto pixels = target->read_rgba();
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
    return pixels;
}

}  // namespace siang::ui
