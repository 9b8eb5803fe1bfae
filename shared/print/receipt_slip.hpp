// The citizen's receipt slip and the printer test slip as 1-bit images (SPEC §12, issue 13).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "core/error.hpp"
#include "domain/kind.hpp"
#include "i18n/catalog.hpp"
#include "print/printer_state.hpp"
#include "print/raster.hpp"

namespace siang::print {

// What a receipt says, before it is put into words.
struct ReceiptFacts {
    domain::Kind kind = domain::Kind::suggestion;
    std::string service;                // service code; empty when none
    std::optional<std::string> number;  // the case number; nullopt: the office will give it
    std::chrono::year_month_day filed{};
    std::chrono::year_month_day due{};
    std::string code;        // the 12 digits, in clear
    std::string qr_payload;  // what the QR says (qr::qr_payload)
};

// The slip for `facts` in `lang`, `width_dots` wide (576 or 384): the municipality's logo when
// `[municipality] logo_path` is set (dithered, print/slip_logo.hpp; one that cannot be read is
// left out and logged on stderr, the slip prints all the same), its name (wrapped, never clipped), "received", kind, case number (or "the office will number it"),
// filing date and due date in BE, the code in very large digits grouped in fours, its QR (whole
// dots per module, quiet zone kept, at least 25 mm = 200 dots wide), how to track (the kiosk;
// the phone page when `config.tracking_base_url` is set), that the code is secret, and for a
// corruption complaint that it is kept confidential. Errors: not_found (the font family) when
// the TLWG fonts are missing; qr_failed.
Result<MonoImage> render_receipt(const ReceiptFacts& facts, const config::Config& config,
                                 i18n::Lang lang, int width_dots);

// The test slip of `siang print-test`: the logo and name as on the receipt, title, a Thai specimen line, a QR (of the municipality's
// tracking URL or a sample code) and the printer's state as asked just before.
Result<MonoImage> render_test_slip(const config::Config& config, PrinterState state,
                                   i18n::Lang lang, int width_dots);

// The smallest QR width on paper the slip allows: 25 mm at 8 dots per mm.
inline constexpr int min_qr_dots = 200;

}  // namespace siang::print
