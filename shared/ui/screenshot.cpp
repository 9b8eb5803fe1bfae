// Offscreen framebuffer, pixel read-back and PNG writing (stb_image_write from Debian's libstb).
#include "ui/screenshot.hpp"

#include <stb_image_write.h>

#include <cstring>
#include <string>

#include "core/output_file.hpp"
#include "ui/gl_handles.hpp"

namespace siang::ui {

struct OffscreenTarget::Names {
    gl::Framebuffer framebuffer;
    gl::Renderbuffer color;
};

OffscreenTarget::OffscreenTarget(std::unique_ptr<Names> n, int w, int h)
    : names_(std::move(n)), width_(w), height_(h) {}
OffscreenTarget::OffscreenTarget(OffscreenTarget&&) noexcept = default;
OffscreenTarget& OffscreenTarget::operator=(OffscreenTarget&&) noexcept = default;
OffscreenTarget::~OffscreenTarget() = default;

Result<OffscreenTarget> OffscreenTarget::create(int width, int height) {
    if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
        return fail(Errc::display_failed,
                    "screenshot size " + std::to_string(width) + "x" + std::to_string(height));
    auto n = std::make_unique<Names>(Names{gl::make_framebuffer(), gl::make_renderbuffer()});
    glBindRenderbuffer(GL_RENDERBUFFER, n->color.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, n->framebuffer.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              n->color.get());
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        return fail(Errc::display_failed, "offscreen framebuffer incomplete: " + std::to_string(status));
    return OffscreenTarget(std::move(n), width, height);
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, names_->framebuffer.get());
}

unsigned OffscreenTarget::framebuffer() const {
    return names_->framebuffer.get();
}

void OffscreenTarget::unbind() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::wait_until_drawn() {
    glFinish();
}

std::vector<std::uint8_t> OffscreenTarget::read_rgba() const {
    const auto row = static_cast<std::size_t>(width_) * 4;
    std::vector<std::uint8_t> bottom_up(row * static_cast<std::size_t>(height_));
    GLint previous = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, names_->framebuffer.get());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
    std::vector<std::uint8_t> top_down(bottom_up.size());
    for (std::size_t y = 0; y < static_cast<std::size_t>(height_); ++y)
        std::memcpy(&top_down[y * row],
                    &bottom_up[(static_cast<std::size_t>(height_) - 1 - y) * row], row);
    return top_down;
}

Result<void> write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width,
                       int height) {
    if (rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
        return fail(Errc::display_failed, "PNG pixel buffer size");
    // Encoded in memory, then written as every output is: never over the store or its key, never
    // half a file.
    std::string png;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<std::size_t>(size));
    };
    if (stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4) == 0)
        return fail(Errc::io_error, path + ": cannot encode PNG");
    return write_output_file(path, png);
}

}  // namespace siang::ui
