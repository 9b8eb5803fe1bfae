// Sample visits for screenshots.
#include "kiosk/screenshot_visit.hpp"

#include <thread>

#include "kiosk/flow/sample_visit.hpp"

namespace siang::kiosk {

namespace {

bool act(flow::KioskSession& s, flow::Intent i, flow::SteadyTime& now) {
    now += std::chrono::seconds(1);
    s.handle(std::move(i), now);
    s.tick(now);
    return true;
}

// The office takes the case up and answers, as a clerk would in the console: an hour and two
// after the filing, so the track result's dates follow the receipt's. False when the store
// refused either change: the track result would not show the reply.
bool office_replies(store::Store& store, const domain::CaseNumber& number,
                    domain::TimePoint filed_at) {
    const store::Viewer clerk{"somsri", false};
    const auto at = filed_at + std::chrono::hours(1);
    if (!store.change_status(number, {domain::Status::in_review, at, "somsri", "", "", ""}, clerk))
        return false;
    auto replied =
        store.change_status(number,
                            {domain::Status::in_progress, at + std::chrono::hours(1), "somsri", "",
                             "กองช่างรับเรื่องแล้ว จะส่งช่างไปเปลี่ยนหลอดไฟหน้าวัดสว่างอารมณ์"
                             "ภายในวันที่ 28 พ.ย. 2569 ขอบคุณที่แจ้งเรื่องครับ",
                             ""},
                            clerk);
    return replied.has_value();
}

}  // namespace

domain::TimePoint screenshot_filed_at() {
    using namespace std::chrono;
    return sys_days{year{2026} / November / 20} + hours(3);  // 10:00 in Bangkok (UTC+7)
}

domain::TrackingCode screenshot_code() {
    domain::TrackingCode c{{4, 8, 2, 1, 7, 7, 3, 0, 5, 1, 9, 0}};
    c.digits[11] = domain::damm_check_digit(std::span(c.digits).first(11));
    return c;
}

bool is_office_state(std::string_view name) {
    return name == "receipt-unnumbered" || name == "submitting-numbering" ||
           name == "track-checking" || name == "track-unreachable" || name == "track-in-outbox" ||
           name == "attract-sync" || name == "attract-sync-failing" || name == "attract-board" ||
           is_enrolment_state(name);
}

bool is_enrolment_state(std::string_view name) {
    return name == "enrolment" || name == "enrolment-refused";
}

std::optional<Result<flow::TrackAnswer>> OfficeStateTrackPort::look_up(
    const domain::TrackingCode&) {
    if (state_ == "track-checking") return std::nullopt;  // the answer never comes
    if (state_ == "track-unreachable")
        return Result<flow::TrackAnswer>(fail(Errc::server_unreachable, "127.0.0.1:8443"));
    flow::TrackAnswer a;
    a.status.filed_at = screenshot_filed_at();
    a.status.due_date = domain::local_date(screenshot_filed_at() + std::chrono::days(15));
    a.in_outbox = true;
    return Result<flow::TrackAnswer>(std::move(a));
}

void adjust_config_for(std::string_view name, config::Config& config) {
    if (name == "receipt-unnumbered") config.timeouts.case_number_wait_ms = 0;
    if (name == "submitting-numbering") config.timeouts.case_number_wait_ms = 10000;
    if (name == "track-checking") config.timeouts.track_wait_s = 120;
}

flow::SyncReading sync_reading_for(std::string_view name) {
    const bool failing = name == "attract-sync-failing";
    return {failing ? 3 : 0, screenshot_filed_at() + std::chrono::minutes(failing ? 4 : 42),
            failing};
}

std::optional<sync::KioskBoard> StandInBoard::update(bool) {
    return sync::KioskBoard{2570, 128, 97, screenshot_filed_at() + std::chrono::minutes(42)};
}

std::vector<std::string> citizen_screen_names() {
    std::vector<std::string> names{"form",
                                   "contact",
                                   "privacy",
                                   "track",
                                   "track-mistyped",
                                   "corruption-receipt",
                                   "receipt-confirm-done",
                                   "receipt-expiring",
                                   "scan-confirm",
                                   "contact-phone",
                                   "corruption-contact",
                                   "corruption-privacy",
                                   "track-typed",
                                   "receipt-unnumbered",
                                   "submitting-numbering",
                                   "track-unreachable",
                                   "track-in-outbox",
                                   "attract-sync",
                                   "attract-sync-failing",
                                   "attract-board",
                                   "enrolment",
                                   "enrolment-refused"};
    for (const char* state : slip_states) names.push_back(std::string("receipt-slip-") + state);
    for (flow::Screen s : flow::all_screens) {
        std::string id(flow::screen_id(s));
        for (char& c : id)
            if (c == '_') c = '-';
        names.push_back(id);
    }
    return names;
}

std::optional<flow::Screen> citizen_screen(std::string name) {
    if (name == "form" || name == "scan-confirm") return flow::Screen::details;
    if (name == "contact" || name == "contact-phone") return flow::Screen::contact_fields;
    if (name == "privacy") return flow::Screen::privacy_notice;
    if (name == "track" || name == "track-mistyped" || name == "track-typed")
        return flow::Screen::track_entry;
    if (name == "corruption-receipt") return flow::Screen::receipt;
    if (name == "corruption-contact" || name == "corruption-privacy")
        return flow::Screen::contact_choice;
    if (name == "receipt-confirm-done" || name == "receipt-expiring") return flow::Screen::receipt;
    // The office states: reached on the local sample visit, then settled (settle_for_screenshot).
    if (name == "receipt-unnumbered") return flow::Screen::receipt;
    // The printed slip's states (issue 13), with a stand-in printer (kiosk/main.cpp).
    if (name.starts_with("receipt-slip-")) return flow::Screen::receipt;
    if (name == "submitting-numbering") return flow::Screen::review;
    if (name == "track-checking" || name == "track-unreachable" || name == "track-in-outbox")
        return flow::Screen::track_entry;
    if (name == "attract-sync" || name == "attract-sync-failing" || name == "attract-board" ||
        is_enrolment_state(name))
        return flow::Screen::attract;
    for (char& c : name)
        if (c == '-') c = '_';
    return flow::parse_screen(name);
}

domain::Kind sample_kind(std::string_view name) {
    const bool corruption = name == "corruption-receipt" || name == "corruption-contact" ||
                            name == "corruption-privacy";
    return corruption ? domain::Kind::corruption : domain::Kind::eservice;
}

void enter_mistyped_code(flow::KioskSession& session, flow::SteadyTime& now) {
    const std::string typo = "4821-7730-5196";  // twelve digits whose check digit is wrong
    act(session, flow::intent::SetText{flow::Field::tracking_code, typo}, now);
    act(session, flow::intent::EnterCode{typo}, now);
}

bool walk_for_screenshot(flow::KioskSession& session, store::Store& store, flow::Screen target,
                         flow::SteadyTime& now, domain::Kind kind) {
    switch (target) {
        case flow::Screen::details:
            // The sample answer is typed on the step, so come back to it from the next one.
            return flow::walk_to(session, flow::Screen::location, now) &&
                   act(session, flow::intent::Back{}, now) && session.screen() == target;
        case flow::Screen::when:
            // The sample date typed, its words and its full (not red) counter.
            return flow::walk_to(session, flow::Screen::contact_choice, now) &&
                   act(session, flow::intent::Back{}, now) && session.screen() == target;
        case flow::Screen::contact_fields:
            return flow::walk_to(session, flow::Screen::review, now) &&
                   act(session, flow::intent::EditField{target}, now) && session.screen() == target;
        case flow::Screen::submit_failed:
            if (!flow::walk_to(session, flow::Screen::review, now)) return false;
            act(session, flow::intent::Submit{}, now);
            now += std::chrono::seconds(1);  // the filing runs on the tick after the tap
            session.tick(now);
            return session.screen() == target;
        case flow::Screen::track_result: {
            if (!flow::walk_to(session, flow::Screen::receipt, now)) return false;
            if (!session.receipt()->filed.number) return false;
            const domain::CaseNumber number = *session.receipt()->filed.number;
            std::string code = session.receipt()->filed.code.grouped();
            if (!office_replies(store, number, session.receipt()->filed.filed_at)) return false;
            act(session, flow::intent::ScannerBurst{std::move(code)}, now);
            return session.screen() == target;
        }
        default:
            return flow::walk_to(session, target, now, kind);
    }
}

bool show_help_note(flow::KioskSession& session, std::string_view state, flow::SteadyTime& now) {
    if (state == "none") return true;
    if (state != "called" && state != "acknowledged" && state != "badge" && state != "failed")
        return false;
    act(session, flow::intent::CallStaff{}, now);
    if (state == "called") return true;
    if (state == "failed") {
        session.help_call_failed(now);  // as HelpWatch does when the store refuses the record
        return true;
    }
    now += std::chrono::seconds(2);  // the office console answers a moment later
    session.staff_acknowledged(now);
    if (state == "badge") {
        now += std::chrono::seconds(session.config().timeouts.help_note_s);
        session.tick(now);
    }
    return true;
}

bool walk_with_help_note(flow::KioskSession& session, store::Store& store, flow::Screen target,
                         flow::SteadyTime& now, domain::Kind kind, std::string_view note_state) {
    if (target == flow::Screen::attract) return show_help_note(session, note_state, now);
    if (target != flow::Screen::still_there || note_state == "none")
        return walk_for_screenshot(session, store, target, now, kind) &&
               show_help_note(session, note_state, now);
    if (!walk_for_screenshot(session, store, flow::Screen::details, now, kind) ||
        !show_help_note(session, note_state, now))
        return false;
    // Second by second, so the prompt shows at its start and its countdown has not run out.
    const int limit = session.config().timeouts.inactivity_s + 1;
    for (int i = 0; i < limit && session.screen() != target; ++i) {
        now += std::chrono::seconds(1);
        session.tick(now);
    }
    return session.screen() == target;
}

bool settle_for_screenshot(flow::KioskSession& session, std::string_view name,
                           flow::SteadyTime& now) {
    if (name == "receipt-confirm-done") {
        act(session, flow::intent::Done{}, now);
        return session.confirming_done();
    }
    if (name == "scan-confirm") {
        // A receipt's code scanned halfway through the form: the kiosk asks over it.
        act(session, flow::intent::ScannerBurst{"4821-7730-5195"}, now);
        return session.confirming_scan();
    }
    if (name == "receipt-expiring") {
        // 12 s before the timeout: inside the warning, the countdown running. Second by second
        // from wherever the visit left the receipt's clock (a call to staff restarts it).
        for (int i = 0; i <= session.config().timeouts.receipt_s && !session.receipt_expiring(now);
             ++i) {
            now += std::chrono::seconds(1);
            session.tick(now);
        }
        now += flow::receipt_warning - std::chrono::seconds(12);
        session.tick(now);
        return session.receipt_expiring(now);
    }
    if (name == "track-typed") {
        // Twelve digits with a valid check digit, typed and not yet checked: a full 14/14.
        domain::TrackingCode c{{4, 8, 2, 1, 7, 7, 3, 0, 5, 1, 9, 0}};
        c.digits[11] = domain::damm_check_digit(std::span(c.digits).first(11));
        act(session, flow::intent::SetText{flow::Field::tracking_code, c.grouped()}, now);
        return session.counter(flow::Field::tracking_code).count == 14;
    }
    if (name == "submitting-numbering") {
        // Filed for good; the office's number is awaited on the submitting screen.
        act(session, flow::intent::Submit{}, now);
        return session.screen() == flow::Screen::submitting && session.awaiting_case_number();
    }
    if (name == "track-checking" || name == "track-unreachable" || name == "track-in-outbox") {
        const std::string code = screenshot_code().grouped();
        act(session, flow::intent::SetText{flow::Field::tracking_code, code}, now);
        act(session, flow::intent::EnterCode{code}, now);
        const flow::Screen want = name == "track-checking"    ? flow::Screen::track_checking
                                  : name == "track-in-outbox" ? flow::Screen::track_result
                                                              : flow::Screen::track_entry;
        return session.screen() == want;
    }
    if (name == "corruption-privacy") {
        // The anonymous default set aside: the notice says who alone sees the identity.
        act(session, flow::intent::ChooseGiveContact{}, now);
        return session.screen() == flow::Screen::privacy_notice;
    }
    return true;
}

ScreenshotSlips::ScreenshotSlips(std::string state) {
    std::string problem = state;
    for (char& c : problem)
        if (c == '-') c = '_';  // paper-out: the detail "paper_out"
    flow::PrintSlip stand_in = [state, problem, release = release_](const flow::Receipt&,
                                                                   i18n::Lang) -> Result<void> {
        // Still printing when the picture is taken; let go (printed) when the screenshot ends.
        if (state == "printing")
            while (!*release) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (state == "printing" || state == "printed" || state == "printed-again" || state == "tap")
            return {};
        return fail({.code = Errc::printer_failed, .detail = problem, .field = "/dev/usb/lp0"});
    };
    slips_ = std::make_unique<flow::SlipPrinting>(std::move(stand_in), true, state != "tap");
}

ScreenshotSlips::~ScreenshotSlips() {
    *release_ = true;  // before slips_ goes: its destructor joins the printing worker
}

std::unique_ptr<ScreenshotSlips> ScreenshotSlips::for_screen(std::string_view screen,
                                                             const flow::KioskSession& session) {
    constexpr std::string_view prefix = "receipt-slip-";
    if (!screen.starts_with(prefix) || session.receipt() == nullptr) return nullptr;
    const std::string state(screen.substr(prefix.size()));
    auto shot = std::make_unique<ScreenshotSlips>(state);
    flow::SlipPrinting& slips = shot->slips();
    const auto wait = [&] {
        for (int i = 0; i < 100 && slips.busy(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    };
    slips.receipt_shown(*session.receipt(), session.lang());
    if (state == "printing") return shot;
    wait();
    if (state == "printed-again" && slips.print_tapped(*session.receipt(), session.lang())) wait();
    return shot;
}

}  // namespace siang::kiosk
