// Building and wiping the receipt.
#include "kiosk/flow/receipt.hpp"

#include "kiosk/flow/secure_wipe.hpp"
#include "qr/qr_payload.hpp"

namespace siang::flow {

Receipt make_receipt(const Filing& filed, domain::Kind kind, std::string_view service,
                     std::string_view tracking_base_url) {
    Receipt r;
    r.filed = filed;
    r.kind = kind;
    r.service = std::string(service);
    std::string digits = filed.code.str();
    r.qr_payload = qr::qr_payload(tracking_base_url, digits);
    wipe(digits);
    return r;
}

void wipe(Receipt& receipt) {
    wipe_bytes(receipt.filed.code.digits.data(), receipt.filed.code.digits.size());
    wipe(receipt.qr_payload);
    wipe(receipt.service);
    wipe(receipt.filed.uuid);
    receipt.filed = Filing{};
}

}  // namespace siang::flow
