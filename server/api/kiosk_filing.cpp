// POST /api/v1/filings: a kiosk's filing, decoded strictly, handed to the filing writer, answered
// with the case number once it is durable (or the first answer again for a resend).
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

http::Response file(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto filing = sync::decode_filing(req.body);
    if (!filing) return error_response(filing.error());
    store::IncomingFiling in{*kiosk,       std::move(filing->uuid),  filing->filed_at,
                             filing->code, std::move(filing->draft), req.body};
    const std::string uuid = in.uuid;
    auto answer = ctx.writer->submit(std::move(in)).get();
    if (!answer) return error_response(answer.error());
    return json_response(sync::encode(sync::FilingAck{uuid, answer->number, answer->due_date}));
}

}  // namespace

http::Route filing_route(ApiContext& ctx) {
    return {"POST", std::string(sync::path_filings),
            [&ctx](const http::Request& req) { return file(ctx, req); }};
}

}  // namespace siang::server::api
