// The kiosk information board's wire shape (SPEC §13, issue 14 item 3): GET /api/v1/kiosk/board,
// kiosk-authenticated like the kiosk's other calls, written once for siang-server and the kiosk.
//
//   GET /api/v1/kiosk/board  → 200 {"fiscal_year": 2569, "received": 12, "completed": 9,
//                                    "drawn_at": "2026-03-01T02:03:04Z"}
//                              401 device_refused · 503 the store's errors
//
// Counts only, all kinds together, for the fiscal year in progress at the server: the ITA
// statistics' own figures (reports::load_ita_report as the public /ita/ page reads them), never
// counted a second way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::sync {

inline constexpr std::string_view path_kiosk_board = "/api/v1/kiosk/board";

struct KioskBoard {
    int fiscal_year_be = 0;       // Buddhist era, e.g. 2569 (Oct 2025 – Sep 2026)
    std::int64_t received = 0;    // filed this fiscal year
    std::int64_t completed = 0;   // of those, resolved, rejected or forwarded by now
    domain::TimePoint drawn_at{};  // when the server counted, to the second

    bool same_counts(const KioskBoard& o) const {
        return fiscal_year_be == o.fiscal_year_be && received == o.received &&
               completed == o.completed;
    }
};

std::string encode(const KioskBoard& b);
// Strict like every decode_* (office_api.hpp): an unknown or missing key, a wrong type, a
// negative count, completed above received, or a year outside 2400–2700 is invalid_input.
Result<KioskBoard> decode_kiosk_board(std::string_view body);

}  // namespace siang::sync
