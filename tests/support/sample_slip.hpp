// The receipt the slip tests and bench/print render: one numbered complaint, fixed dates and code.
#pragma once

#include <chrono>

#include "config/config.hpp"
#include "print/receipt_slip.hpp"
#include "qr/qr_payload.hpp"

namespace siang::testing {

// Complaint 2569-000123, filed 25 Nov 2026, due 10 Dec 2026, code 123456789018; its QR says the
// code after `config.tracking_base_url`.
inline print::ReceiptFacts sample_receipt_facts(const config::Config& config) {
    using namespace std::chrono;
    return {.kind = domain::Kind::complaint,
            .service = "",
            .number = "2569-000123",
            .filed = year_month_day{year{2026}, month{11}, day{25}},
            .due = year_month_day{year{2026}, month{12}, day{10}},
            .code = "123456789018",
            .qr_payload = qr::qr_payload(config.tracking_base_url, "123456789018")};
}

}  // namespace siang::testing
