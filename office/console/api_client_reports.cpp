// ApiClient's calls of help requests, statistics, exports and the audit log (api_client.hpp),
// and its live events: one thread's long poll of GET /api/v1/staff/events.
#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/output_file.hpp"
#include "office/console/api_client.hpp"
#include "reports/case_export.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_api.hpp"
#include "sync/staff_wire_reports.hpp"

namespace siang::office {

namespace {

domain::TimePoint now_s() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

Result<std::string> malformed() {
    return fail(Errc::server_failed, "malformed answer");
}

const char* format_id(reports::ItaFormat f) {
    switch (f) {
        case reports::ItaFormat::csv:
            return "csv";
        case reports::ItaFormat::xlsx:
            return "xlsx";
        case reports::ItaFormat::html:
            break;
    }
    return "html";
}

bool same_help(const std::vector<store::HelpRequest>& a, const std::vector<store::HelpRequest>& b) {
    return std::ranges::equal(a, b, [](const auto& x, const auto& y) { return x.id == y.id; });
}

}  // namespace

// --- the live events -----------------------------------------------------------------------------

struct ApiClient::Live {
    using Steady = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds first_backoff{250};
    static constexpr std::chrono::milliseconds max_backoff{5000};

    explicit Live(net::HttpClient h) : http(std::move(h)) {}

    net::HttpClient http;  // this thread's alone
    mutable std::mutex mutex;
    std::condition_variable stop_cv;
    bool stopping = false;
    std::function<void()> wake;
    // What the last answer said, while connected.
    std::optional<sync::StaffEvents> last;
    LinkState link;
    Steady::time_point link_seen{};
    std::thread thread;

    void notify() {
        std::function<void()> w;
        {
            std::lock_guard lock(mutex);
            w = wake;
        }
        if (w) w();
    }

    // Waits `d` unless stop() comes first; whether to go on.
    bool pause(std::chrono::milliseconds d) {
        std::unique_lock lock(mutex);
        return !stop_cv.wait_for(lock, d, [&] { return stopping; });
    }

    void run(std::string token) {
        std::int64_t after = 0;
        auto backoff = first_backoff;
        const std::vector<net::Header> auth{{"Authorization", "Bearer " + token}};
        for (;;) {
            {
                std::lock_guard lock(mutex);
                if (stopping) return;
            }
            auto reply = http.get(
                std::string(sync::path_staff_events) + "?after=" + std::to_string(after), auth);
            std::optional<sync::StaffEvents> events;
            std::optional<Error> error;
            bool session_gone = false;
            if (!reply) {
                error = reply.error();
            } else if (reply->status != 200) {
                Error e = sync::decode_error(reply->body, reply->status);
                session_gone = e.code == Errc::session_expired;
                error = std::move(e);
            } else if (auto decoded = sync::decode_staff_events(reply->body)) {
                events = std::move(*decoded);
            } else {
                error = Error{Errc::server_failed, "malformed answer"};
            }
            bool changed = false;
            {
                std::lock_guard lock(mutex);
                if (stopping) return;
                link_seen = Steady::now();
                if (reply) {
                    // The server answered: the link holds, whatever it said.
                    changed = !link.connected;
                    link = {};
                } else {
                    changed = link.connected;
                    if (link.connected) link.lost_since = now_s();
                    link.connected = false;
                    link.last_error = error;
                }
                if (events) {
                    changed = changed || !last || last->changes != events->changes ||
                              !same_help(last->help, events->help);
                    after = events->event;
                    last = std::move(*events);
                } else {
                    last.reset();  // the cache cannot be trusted now; calls ask the server
                }
            }
            if (changed || session_gone) notify();
            if (session_gone) return;  // the next login starts a new thread
            if (events) {
                backoff = first_backoff;
                continue;
            }
            if (!pause(backoff)) return;
            backoff = std::min(backoff * 2, max_backoff);
        }
    }

    void start(std::string token) {
        {
            std::lock_guard lock(mutex);
            stopping = false;
            last.reset();
            link = {};
        }
        thread = std::thread([this, t = std::move(token)] { run(t); });
    }

