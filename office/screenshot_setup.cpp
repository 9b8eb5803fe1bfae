// Screenshot sessions: which user, which screen, which case.
#include "office/screenshot_setup.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "demo/screenshot_store.hpp"
#include "qr/qr_payload.hpp"
#include "store/backup_record.hpp"

namespace siang::office {
namespace {

Result<staff::StaffUser> screenshot_user(OfficeClient& client, const std::string& username) {
    if (username.empty()) return staff::local_administrator();
    auto record = client.find_user(username);
    if (!record) return std::unexpected(record.error());
    auto role = staff::parse_role(record->role);
    if (!role) return fail(Errc::store_damaged_value, "users.role " + record->role);
    return staff::StaffUser{record->username, record->display_name, *role};
}

// A case that shows the workflow well: one in progress (it has a timeline), else the newest.
Result<domain::CaseNumber> sample_case(ConsoleController& console) {
    const auto viewer = console.session().viewer();
    for (bool in_progress : {true, false}) {
        QueueModel q;
        QueueFilters f;
        if (in_progress) f.status = domain::Status::in_progress;
        q.set_filters(f);
        if (auto r = q.refresh(console.client(), viewer); !r) return std::unexpected(r.error());
        if (auto n = q.selected_case()) return *n;
    }
    return fail(Errc::not_found, "no case in the store");
}


// A note as long as staff write after a site visit: more lines than the field shows, and a
// line wider than it, with marks over tall consonants and SARA AM that must stay in place when
// the field scrolls.
constexpr const char* long_note =
    "ลงพื้นที่ตรวจสอบร่วมกับผู้ใหญ่บ้านหมู่ที่ 4 เมื่อเช้านี้ พบเสาไฟฟ้าเสียสองต้นหน้าศาลาประชาคม "
    "และสายไฟหย่อนต่ำกว่ามาตรฐาน ได้แจ้งการไฟฟ้าส่วนภูมิภาคอำเภอให้เข้ามาซ่อมแล้ว\n"
    "ผู้ร้องขอให้โทรแจ้งก่อนเข้าพื้นที่\n"
    "กำหนดนัดซ่อมวันพฤหัสบดีที่จะถึงนี้ ช่วงบ่าย\n"
    "ถ้าน้ำท่วมขังจะเลื่อนไปสัปดาห์หน้า ต้องแจ้งผู้ร้องทุกครั้งที่เลื่อน\n"
    "ปิดเรื่องได้เมื่อช่างส่งรูปถ่ายหลังซ่อมเสร็จ";

// A failed nightly backup five hours ago, recorded as siang-backup does beside the throwaway
// store (packaging/siang-backup: "UTC-time failed file").
Result<void> record_failed_backup(const std::string& store_path) {
    namespace fs = std::filesystem;
    const fs::path dir = store::default_backup_dir(store_path);
    std::error_code ec;
    fs::create_directories(dir, ec);
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() -
                                                               std::chrono::hours(5));
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::ofstream out(dir / "last-backup");
    out << when << " failed " << (dir / "siang-x.db").string() << "\n";
    if (!out) return fail(Errc::io_error, (dir / "last-backup").string());
    return {};
}

// The office's kiosks as the panel shows them, in the throwaway store only: one working, one
// silent for 25 minutes, one with filings waiting, one revoked.
Result<void> add_screenshot_kiosks(store::Store& store) {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    struct Sample {
        const char* name;
        std::chrono::minutes ago;
        int pending;
        int quarantined;
        bool revoke;
    };
    const Sample samples[] = {{"kiosk-1", std::chrono::minutes(0), 0, 0, false},
                              {"kiosk-2", std::chrono::minutes(25), 0, 0, false},
                              {"kiosk-3", std::chrono::minutes(1), 3, 1, false},
                              {"kiosk-old", std::chrono::minutes(300), 0, 0, true}};
    for (const Sample& k : samples) {
        auto code = store.add_kiosk_enrolment(k.name, now - std::chrono::hours(30), "admin");
        if (!code) return std::unexpected(code.error());
        auto enrolled = store.redeem_enrolment(code->code, now - std::chrono::hours(29));
        if (!enrolled) return std::unexpected(enrolled.error());
        auto ref = store.kiosk_by_token(enrolled->token);
        if (!ref) return std::unexpected(ref.error());
        if (auto r = store.record_backlog(ref->id, k.pending, k.quarantined, now - k.ago); !r)
            return r;
        if (k.revoke)
            if (auto r = store.revoke_kiosk(k.name, now - std::chrono::hours(2), "admin"); !r)
                return r;
    }
    return {};
}

// Issue 13: the kiosk out of paper, placed as the kiosk places it (flow::help_place), so the
// console's banner says the printer's problem.
Result<void> add_printer_help(store::Store& store) {
    auto r = store.add_help_request("kiosk-1", {}, "receipt-printer_paper_out");
    if (!r) return std::unexpected(r.error());
    return {};
}

}  // namespace

