// What a receipt's QR symbol says: the tracking URL, or the bare code (SPEC §5).
#pragma once

#include <string>
#include <string_view>

namespace siang::qr {

// `tracking_base_url` followed by the 12 code digits, or just the digits when no base URL is
// configured. The base is used as given (no '/' added), so it may end in "/" or "?code=".
std::string qr_payload(std::string_view tracking_base_url, std::string_view code_digits);

}  // namespace siang::qr
