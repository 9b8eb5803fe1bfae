// GET /api/v1/kiosk/board: this fiscal year's received / completed counts for the kiosk's
// attract screen (issue 14 item 3). The figures are the ITA statistics' fiscal-year total,
// read through the same public viewer as the /ita/ page, so the board and the published page
// never disagree and a corruption complaint is only ever part of a number.
#include "domain/thai_calendar.hpp"
#include "reports/ita_stats.hpp"
#include "server/api/api_context.hpp"
#include "sync/kiosk_board.hpp"

namespace siang::server::api {

namespace {

http::Response board(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    const domain::TimePoint now = ctx.now();
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    auto s = ctx.pool->borrow();
    auto report = reports::load_ita_report(
        *s, store::Viewer{.actor = "kiosk", .may_see_confidential = false}, fy,
        ctx.config.directory, now);
    s.release();
    if (!report) return error_response(report.error());
    sync::KioskBoard out{.fiscal_year_be = fy, .drawn_at = now};
    for (const auto& p : report->periods)
        if (p.id == "FY" + std::to_string(fy)) {
            out.received = p.total.received;
            out.completed = p.total.completed;
        }
    return json_response(sync::encode(out));
}

}  // namespace

http::Route kiosk_board_route(ApiContext& ctx) {
    return {"GET", std::string(sync::path_kiosk_board),
            [&ctx](const http::Request& req) { return board(ctx, req); }};
}

}  // namespace siang::server::api
