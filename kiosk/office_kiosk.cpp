// The kiosk over the office server: enrolment, then the session on the outbox's ports.
#include "kiosk/office_kiosk.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <span>
#include <thread>

#include "domain/tracking_code.hpp"
#include "i18n/catalog.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/enrolment_screen.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/sample_visit.hpp"
#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk/flow/sync_watch.hpp"
#include "kiosk/office_board.hpp"
#include "kiosk/office_ports.hpp"
#include "kiosk/scanner_input.hpp"
#include "kiosk/screens/enrolment.hpp"
#include "sync/office_client.hpp"
#include "sync/outbox.hpp"
#include "sync/uploader.hpp"

namespace siang::kiosk {

namespace {

void say(const std::string& what, const Error& e) {
    // For the IT person's log: the code and the catalogue's English sentence, never the token.
    std::fprintf(stderr, "siang-kiosk: %s: %s (%s)\n", what.c_str(),
                 std::string(error_name(e.code)).c_str(),
                 i18n::report_error(e, i18n::Lang::en).c_str());
}

Result<std::unique_ptr<sync::OfficeLink>> connect(const sync::DeviceCredential& c) {
    auto link = sync::OfficeClient::connect(c);
    if (!link) return std::unexpected(std::move(link.error()));
    return std::unique_ptr<sync::OfficeLink>(std::move(*link));
}

// Exchanges the code and saves the credential in the outbox at `dir` (its own connection: this
// runs on the enrolment screen's thread).
Result<void> enrol_into(const std::string& dir, const sync::EnrolmentLink& link) {
    auto credential = sync::enrol(link.url, link.fingerprint, link.code);
    if (!credential) return std::unexpected(std::move(credential.error()));
    auto outbox = sync::Outbox::open(dir);
    if (!outbox) return std::unexpected(std::move(outbox.error()));
    auto saved = outbox->save_credential(*credential);
    flow::wipe(credential->token);
    return saved;
}

// Lets real time pass for the background (the uploader's attempt, a lookup's answer) while the
// session's clock steps on, at most `limit`, until `done`.
template <class Done>
bool wait_real(flow::KioskSession& session, flow::SteadyTime& now, std::chrono::seconds limit,
               Done done) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done() && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        now += std::chrono::milliseconds(20);
        session.tick(now);
    }
    return done();
}

// The sample visit for OfficeScreenshot's screens.
bool walk_office_shot(flow::KioskSession& session, const OfficeScreenshot& shot,
                      flow::SteadyTime& now) {
    const std::string& screen = shot.screen;
    if (screen == "attract") return true;
    if (screen == "receipt") {
        if (!flow::walk_to(session, flow::Screen::review, now)) return false;
        now += std::chrono::seconds(1);
        session.handle(flow::intent::Submit{}, now);
        session.tick(now);  // the durable commit into the outbox; the uploader is nudged
        // The wait for the case number runs in real time, as at the counter.
        const auto wait = std::chrono::milliseconds(session.config().timeouts.case_number_wait_ms) +
                          std::chrono::seconds(1);
        return wait_real(session, now, std::chrono::ceil<std::chrono::seconds>(wait),
                         [&] { return session.screen() != flow::Screen::submitting; }) &&
               session.screen() == flow::Screen::receipt;
    }
    if (screen == "track-unreachable" || screen == "track-result") {
        domain::TrackingCode c{{4, 8, 2, 1, 7, 7, 3, 0, 5, 1, 9, 0}};
        c.digits[11] = domain::damm_check_digit(std::span(c.digits).first(11));
        if (!shot.track_code.empty()) {
            auto given = domain::parse_tracking_code(shot.track_code);
            if (!given) return false;
            c = *given;
        }
        if (!flow::walk_to(session, flow::Screen::track_entry, now)) return false;
        now += std::chrono::seconds(1);
        session.handle(flow::intent::EnterCode{c.grouped()}, now);
        session.tick(now);
        return wait_real(session, now,
                         std::chrono::seconds(session.config().timeouts.track_wait_s + 1),
                         [&] { return session.screen() != flow::Screen::track_checking; });
    }
    return false;
}

const std::string& municipality(const config::Config& config, i18n::Lang lang) {
    return lang == i18n::Lang::th ? config.municipality.name_th : config.municipality.name_en;
}

}  // namespace

bool office_kiosk_available() {
    return true;
}

