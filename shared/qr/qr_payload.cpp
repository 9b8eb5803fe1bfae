// qr_payload: base URL + code digits.
#include "qr/qr_payload.hpp"

namespace siang::qr {

std::string qr_payload(std::string_view tracking_base_url, std::string_view code_digits) {
    std::string out;
    out.reserve(tracking_base_url.size() + code_digits.size());
    out.append(tracking_base_url);
    out.append(code_digits);
    return out;
}

}  // namespace siang::qr
