// render_qr and write_png: module scaling and the PNG file.
#include "qr/qr_bitmap.hpp"

#include <fcntl.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace siang::qr {
namespace {

constexpr std::uint8_t black = 0x00;
constexpr std::uint8_t white = 0xFF;

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

// Closes a POSIX file descriptor on every return path.
class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    // Closes now so that a failing close (delayed write error) can be reported.
    int close() {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }

  private:
    int fd_;
};

Error io_error(const std::string& path, int err) {
    return Error{Errc::io_error, path + ": " + std::strerror(err)};
}

Result<void> write_file_durably(const std::vector<std::uint8_t>& bytes, const std::string& path) {
    // The process id keeps two programs writing the same file from sharing a temporary.
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    FileDescriptor fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) return std::unexpected(io_error(path, errno));

    const auto fail_and_remove = [&](int err) -> Result<void> {
        ::unlink(tmp.c_str());
        return std::unexpected(io_error(path, err));
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail_and_remove(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) return fail_and_remove(errno);
    if (fd.close() != 0) return fail_and_remove(errno);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) return fail_and_remove(errno);
    return {};
}

}  // namespace

Bitmap render_qr(const QrMatrix& matrix, int target_px) {
    Bitmap bmp;
    if (matrix.size <= 0) return bmp;
    const int scale = std::max(1, target_px / matrix.size);
    bmp.width = bmp.height = matrix.size * scale;
    const auto side = static_cast<std::size_t>(bmp.width);
    bmp.rgba.assign(side * side * 4, white);

    for (int my = 0; my < matrix.size; ++my) {
        for (int mx = 0; mx < matrix.size; ++mx) {
            if (!matrix.at(mx, my)) continue;
            for (int py = my * scale; py < (my + 1) * scale; ++py) {
                auto* px = bmp.rgba.data() + (static_cast<std::size_t>(py) * side +
                                              static_cast<std::size_t>(mx * scale)) *
                                                 4;
                for (int i = 0; i < scale; ++i, px += 4) {
                    px[0] = px[1] = px[2] = black;  // alpha stays opaque
                }
            }
        }
    }
    return bmp;
}

Result<void> write_png(const Bitmap& bitmap, const std::string& path) {
    if (bitmap.width <= 0 || bitmap.height <= 0 ||
        bitmap.rgba.size() !=
            static_cast<std::size_t>(bitmap.width) * static_cast<std::size_t>(bitmap.height) * 4) {
        return fail(Errc::invalid_argument, "empty or inconsistent bitmap for " + path);
    }
    std::vector<std::uint8_t> png;
    if (stbi_write_png_to_func(append_bytes, &png, bitmap.width, bitmap.height, 4,
                               bitmap.rgba.data(), bitmap.width * 4) == 0) {
        return fail(Errc::io_error, path + ": PNG encoding failed");
    }
    return write_file_durably(png, path);
}

}  // namespace siang::qr
