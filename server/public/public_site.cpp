// The public listener's route list and the context its handlers share.
#include "server/public/public_site.hpp"

#include "server/public/healthz.hpp"

namespace siang::server::public_site {

namespace {
constexpr std::size_t public_pool_size = 2;  // reads of a few statements; nginx queues the rest
}

Result<std::unique_ptr<PublicContext>> open_context(const std::string& store_path,
                                                    const config::Config& config,
                                                    std::function<std::chrono::seconds()> clock_offset,
                                                    std::function<void()> filed) {
    store::OpenOptions options;
    options.directory = config.directory;
    auto pool = api::StorePool::open(store_path, options, public_pool_size);
    if (!pool) return std::unexpected(pool.error());
    if (!clock_offset) clock_offset = [] { return std::chrono::seconds{0}; };
    auto ctx = std::make_unique<PublicContext>();
    ctx->pool = std::move(*pool);
    ctx->config = config;
    ctx->now = [clock_offset] {
        return std::chrono::floor<std::chrono::seconds>(domain::Clock::now()) + clock_offset();
    };
    ctx->steady_now = [clock_offset] { return api::FailureWindow::Clock::now() + clock_offset(); };
    auto open311 = open311::Open311Site::open(store_path, config, ctx->now, std::move(filed));
    if (!open311) return std::unexpected(open311.error());
    ctx->open311 = std::move(*open311);
    return ctx;
}

http::Response html_response(int status, std::string body) {
    return http::Response{
        .status = status,
        .content_type = "text/html; charset=utf-8",
        .body = std::move(body),
        .headers = {{"Content-Security-Policy",
                     "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
                     "frame-ancestors 'none'; base-uri 'none'"},
                    {"Referrer-Policy", "no-referrer"},
                    {"X-Frame-Options", "DENY"}}};
}

std::vector<http::Route> routes(PublicContext& ctx) {
    std::vector<http::Route> all{healthz_route()};
    for (auto& r : tracking_routes(ctx)) all.push_back(std::move(r));
    for (auto& r : ita_routes(ctx)) all.push_back(std::move(r));
    for (auto& r : ctx.open311->routes()) all.push_back(std::move(r));
    return all;
}

}  // namespace siang::server::public_site
