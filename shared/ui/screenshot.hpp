// Headless screenshots: an offscreen framebuffer of any size, read back and written as PNG.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace siang::ui {

// An RGBA8 framebuffer object of a fixed size, independent of the window's size.
class OffscreenTarget {
  public:
    // Needs a current GL context. Fails when the size is not positive or the FBO is incomplete.
    static Result<OffscreenTarget> create(int width, int height);

    OffscreenTarget(OffscreenTarget&&) noexcept;
    OffscreenTarget& operator=(OffscreenTarget&&) noexcept;
    ~OffscreenTarget();

    // Makes it the draw target; unbind() returns to the window's framebuffer.
    void bind() const;
    static void unbind();
    // Blocks until everything drawn so far is finished (for timing without a read-back).
    static void wait_until_drawn();
    // Its pixels as RGBA, top row first (GL reads bottom-up; this flips).
    std::vector<std::uint8_t> read_rgba() const;

    // Its GL framebuffer name (to blit from or into).
    unsigned framebuffer() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    struct Names;
    OffscreenTarget(std::unique_ptr<Names> n, int w, int h);
    std::unique_ptr<Names> names_;
    int width_ = 0;
    int height_ = 0;
};

// Writes top-row-first RGBA pixels as a PNG file through write_output_file (never over the store,
// its key or a device; never half a file). Errors: output_protected, output_not_regular, io_error.
Result<void> write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width,
                       int height);

}  // namespace siang::ui