int run_office_kiosk(const std::string& dir, const std::optional<EnrolOption>& enrol,
                     const config::Config& config, ui::App& window, i18n::Lang lang,
                     bool larger_text, const std::optional<OfficeScreenshot>& shot) {
    auto outbox = sync::Outbox::open(dir, true);
    if (!outbox) {
        say("outbox " + dir, outbox.error());
        return exit_code(outbox.error().code);
    }
    if (enrol) {
        auto fingerprint = sync::normalize_fingerprint(enrol->fingerprint);
        if (!fingerprint) {
            std::fprintf(stderr,
                         "siang-kiosk: --fingerprint must be the 64 hex digits of the server's "
                         "certificate (as `siang server init` prints it)\n");
            return 2;
        }
        auto r = enrol_into(dir, {enrol->url, enrol->code, *fingerprint});
        if (!r) {
            say("enrolment at " + enrol->url, r.error());
            return exit_code(r.error().code);
        }
    }
    const Wake wake = [&window] { window.platform().wake(); };
    auto credential = outbox->credential();
    if (!credential && credential.error().code == Errc::not_enrolled) {
        // Staff-only: scan the enrolment QR. Nothing a citizen can start until then.
        std::fprintf(stderr, "siang-kiosk: %s is not enrolled yet: showing the enrolment screen\n",
                     dir.c_str());
        EnrolmentScreen screen([dir](const sync::EnrolmentLink& l) { return enrol_into(dir, l); },
                               wake);
        screens::EnrolmentView view{false, std::nullopt, lang};
        std::optional<Errc> logged;
        const ui::DrawFn draw = [&](ui::Frame& frame) {
            bool enter = false;
            std::string typed = take_typed(enter);
            screen.on_input(typed, enter);
            flow::wipe(typed);
            view.enrolling = screen.phase() == EnrolmentScreen::Phase::enrolling;
            view.error = screen.error();
            if (view.error && view.error->code != logged) {
                say("enrolment", *view.error);
                logged = view.error->code;
            }
            screens::draw_enrolment(view, municipality(config, view.lang), frame);
        };
        if (shot) {
            auto r = window.screenshot(draw, shot->png, shot->width, shot->height);
            if (!r) say("screenshot", r.error());
            return r ? 0 : 1;
        }
        while (screen.phase() != EnrolmentScreen::Phase::enrolled) {
            window.run(draw, std::chrono::seconds(1));
            if (window.platform().should_close()) return 0;
        }
        credential = outbox->credential();
    }
    if (!credential) {
        say("credential in " + dir, credential.error());
        return exit_code(credential.error().code);
    }
    std::fprintf(stderr, "siang-kiosk: filing into %s for %s as %s\n", dir.c_str(),
                 credential->url.c_str(), credential->kiosk.c_str());

    flow::SyncWatch sync_watch([&outbox]() -> Result<flow::SyncReading> {
        auto s = outbox->status();
        if (!s) return std::unexpected(std::move(s.error()));
        return flow::SyncReading{s->pending, s->last_success, s->last_error.has_value()};
    });
    const LinkMaker make_link = [c = *credential] { return connect(c); };
    flow::wipe(credential->token);
    sync::Uploader uploader(dir, connect, {}, [&sync_watch, wake] {
        sync_watch.mark_changed();
        wake();
    });
    OutboxSubmitPort submit(*outbox, config.directory, [&uploader] { uploader.notify(); });
    OfficeTrackPort track(
        [&outbox](const domain::TrackingCode& code) { return outbox->find_pending(code); },
        make_link, wake);
    OfficeHelpPort help(make_link, wake);
    // The information board's counts: fetched from its start, so a screenshot makes it only
    // after waiting for the uploader (its picture then counts what was sent).
    std::optional<OfficeBoard> board;

    const auto started = flow::SteadyClock::now();
    flow::KioskSession session(config, submit, track, started);
    if (lang == i18n::Lang::en) session.handle(flow::intent::ToggleLanguage{}, started);
    if (larger_text) session.handle(flow::intent::ToggleLargeText{}, started);
    CitizenApp app(session, &help);
    app.show_sync(&sync_watch);
    if (!shot) app.show_board(&board.emplace(make_link, wake));
    // The receipt printer (issue 13); screenshots print nothing.
    flow::SlipPrinting slips(flow::make_slip_printer(config), config.printer.configured(),
                             config.printer.auto_print);
    if (!shot) app.print_slips(&slips);
    if (shot) {
        flow::SteadyTime now = started;
        if (shot->sync_wait.count() > 0)
            wait_real(session, now, shot->sync_wait, [&] {
                auto s = outbox->status();
                return s && s->pending == 0;
            });
        app.show_board(&board.emplace(make_link, wake));
        if (!walk_office_shot(session, *shot, now)) {
            std::fprintf(stderr, "siang-kiosk: cannot show the %s screen on the outbox\n",
                         shot->screen.c_str());
            return 1;
        }
        // What the picture shows, in words for the GUI tests (never the code or the token).
        if (const flow::Receipt* r = session.receipt();
            r && session.screen() == flow::Screen::receipt)
            std::fprintf(stderr, "siang-kiosk: receipt %s\n",
                         r->filed.number ? "with its case number" : "without a case number yet");
        if (session.screen() == flow::Screen::track_result)
            std::fprintf(stderr, "siang-kiosk: track_result shows %s\n",
                         session.track_in_outbox() ? "the filing waiting in this kiosk's outbox"
                                                   : "the office's status of the case");
        if (session.error())
            std::fprintf(
                stderr, "siang-kiosk: %s says: %s\n",
                std::string(flow::screen_id(session.screen())).c_str(),
                flow::citizen_message(*session.error(), session.screen(), i18n::Lang::en).c_str());
        if (session.screen() == flow::Screen::attract) {
            // The board's first answer (or failure) before the picture: a few seconds at most.
            for (int i = 0; i < 100 && board->fetches() == 0; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const auto counts = board->update(true);
            std::fprintf(stderr, "siang-kiosk: information board: %s\n",
                         counts ? ("fiscal year " + std::to_string(counts->fiscal_year_be) + ", " +
                                   std::to_string(counts->received) + " received, " +
                                   std::to_string(counts->completed) + " completed")
                                      .c_str()
                                : "no counts");
        }
        const flow::SyncView& sync = sync_watch.update(now);
        std::fprintf(stderr, "siang-kiosk: sync indicator: %lld pending%s\n",
                     static_cast<long long>(sync.pending),
                     sync.last_success ? "" : ", none sent yet");
        app.set_clock_offset(now - flow::SteadyClock::now());
        app.disable_transitions();
        auto r = window.screenshot([&](ui::Frame& frame) { app.draw(frame); }, shot->png,
                                   shot->width, shot->height);
        app.release_textures();
        if (!r) say("screenshot", r.error());
        return r ? 0 : 1;
    }
    window.run([&](ui::Frame& frame) { app.draw(frame); });
    app.release_textures();
    return 0;
}

}  // namespace siang::kiosk