Result<void> prepare_screenshot(ConsoleController& console, store::Store& store,
                                const ScreenshotRequest& request) {
    // Signing in without a password, and every audit row that follows, only ever happen in a
    // store made for screenshots, whose users are demo users (issue 10 item 3).
    auto marked = demo::made_for_screenshots(store);
    if (!marked) return std::unexpected(marked.error());
    if (!*marked) return fail(Errc::permission_denied, "--screenshot: not a screenshot store");
    if (request.screen == "login") return {};
    if (request.screen == "lock" || request.screen.starts_with("lock-help")) {
        auto user = screenshot_user(console.client(), request.user);
        if (!user) return std::unexpected(user.error());
        console.enter_for_screenshot(*user, std::chrono::steady_clock::now());
        console.apply(intent::Lock{}, std::chrono::steady_clock::now());
        // A kiosk calling, recorded as a kiosk would so the lock screen's poll finds it; only
        // in the throwaway store: a given store is shown with the requests it has.
        if (request.screen == "lock-help" && request.scratch_store)
            if (auto r = console.client().add_help_request("kiosk-1"); !r)
                return std::unexpected(r.error());
        if (request.screen == "lock-help-printer" && request.scratch_store)
            if (auto r = add_printer_help(store); !r) return r;
        return {};
    }
    auto user = screenshot_user(console.client(), request.user);
    if (!user) return std::unexpected(user.error());
    const auto now = std::chrono::steady_clock::now();
    console.enter_for_screenshot(*user, now);
    if (request.screen.starts_with("detail")) {
        auto number = request.case_number ? Result<domain::CaseNumber>(*request.case_number)
                                          : sample_case(console);
        if (!number) return std::unexpected(number.error());
        console.apply(intent::OpenCase{*number}, now);
        if (!console.load_error().empty() || !console.desk().current())
            return fail(Errc::not_found, number->str());
        // A reply being written, as staff would have it: Thai with marks over tall consonants
        // and SARA AM, which the fields must draw as correctly as the labels.
        auto& detail = console.detail_view();
        detail.reply.assign("เจ้าหน้าที่กองช่างได้ตรวจสอบแล้ว จะดำเนินการซ่อมภายในสัปดาห์นี้");
        detail.new_note.assign("ประสานผู้ใหญ่บ้านหมู่ที่ 4 แล้ว เสาไฟฟ้าเสียสองต้น");
        if (request.screen == "detail-long-note") {
            // Scrolled to its end both ways, as it is while staff type the last line.
            detail.new_note.assign(long_note);
            detail.new_note_caret_to_end = true;
        }
        if (request.screen == "detail-reissue") console.apply(intent::AskReissue{}, now);
        // The band after an action: where the message shows without moving the page.
        if (request.screen == "detail-saved")
            detail.message.text = std::string(i18n::tr("office.detail.saved", console.lang()));
        if (request.screen == "detail-new-code") {
            // A fresh random code that opens nothing: the render writes nothing to the store.
            const auto code = domain::generate_tracking_code();
            console.preview_issued({code, code.grouped(),
                                    qr::qr_payload(console.settings().tracking_base_url, code.str())});
        }
        return {};
    }
    const bool kiosks = request.screen.starts_with("kiosks");
    if ((request.screen == "audit" || request.screen == "users" || kiosks) &&
        !console.session().is_admin())
        return fail(Errc::permission_denied, request.screen);
    if (kiosks && request.scratch_store)
        if (auto r = add_screenshot_kiosks(store); !r) return r;
    if (request.screen == "kiosks-backup-failed" && request.scratch_store)
        if (auto r = record_failed_backup(store.path()); !r) return r;
    if (request.screen == "server-down" || request.screen == "server-untrusted") {
        // The banner as the client reports a lost link: three minutes ago, nothing changed.
        LinkState link;
        link.connected = false;
        link.lost_since = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now()) -
                          std::chrono::minutes(3);
        link.last_error = Error{request.screen == "server-down" ? Errc::server_unreachable
                                                                : Errc::server_untrusted,
                                ""};
        console.preview_link(std::move(link));
    }
    if (request.screen == "queue-filtered") {
        // Received cases filed since 1 Nov 2569, typed as staff type dates (B.E.).
        auto& form = console.queue_view();
        form.status =
            1 + static_cast<int>(std::find(domain::all_statuses.begin(), domain::all_statuses.end(),
                                           domain::Status::received) -
                                 domain::all_statuses.begin());
        form.from.assign("1/11/2569");
        form.overdue_only = false;
    }
    if (request.screen == "queue-help-printer" && request.scratch_store)
        if (auto r = add_printer_help(store); !r) return r;
    const ViewId view = request.screen == "stats"   ? ViewId::stats
                        : request.screen == "audit" ? ViewId::audit
                        : request.screen == "users" ? ViewId::users
                        : kiosks                    ? ViewId::kiosks
                                                    : ViewId::queue;
    console.apply(intent::ShowView{view}, now);
    if (request.screen == "kiosks-enrol" && request.scratch_store) {
        console.kiosks_view().new_name.assign("kiosk-5");
        console.apply(intent::AddKiosk{}, now);
    }
    return {};
}

}  // namespace siang::office