    void stop() {
        {
            std::lock_guard lock(mutex);
            stopping = true;
            last.reset();
        }
        stop_cv.notify_all();
        if (thread.joinable()) thread.join();
    }
};

ApiClient::ApiClient(net::HttpClient http, net::HttpClient events_http)
    : http_(std::move(http)), live_(std::make_unique<Live>(std::move(events_http))) {}

ApiClient::~ApiClient() {
    // Ends the session at the server, which also answers the long poll at once.
    if (!token_.empty()) (void)logout();
    stop_live();
}

void ApiClient::start_live() {
    if (!token_.empty()) live_->start(token_);
}

void ApiClient::stop_live() {
    live_->stop();
}

void ApiClient::set_wake(std::function<void()> wake) {
    std::lock_guard lock(live_->mutex);
    live_->wake = std::move(wake);
}

LinkState ApiClient::link_state() {
    std::lock_guard lock(live_->mutex);
    // Whichever saw the server last tells: this thread's requests or the live events'.
    if (live_->thread.joinable() && live_->link_seen > link_seen_) return live_->link;
    return link_;
}

std::optional<std::int64_t> ApiClient::live_case_changes() const {
    std::lock_guard lock(live_->mutex);
    if (!live_->last) return std::nullopt;
    return live_->last->changes;
}

std::optional<std::vector<store::HelpRequest>> ApiClient::live_help_requests() const {
    std::lock_guard lock(live_->mutex);
    if (!live_->last) return std::nullopt;
    return live_->last->help;
}

// --- help requests ---------------------------------------------------------------------------

Result<std::vector<store::HelpRequest>> ApiClient::open_help_requests() {
    if (auto cached = live_help_requests()) return std::move(*cached);
    auto body = get(sync::path_staff_help);
    if (!body) return std::unexpected(body.error());
    auto help = sync::decode_help_requests(*body);
    if (!help) return std::unexpected(malformed().error());
    return std::move(*help);
}

Result<void> ApiClient::acknowledge_help_request(std::int64_t id, std::string_view,
                                                 domain::TimePoint, std::string_view audit_detail) {
    // The server records the session's user and its own time.
    auto body = post(std::string(sync::path_staff_help) + "/" + std::to_string(id) + "/acknowledge",
                     sync::encode_help_acknowledgement(audit_detail));
    if (!body) return std::unexpected(body.error());
    std::lock_guard lock(live_->mutex);
    if (live_->last) std::erase_if(live_->last->help, [id](const auto& h) { return h.id == id; });
    return {};
}

Result<std::int64_t> ApiClient::add_help_request(std::string_view) {
    // Only a kiosk asks for help (POST /api/v1/help with its device token).
    return fail(Errc::permission_denied, "help request");
}

// --- statistics and exports ------------------------------------------------------------------

Result<reports::ItaReport> ApiClient::ita_report(const store::Viewer&, int fy_be,
                                                 const domain::Directory&, domain::TimePoint) {
    // The server's viewer, directory and clock decide (a clerk's report is a clerk's).
    auto body = get(std::string(sync::path_staff_stats) + "?fiscal_year=" + std::to_string(fy_be));
    if (!body) return std::unexpected(body.error());
    auto report = sync::decode_ita_report(*body);
    if (!report) return std::unexpected(malformed().error());
    return std::move(*report);
}

Result<void> ApiClient::export_ita_report(std::string_view, const reports::ItaReport& report,
                                          reports::ItaFormat format, const std::string& path,
                                          const reports::ItaExportText& text) {
    // The server builds the file from its own report through the session's viewer and writes
    // its audit row; here it lands beside `path` in a private temporary and is renamed over it
    // whole (OutputFile), so a cut download never leaves half a file.
    auto file = OutputFile::create(path);
    if (!file) return std::unexpected(file.error());
    auto body = get(std::string(sync::path_staff_exports) + "/ita?fiscal_year=" +
                    std::to_string(report.fiscal_year_be) + "&format=" + format_id(format) +
                    "&lang=" + std::string(i18n::lang_id(text.lang)));
    if (!body) return std::unexpected(body.error());
    if (auto ok = file->write(*body); !ok) return ok;
    return file->commit();
}

Result<std::int64_t> ApiClient::export_cases(std::string_view, const store::Viewer&,
                                             const std::string& path, i18n::Lang lang,
                                             const domain::Directory&) {
    // As the statistics export: the server's session picks the cases and writes the audit row.
    auto file = OutputFile::create(path);
    if (!file) return std::unexpected(file.error());
    auto body = get(std::string(sync::path_staff_exports) + "/cases?lang=" +
                    std::string(i18n::lang_id(lang)));
    if (!body) return std::unexpected(body.error());
    if (auto ok = file->write(*body); !ok) return std::unexpected(ok.error());
    if (auto ok = file->commit(); !ok) return std::unexpected(ok.error());
    return reports::csv_record_count(*body);
}

Result<store::AuditReport> ApiClient::verify_audit() {
    auto body = get(std::string(sync::path_staff_audit) + "/verify");
    if (!body) return std::unexpected(body.error());
    auto report = sync::decode_audit_report(*body);
    if (!report) return std::unexpected(malformed().error());
    return *report;
}

Result<std::vector<store::AuditEntry>> ApiClient::audit_rows(std::int64_t offset, int limit) {
    auto body = get(std::string(sync::path_staff_audit) + "?offset=" + std::to_string(offset) +
                    "&limit=" + std::to_string(limit));
    if (!body) return std::unexpected(body.error());
    auto page = sync::decode_audit_page(*body);
    if (!page) return std::unexpected(malformed().error());
    return std::move(page->rows);
}

Result<std::int64_t> ApiClient::audit_row_count() {
    auto body = get(std::string(sync::path_staff_audit) + "?offset=0&limit=1");
    if (!body) return std::unexpected(body.error());
    auto page = sync::decode_audit_page(*body);
    if (!page) return std::unexpected(malformed().error());
    return page->count;
}

}  // namespace siang::office
