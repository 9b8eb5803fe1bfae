// OfficeApi: opens the store (a writer connection and a small pool), lists the routes, shuts down.
#include "server/api/office_api.hpp"

#include "server/api/api_context.hpp"
#include "staff/role.hpp"
#include "store/backup_record.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

// Enough for the handlers that read (tracking, help, tokens) to run side by side on 2 cores
// while the writer commits; a handler holds a connection only for a few statements.
constexpr std::size_t pool_size = 4;

class OfficeApiImpl final : public OfficeApi {
  public:
    explicit OfficeApiImpl(std::unique_ptr<ApiContext> ctx) : ctx_(std::move(ctx)) {}
    ~OfficeApiImpl() override { shutdown(); }

    std::vector<http::Route> routes() override {
        std::vector<http::Route> out{enrol_route(*ctx_), filing_route(*ctx_), track_route(*ctx_),
                                     heartbeat_route(*ctx_), kiosk_board_route(*ctx_)};
        for (auto& r : help_routes(*ctx_)) out.push_back(std::move(r));
        for (auto& r : staff_session_routes(*ctx_)) out.push_back(std::move(r));
        for (auto& r : staff_admin_routes(*ctx_)) out.push_back(std::move(r));
        for (auto& r : staff_report_routes(*ctx_)) out.push_back(std::move(r));
        for (auto& r : staff_case_routes(*ctx_)) out.push_back(std::move(r));
        return out;
    }

    void stop_waiting() override { ctx_->events.stop(); }

    void case_filed() override { notify_change(*ctx_); }

    void shutdown() override {
        if (done_) return;
        done_ = true;
        ctx_->events.stop();
        ctx_->writer->stop();
        ctx_->pool->close();
    }

  private:
    std::unique_ptr<ApiContext> ctx_;
    bool done_ = false;
};

}  // namespace

http::Response json_response(std::string body, int status) {
    http::Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

http::Response error_response(const Error& e) {
    auto r = json_response(sync::encode_error(e), sync::http_status(e.code));
    if (e.code == Errc::rate_limited && e.count)
        r.headers.emplace_back("Retry-After", std::to_string(*e.count));
    // A held-back login: its count is minutes (staff::StaffAccounts::authenticate).
    if (e.code == Errc::permission_denied && e.detail == "login_wait" && e.count)
        r.headers.emplace_back("Retry-After", std::to_string(*e.count * 60));
    if (e.code == Errc::device_refused || e.code == Errc::session_expired) r.headers.emplace_back("WWW-Authenticate", "Bearer");
    return r;
}

void notify_change(ApiContext& ctx) {
    bool open = false;  // a store that cannot say tells the clerks nothing (they poll anyway)
    {
        auto s = ctx.pool->borrow();
        if (auto n = s->case_changes(store::Viewer{"", false}))
            open = ctx.open_changes.exchange(*n) != *n;
    }
    ctx.events.notify(open);
}

void notify_everyone(ApiContext& ctx) {
    ctx.events.notify(true);
}

Result<store::KioskRef> authenticate(ApiContext& ctx, const http::Request& req) {
    auto token = req.bearer_token();
    if (!token) return fail(Errc::device_refused);
    auto s = ctx.pool->borrow();
    return s->kiosk_by_token(*token);
}

Result<staff::StaffUser> authenticate_staff(ApiContext& ctx, const http::Request& req) {
    auto token = req.bearer_token();
    if (!token || !sync::is_token(*token)) return fail(Errc::session_expired);
    auto user = ctx.sessions.find(*token, req.peer, ctx.steady_now());
    if (!user) return fail(Errc::session_expired);
    auto s = ctx.pool->borrow();
    auto record = s->find_user(user->username);
    if (!record) {
        if (record.error().code != Errc::not_found) return std::unexpected(record.error());
        ctx.sessions.close_user(user->username);
        return fail(Errc::session_expired);
    }
    auto role = staff::parse_role(record->role);
    if (record->disabled || !role) {
        ctx.sessions.close_user(user->username);
        return fail(Errc::session_expired);
    }
    return staff::StaffUser{record->username, record->display_name, *role};
}

store::Viewer viewer_of(const staff::StaffUser& user) {
    return staff::viewer_for(user.username, user.role);
}

Result<void> check_body_size(const http::Request& req) {
    if (req.body.size() > sync::max_request_bytes)
        return fail({.code = Errc::input_too_large,
                     .detail = "body",
                     .count = static_cast<std::int64_t>(req.body.size()),
                     .limit = static_cast<std::int64_t>(sync::max_request_bytes)});
    return {};
}

Result<std::unique_ptr<OfficeApi>> OfficeApi::open(const std::string& store_path,
                                                   const config::Config& config, ApiSetup setup) {
    store::OpenOptions options;
    options.directory = config.directory;
    // The writer's commits leave the log to the checkpointer beside it (FilingWriter).
    store::OpenOptions writer_options = options;
    writer_options.defer_checkpoints = true;
    auto writer_store = store::Store::open(store_path, writer_options);
    if (!writer_store) return std::unexpected(writer_store.error());
    auto checkpointer = store::Store::open(store_path, writer_options);
    if (!checkpointer) return std::unexpected(checkpointer.error());
    auto pool = StorePool::open(store_path, options, pool_size);
    if (!pool) return std::unexpected(pool.error());
    auto ctx = std::make_unique<ApiContext>();
    auto offset = setup.clock_offset;
    if (!offset) offset = [] { return std::chrono::seconds{0}; };
    ctx->now = [offset] {
        return std::chrono::floor<std::chrono::seconds>(domain::Clock::now()) + offset();
    };
    ctx->steady_now = [offset] { return FailureWindow::Clock::now() + offset(); };
    ctx->fingerprint = std::move(setup.fingerprint);
    if (setup.url)
        ctx->url = std::move(setup.url);
    else
        ctx->url = [] { return std::string{}; };
    ctx->pool = std::move(*pool);
    ctx->config = config;
    ctx->backup_dir = store::default_backup_dir(store_path);
    {
        // Where the count of what a clerk sees stands, so the first change after a start is
        // judged like every other (a corruption complaint then wakes no clerk either).
        auto s = ctx->pool->borrow();
        auto open = s->case_changes(store::Viewer{"", false});
        if (!open) return std::unexpected(open.error());
        ctx->open_changes = *open;
    }
    ctx->writer = std::make_unique<FilingWriter>(std::move(*writer_store), FilingWriter::Limits{},
                                                 ctx->now, std::move(*checkpointer),
                                                 [c = ctx.get()] { notify_change(*c); });
    return std::unique_ptr<OfficeApi>(std::make_unique<OfficeApiImpl>(std::move(ctx)));
}

}  // namespace siang::server::api
