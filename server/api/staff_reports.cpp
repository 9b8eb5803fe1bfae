// The staff API's help requests, live events, statistics, exports and audit log
// (sync/staff_wire_reports.hpp): every answer through the session's user, never the request's
// word; the long poll waits on the event counter (staff_events.hpp) holding no store connection.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>

#include "reports/case_export.hpp"
#include "reports/ita_export.hpp"
#include "reports/ita_stats.hpp"
#include "server/api/api_context.hpp"
#include "staff/role.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_wire_reports.hpp"

namespace siang::server::api {

namespace {

namespace fs = std::filesystem;

// Query argument `key` as a whole decimal number within [lo, hi]; `fallback` when absent.
Result<std::int64_t> query_number(const http::Request& req, const std::string& key,
                                  std::optional<std::int64_t> fallback, std::int64_t lo,
                                  std::int64_t hi) {
    auto it = req.query.find(key);
    if (it == req.query.end()) {
        if (fallback) return *fallback;
        return fail({.code = Errc::invalid_input, .detail = "missing_key", .field = key});
    }
    std::int64_t n = 0;
    const std::string& s = it->second;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || n < lo || n > hi)
        return fail({.code = Errc::invalid_input, .detail = "not_integer", .field = key});
    return n;
}

Result<int> fiscal_year(const http::Request& req) {
    auto fy = query_number(req, "fiscal_year", std::nullopt, 2400, 2700);
    if (!fy) return std::unexpected(fy.error());
    return static_cast<int>(*fy);
}

// --- help requests ---------------------------------------------------------------------------

http::Response help_list(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    auto s = ctx.pool->borrow();
    auto open = s->open_help_requests();
    if (!open) return error_response(open.error());
    return json_response(sync::encode_help_requests(*open));
}

http::Response acknowledge(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto detail = sync::decode_help_acknowledgement(req.body);
    if (!detail) return error_response(detail.error());
    const std::string& text = req.params.at("id");
    const Error unknown{Errc::not_found, "help request"};
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
        return error_response(unknown);
    {
        auto s = ctx.pool->borrow();
        // An id never recorded is not_found (the store takes it for one acknowledged already).
        if (auto seen = s->help_request_acknowledged(id); !seen)
            return error_response(seen.error().code == Errc::not_found ? unknown : seen.error());
        // Under the session's user, as the console did it on the store (the lock screen says
        // "lock_screen" in the detail).
        if (auto ok = s->acknowledge_help_request(id, user->username, ctx.now(), *detail); !ok)
            return error_response(ok.error().code == Errc::not_found ? unknown : ok.error());
    }
    notify_everyone(ctx);
    return json_response("{}");
}

// --- live events -----------------------------------------------------------------------------

http::Response events(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    auto after = query_number(req, "after", 0, 0, INT64_MAX);
    if (!after) return error_response(after.error());
    // No store connection is held while waiting: the pool's four serve everyone else. A clerk
    // waits on the counter corruption complaints never move, and is told the count of what a
    // clerk sees, so neither the answer nor its timing says when one was filed or handled.
    const store::Viewer viewer = viewer_of(*user);
    sync::StaffEvents answer;
    answer.event =
        ctx.events.wait_past(*after, sync::staff_event_wait, viewer.may_see_confidential);
    // The session again: a logout or a disabled account during the wait gets nothing more.
    if (auto still = authenticate_staff(ctx, req); !still) return error_response(still.error());
    auto s = ctx.pool->borrow();
    auto changes = s->case_changes(viewer);
    if (!changes) return error_response(changes.error());
    auto help = s->open_help_requests();
    if (!help) return error_response(help.error());
    answer.changes = *changes;
    answer.help = std::move(*help);
    return json_response(sync::encode(answer));
}

// --- statistics and exports ------------------------------------------------------------------

http::Response stats(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    auto fy = fiscal_year(req);
    if (!fy) return error_response(fy.error());
    auto s = ctx.pool->borrow();
    auto report =
        reports::load_ita_report(*s, viewer_of(*user), *fy, ctx.config.directory, ctx.now());
    if (!report) return error_response(report.error());
    return json_response(sync::encode(*report));
}

std::string content_type_of(reports::ItaFormat f) {
    switch (f) {
        case reports::ItaFormat::csv:
            return "text/csv; charset=utf-8";
        case reports::ItaFormat::xlsx:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case reports::ItaFormat::html:
            break;
    }
    return "text/html; charset=utf-8";
}

// A private directory (0700) for one export; removed with what is in it when it goes.
struct ExportDir {
    std::string path;
    ExportDir() {
        std::string t = (fs::temp_directory_path() / "siang-export-XXXXXX").string();
        if (::mkdtemp(t.data()) != nullptr) path = t;
    }
    ~ExportDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
    ExportDir(const ExportDir&) = delete;
    ExportDir& operator=(const ExportDir&) = delete;
};

// ?lang=th|en of an export (Thai when absent).
Result<i18n::Lang> export_lang(const http::Request& req) {
    auto l = req.query.find("lang");
    if (l == req.query.end()) return i18n::Lang::th;
    auto parsed = i18n::parse_lang(l->second);
    if (!parsed) return fail({.code = Errc::invalid_input, .detail = "not_lang", .field = "lang"});
    return *parsed;
}

// The export at `path` as the response body, streamed from an open descriptor: the caller's
// ExportDir goes when it returns, the descriptor keeps the file until it is sent.
http::Response file_response(const std::string& path, std::string content_type,
                             const std::string& name) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        if (fd >= 0) ::close(fd);
        return error_response(Error{Errc::io_error, "export"});
    }
    http::Response r;
    r.content_type = std::move(content_type);
    r.file = http::adopt_file_body(fd, static_cast<std::uint64_t>(st.st_size));
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return r;
}

