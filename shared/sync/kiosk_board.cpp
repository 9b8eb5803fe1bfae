// The kiosk information board's JSON, encoded in a fixed key order and decoded strictly.
#include "sync/kiosk_board.hpp"

#include <nlohmann/json.hpp>

#include "sync/json_reader.hpp"

namespace siang::sync {

std::string encode(const KioskBoard& b) {
    nlohmann::ordered_json j = {{"fiscal_year", b.fiscal_year_be},
                                {"received", b.received},
                                {"completed", b.completed},
                                {"drawn_at", domain::format_iso_utc(b.drawn_at)}};
    return j.dump();
}

Result<KioskBoard> decode_kiosk_board(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"fiscal_year", "received", "completed", "drawn_at"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(fy, r.integer("fiscal_year"));
    SIANG_TRY(received, r.integer("received"));
    SIANG_TRY(completed, r.integer("completed"));
    SIANG_TRY(drawn_at, r.time("drawn_at"));
    if (*fy < 2400 || *fy > 2700)
        return fail({.code = Errc::invalid_input, .detail = "out_of_range", .field = "fiscal_year"});
    if (*received < 0 || *completed < 0 || *completed > *received)
        return fail({.code = Errc::invalid_input, .detail = "out_of_range", .field = "completed"});
    return KioskBoard{static_cast<int>(*fy), *received, *completed, *drawn_at};
}

}  // namespace siang::sync
