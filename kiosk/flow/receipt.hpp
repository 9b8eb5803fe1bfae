// What the receipt screen shows after a durable commit (SPEC §4.7).
#pragma once

#include <string>
#include <string_view>

#include "domain/kind.hpp"
#include "kiosk/flow/flow_ports.hpp"

namespace siang::flow {

struct Receipt {
    Filing
        filed;  // case number (once the office gave it), tracking code (in clear only here), dates
    domain::Kind kind = domain::Kind::suggestion;
    std::string service;     // service code; empty when none
    std::string qr_payload;  // what the QR symbol encodes: `<tracking_base_url><code>` or the code
};

// The receipt for a filing: the QR says the base URL followed by the code, or the bare code.
Receipt make_receipt(const Filing& filed, domain::Kind kind, std::string_view service,
                     std::string_view tracking_base_url);

// Zeroes the code and the QR text (the receipt is the code's only clear copy) and empties it.
void wipe(Receipt& receipt);

}  // namespace siang::flow
