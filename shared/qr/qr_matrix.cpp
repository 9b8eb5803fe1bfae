// encode_qr: libqrencode's symbol copied into a QrMatrix with a quiet zone.
#include "qr/qr_matrix.hpp"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

namespace siang::qr {
namespace {

// The one owner of a QRcode*: freed by QRcode_free however encode_qr returns.
struct QrcodeDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrcodeHandle = std::unique_ptr<QRcode, QrcodeDeleter>;

}  // namespace

Result<QrMatrix> encode_qr(std::string_view payload, int quiet_zone) {
    if (payload.empty()) return fail(Errc::internal, "empty QR payload");
    if (quiet_zone < 0) return fail(Errc::internal, "negative quiet zone");
    if (payload.size() > 8192) return fail(Errc::qr_failed, "payload too long");

    // QRcode_encodeData takes the byte count, so the payload needs no terminating NUL and may
    // hold any bytes (UTF-8 URLs included).
    errno = 0;
    QrcodeHandle code(QRcode_encodeData(static_cast<int>(payload.size()),
                                        reinterpret_cast<const unsigned char*>(payload.data()), 0,
                                        QR_ECLEVEL_M));
    if (!code) {
        const int err = errno;
        return fail(Errc::qr_failed, err == ERANGE ? std::string("payload too long")
                                                   : std::string(std::strerror(err)));
    }

    const int symbol = code->width;
    QrMatrix m;
    m.size = symbol + 2 * quiet_zone;
    const auto side = static_cast<std::size_t>(m.size);
    m.dark.assign(side * side, 0);
    for (int y = 0; y < symbol; ++y) {
        for (int x = 0; x < symbol; ++x) {
            // Bit 0 of each libqrencode byte is the module colour; the other bits describe its
            // role.
            const unsigned char module = code->data[y * symbol + x];
            const auto row = static_cast<std::size_t>(y + quiet_zone);
            const auto col = static_cast<std::size_t>(x + quiet_zone);
            m.dark[row * side + col] = static_cast<std::uint8_t>(module & 1U);
        }
    }
    return m;
}

}  // namespace siang::qr