http::Response export_ita(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    auto fy = fiscal_year(req);
    if (!fy) return error_response(fy.error());
    const auto fmt = req.query.find("format");
    std::optional<reports::ItaFormat> format;
    if (fmt != req.query.end()) format = reports::ita_format_of("." + fmt->second);
    if (!format || fmt->second == "htm")
        return error_response(
            {.code = Errc::invalid_input, .detail = "not_format", .field = "format"});
    auto lang = export_lang(req);
    if (!lang) return error_response(lang.error());
    ExportDir dir;
    if (dir.path.empty()) return error_response(Error{Errc::io_error, "export directory"});
    const std::string name = reports::ita_file_name(*fy, *format);
    const std::string path = dir.path + "/" + name;
    const auto now = ctx.now();
    {
        auto s = ctx.pool->borrow();
        auto report =
            reports::load_ita_report(*s, viewer_of(*user), *fy, ctx.config.directory, now);
        if (!report) return error_response(report.error());
        const auto& m = ctx.config.municipality;
        // The file and its audit row as on the console: the row under the session's user.
        if (auto ok = reports::export_ita_report(
                *s, user->username, *report, *format, path,
                {*lang, *lang == i18n::Lang::th ? m.name_th : m.name_en, now}, "download:" + name);
            !ok)
            return error_response(ok.error());
    }
    return file_response(path, content_type_of(*format), name);
}

http::Response export_cases(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    auto lang = export_lang(req);
    if (!lang) return error_response(lang.error());
    ExportDir dir;
    if (dir.path.empty()) return error_response(Error{Errc::io_error, "export directory"});
    const std::string name = reports::case_export_file_name();
    const std::string path = dir.path + "/" + name;
    {
        auto s = ctx.pool->borrow();
        // The session's viewer picks the cases (a clerk's export holds no corruption complaint).
        auto n = reports::export_cases_csv(*s, viewer_of(*user), user->username, path, *lang,
                                           ctx.config.directory, "download:" + name);
        if (!n) return error_response(n.error());
    }
    return file_response(path, "text/csv; charset=utf-8", name);
}

// --- audit log (admin) -----------------------------------------------------------------------

Result<staff::StaffUser> admin_of(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return user;
    if (user->role != staff::Role::admin) return fail(Errc::permission_denied, "audit");
    return user;
}

http::Response audit_rows(ApiContext& ctx, const http::Request& req) {
    auto user = admin_of(ctx, req);
    if (!user) return error_response(user.error());
    auto offset = query_number(req, "offset", 0, 0, INT64_MAX);
    if (!offset) return error_response(offset.error());
    auto limit = query_number(req, "limit", 100, 1, 1000);
    if (!limit) return error_response(limit.error());
    auto s = ctx.pool->borrow();
    auto count = s->audit_row_count();
    if (!count) return error_response(count.error());
    auto rows = s->audit_rows(*offset, static_cast<int>(*limit));
    if (!rows) return error_response(rows.error());
    return json_response(sync::encode(sync::AuditPage{*count, std::move(*rows)}));
}

http::Response audit_verify(ApiContext& ctx, const http::Request& req) {
    auto user = admin_of(ctx, req);
    if (!user) return error_response(user.error());
    auto s = ctx.pool->borrow();
    auto report = s->verify_audit();
    if (!report) return error_response(report.error());
    return json_response(sync::encode(*report));
}

}  // namespace

std::vector<http::Route> staff_report_routes(ApiContext& ctx) {
    auto route = [&ctx](std::string method, std::string path, auto handler) {
        return http::Route{std::move(method), std::move(path),
                           [&ctx, handler](const http::Request& req) { return handler(ctx, req); }};
    };
    const std::string help(sync::path_staff_help), audit(sync::path_staff_audit);
    return {route("GET", help, help_list),
            route("POST", help + "/{id}/acknowledge", acknowledge),
            route("GET", std::string(sync::path_staff_events), events),
            route("GET", std::string(sync::path_staff_stats), stats),
            route("GET", std::string(sync::path_staff_exports) + "/ita", export_ita),
            route("GET", std::string(sync::path_staff_exports) + "/cases", export_cases),
            route("GET", audit, audit_rows),
            route("GET", audit + "/verify", audit_verify)};
}

}  // namespace siang::server::api
