// siang-kiosk: the citizen kiosk (SPEC §4) on the local store, or (--outbox) a client of the
// office server (SPEC §9); plus the Thai specimen and keyboard demo pages. --screenshot with
// --screen renders any screen filled with a sample visit.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include "config/config.hpp"
#include "config/config_location.hpp"
#include "core/scratch_dir.hpp"
#include "demo/screenshot_store.hpp"
#include "kiosk/accent_color.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk/office_kiosk.hpp"
#include "kiosk/screens/enrolment.hpp"
#include "kiosk/screens/out_of_service.hpp"
#include "kiosk/screens/screens.hpp"
#include "kiosk/screenshot_visit.hpp"
#include "kiosk/store_outage.hpp"
#include "ui/specimen.hpp"
#include "ui/window_options.hpp"

namespace {

// A stderr line of the kiosk: report_error's sentence in the screen's language (issue 10 item 6).
std::string said(const siang::Error& e, const std::string& lang) {
    return siang::i18n::report_error(e,
                                     lang == "en" ? siang::i18n::Lang::en : siang::i18n::Lang::th);
}

using namespace siang;

std::vector<std::string> screen_names() {
    std::vector<std::string> names{"specimen", "keyboard"};
    for (std::string& n : kiosk::citizen_screen_names()) names.push_back(std::move(n));
    return names;
}

int run_demo_page(const ui::UiOptions& options, const std::string& specimen_file,
                  float column_width, bool larger_text) {
    const bool specimen = options.screen == "specimen";
    kiosk::SpecimenPage page;
    page.column_width = column_width;
    if (specimen) {
        if (specimen_file.empty()) {
            std::fprintf(stderr, "siang-kiosk: --screen specimen needs --text FILE\n");
            return 2;
        }
        auto lines = ui::read_specimen_lines(specimen_file);
        if (!lines) {
            std::fprintf(stderr, "siang-kiosk: %s: %s\n",
                         std::string(error_name(lines.error().code)).c_str(),
                         said(lines.error(), options.lang).c_str());
            return 1;
        }
        page.lines = std::move(*lines);
    }
    ui::touch::KeyboardDemoState keyboard;
    if (options.lang == "en") keyboard.keyboard.set_layout(ui::touch::LayoutId::english);
    auto config = ui::app_config_from(options, "Siang", ui::FontProfile::kiosk);
    if (!config) {
        std::fprintf(stderr, "siang-kiosk: --size must look like 1920x1080\n");
        return 2;
    }
    const double text_scale = kiosk::demo_text_scale(larger_text);
    return ui::run_from_options(options, *config, [&](ui::Frame& frame) {
        if (specimen)
            kiosk::draw_specimen(page, options.lang, frame);
        else
            kiosk::draw_keyboard(keyboard, options.lang, frame);
        frame.wanted_text_scale = text_scale;
    });
}

// The kiosk's UI host for the configuration and command line; nullptr after printing why.
std::unique_ptr<ui::App> make_window(const ui::UiOptions& options, const config::Config& config,
                                     const CLI::App& cli) {
    auto ui_config = ui::app_config_from(options, "Siang", ui::FontProfile::kiosk);
    if (!ui_config) {
        std::fprintf(stderr, "siang-kiosk: --size must look like 1920x1080\n");
        return nullptr;
    }
    if (auto accent = kiosk::parse_accent(config.kiosk.accent_color)) ui_config->accent = *accent;
    if (cli.count("--panel-inches") == 0)
        ui_config->panel_diagonal_inches = config.kiosk.panel_diagonal_in;
    auto window = ui::App::create(*ui_config);
    if (!window) {
        std::fprintf(stderr, "siang-kiosk: %s\n", said(window.error(), options.lang).c_str());
        return nullptr;
    }
    return std::move(*window);
}

void log_store_error(const Error& e, const std::string& path) {
    // For the IT person's log; the screen says it in words for the citizen and staff.
    std::fprintf(stderr, "siang-kiosk: out of service: %s: %s (%s)\n", path.c_str(),
                 std::string(error_name(e.code)).c_str(),
                 i18n::report_error(e, i18n::Lang::en).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Siang citizen kiosk"};
    ui::UiOptions options;
    ui::add_ui_options(cli, options, "1920x1080", screen_names(), "attract");
    std::string specimen_file, config_file;
    std::optional<std::string> store_option;
    float column_width = 900.0f;
    cli.add_option("--text", specimen_file, "Specimen: UTF-8 file, one paragraph per line");
    cli.add_option("--width", column_width, "Specimen: column width in pixels")
        ->check(CLI::Range(40.0f, 16384.0f))
        ->capture_default_str();
    std::string help_note = "none";
    cli.add_option(
           "--help-note", help_note,
           "Screenshot: the staff note after call staff (called, acknowledged, badge, failed)")
        ->check(CLI::IsMember(std::vector<std::string>(std::begin(kiosk::help_note_states),
                                                       std::end(kiosk::help_note_states))))
        ->capture_default_str();
    bool larger_text = false;
    cli.add_flag("--larger-text", larger_text, "Start with the citizen's larger-text toggle on");
    cli.add_option_function<std::string>(
        "--store", [&](const std::string& path) { store_option = path; },
        "Store file (default: the configuration's, else as `siang --help` says)");
    cli.add_option("--config", config_file, "Configuration file (TOML)");
    std::optional<std::string> outbox_dir;
    cli.add_option_function<std::string>(
        "--outbox", [&](const std::string& dir) { outbox_dir = dir; },
        "Office server mode: file into the outbox in DIR and upload to siang-server (instead of "
        "--store)");
    std::vector<std::string> enrol_args;
    std::string fingerprint;
    auto* enrol_opt =
        cli.add_option("--enrol", enrol_args,
                       "With --outbox, once: enrol at URL with the one-time CODE of `siang kiosk "
                       "add`, then run")
            ->expected(2)
            ->type_name("URL CODE");
    auto* fingerprint_opt = cli.add_option("--fingerprint", fingerprint,
                                           "With --enrol: the server certificate's SHA-256 (hex)");
    enrol_opt->needs(fingerprint_opt);
    std::string track_code;
    int sync_wait_s = 0;
    cli.add_option("--track-code", track_code,
                   "Screenshot with --outbox --screen track-result: the tracking code asked");
    cli.add_option("--sync-wait", sync_wait_s,
                   "Screenshot with --outbox: first wait up to SECONDS for the uploader to send "
                   "what waits")
        ->check(CLI::Range(0, 600));
    fingerprint_opt->needs(enrol_opt);
    cli.footer(
        "Two ways to run:\n"
        "  siang-kiosk [--store FILE]   files into the local SQLite store (one box; tests and\n"
        "                               screenshots use this)\n"
        "  siang-kiosk --outbox DIR     a client of siang-server: files into the outbox in DIR\n"
        "                               (durable before the receipt), uploads in the background,\n"
        "                               tracks and calls staff through the server. Enrol once "
        "with\n"
        "                               --outbox DIR --enrol URL CODE --fingerprint HEX, or start\n"
        "                               without a credential and scan the enrolment QR on the\n"
        "                               staff-only enrolment screen.");
    CLI11_PARSE(cli, argc, argv);
    if (outbox_dir && store_option) {
        std::fprintf(stderr, "siang-kiosk: --outbox and --store exclude each other\n");
        return 2;
    }
    if (!enrol_args.empty() && !outbox_dir) {
        std::fprintf(stderr, "siang-kiosk: --enrol needs --outbox DIR\n");
        return 2;
    }

    if (options.screen == "specimen" || options.screen == "keyboard")
        return run_demo_page(options, specimen_file, column_width, larger_text);

    auto config = config::load_installation_config(config_file);
    if (!config) {
        std::fprintf(stderr, "siang-kiosk: %s\n", said(config.error(), options.lang).c_str());
        return exit_code(config.error().code);
    }
    const bool screenshot = !options.screenshot.empty();
    kiosk::adjust_config_for(options.screen, *config);
    if (outbox_dir) {
        if (!kiosk::office_kiosk_available()) {
            std::fprintf(stderr,
                         "siang-kiosk: this build has no outbox; --outbox is not available\n");
            return 2;
        }
        auto window = make_window(options, *config, cli);
        if (!window) return 1;
        std::optional<kiosk::EnrolOption> enrol;
        if (!enrol_args.empty())
            enrol = kiosk::EnrolOption{enrol_args[0], enrol_args[1], fingerprint};
        std::optional<kiosk::OfficeScreenshot> shot;
        if (screenshot) {
            auto size = ui::parse_size(options.size);
            if (!size) {
                std::fprintf(stderr, "siang-kiosk: --size must look like 1920x1080\n");
                return 2;
            }
            shot = kiosk::OfficeScreenshot{.png = options.screenshot,
                                           .screen = options.screen,
                                           .width = size->first,
                                           .height = size->second,
                                           .track_code = track_code,
                                           .sync_wait = std::chrono::seconds(sync_wait_s)};
        }
        return kiosk::run_office_kiosk(*outbox_dir, enrol, *config, *window,
                                       options.lang == "en" ? i18n::Lang::en : i18n::Lang::th,
                                       larger_text, shot);
    }
    // A screenshot without --store files its sample visit into a scratch store, never into the
    // office's real one. With --store nothing is ever created: a missing, empty or truncated file
    // shows the out-of-service screen like any damaged store.
    std::optional<ScratchDir> scratch;
    std::string store_path;
    if (screenshot && !store_option) {
        scratch.emplace("siang-kiosk");
        store_path = (scratch->path() / "kiosk.db").string();
    } else {
        auto path = kiosk::kiosk_store_path(store_option, *config);
        if (!path) {
            std::fprintf(stderr, "siang-kiosk: %s\n", said(path.error(), options.lang).c_str());
            return 2;
        }
        store_path = std::move(*path);
    }
    auto size = ui::parse_size(options.size);
    if (!size) {
        std::fprintf(stderr, "siang-kiosk: --size must look like 1920x1080\n");
        return 2;
    }
    auto window = make_window(options, *config, cli);
    if (!window) return 1;
    const auto lang = options.lang == "en" ? i18n::Lang::en : i18n::Lang::th;
    const std::string& municipality =
        lang == i18n::Lang::th ? config->municipality.name_th : config->municipality.name_en;

    if (screenshot && kiosk::is_enrolment_state(options.screen)) {
        kiosk::screens::EnrolmentView view{false, std::nullopt, lang};
        if (options.screen == "enrolment-refused")
            view.error = Error{Errc::invalid_input, "not_enrolment_link"};
        const ui::DrawFn draw_enrol = [&](ui::Frame& frame) {
            kiosk::screens::draw_enrolment(view, municipality, frame);
        };
        auto r = window->screenshot(draw_enrol, options.screenshot, size->first, size->second);
        if (!r)
            std::fprintf(stderr, "siang-kiosk: screenshot failed: %s\n",
                         said(r.error(), options.lang).c_str());
        return r ? 0 : 1;
    }
    auto store = kiosk::open_kiosk_store(store_path, *config, scratch.has_value());
    if (!store) {
        // Out of service, calmly, on the screen; the kiosk stays up and keeps trying, so a
        // restored store brings it back without anyone restarting it (no crash loop).
        log_store_error(store.error(), store_path);
        kiosk::StoreOutage outage{store.error(), store_path, lang};
        const ui::DrawFn draw_outage = [&](ui::Frame& frame) {
            kiosk::screens::draw_out_of_service(outage, municipality, frame);
        };
        if (screenshot) {
            auto r = window->screenshot(draw_outage, options.screenshot, size->first, size->second);
            if (!r)
                std::fprintf(stderr, "siang-kiosk: screenshot failed: %s\n",
                             said(r.error(), options.lang).c_str());
            return r ? 0 : 1;
        }
        while (!store) {
            window->run(draw_outage, kiosk::store_retry_interval);
            if (window->platform().should_close()) return 1;
            store = kiosk::open_kiosk_store(store_path, *config, false);
            if (!store) {
                if (store.error().code != outage.error.code)
                    log_store_error(store.error(), store_path);
                outage.error = store.error();
            }
        }
        std::fprintf(stderr, "siang-kiosk: %s opened; back in service\n", store_path.c_str());
    }
    if (screenshot) {
        // The sample visit is filed, and the office's replies written, only into a store made
        // for screenshots: its own scratch one, or a given store that carries the mark. A real
        // store is left exactly as it was (issue 10 item 3).
        if (scratch)
            if (auto r = demo::mark_for_screenshots(*store); !r) {
                std::fprintf(stderr, "siang-kiosk: %s\n", r.error().detail.c_str());
                return 1;
            }
        auto marked = demo::made_for_screenshots(*store);
        if (!marked || !*marked) {
            const std::string why =
                marked
                    ? i18n::format(i18n::tr("screenshot.not_for_screenshots", lang), {store_path})
                    : i18n::error_message(marked.error(), lang);
            std::fprintf(stderr, "siang-kiosk: %s\n", why.c_str());
            return 2;
        }
    }
    const auto target = kiosk::citizen_screen(options.screen).value_or(flow::Screen::attract);
    // On its own scratch store a screenshot files at a fixed time with a fixed code, so the
    // receipt and the track result are the same on every run (issue 10 item 12).
    if (scratch) store->set_code_source_for_screenshots([] { return kiosk::screenshot_code(); });
    flow::StoreSubmitPort submit(
        *store, config->kiosk.name,
        scratch ? flow::StoreSubmitPort::WallClock([] { return kiosk::screenshot_filed_at(); })
                : flow::StoreSubmitPort::WallClock());
    kiosk::FullDiskSubmitPort full_disk(store_path);
    flow::StoreTrackPort track(*store);
    // The office states are drawn over the local store with stand-in ports: no server needed.
    const bool office_state = screenshot && kiosk::is_office_state(options.screen);
    kiosk::UnnumberedSubmitPort unnumbered(submit);
    kiosk::OfficeStateTrackPort office_track(options.screen);
    flow::SubmitPort& submit_port = screenshot && target == flow::Screen::submit_failed
                                        ? static_cast<flow::SubmitPort&>(full_disk)
                                    : office_state ? static_cast<flow::SubmitPort&>(unnumbered)
                                                   : submit;
    flow::TrackPort& track_port =
        office_state ? static_cast<flow::TrackPort&>(office_track) : track;
    const auto started = flow::SteadyClock::now();
    flow::KioskSession session(*config, submit_port, track_port, started);
    if (options.lang == "en") session.handle(flow::intent::ToggleLanguage{}, started);
    if (larger_text) session.handle(flow::intent::ToggleLargeText{}, started);

    flow::StoreHelpPort help(*store, config->kiosk.name);
    kiosk::CitizenApp app(session, &help, kiosk::visit_housekeeping(*store));
    // The receipt printer (issue 13); screenshots print nothing.
    flow::SlipPrinting slips(flow::make_slip_printer(*config), config->printer.configured(),
                             config->printer.auto_print);
    if (!screenshot) app.print_slips(&slips);
    const flow::SyncReading sync_reading = kiosk::sync_reading_for(options.screen);
    flow::SyncWatch sync_watch([&] { return Result<flow::SyncReading>(sync_reading); },
                               std::chrono::seconds(0));
    if (options.screen == "attract-sync" || options.screen == "attract-sync-failing")
        app.show_sync(&sync_watch);
    kiosk::StandInBoard stand_in_board;
    if (options.screen == "attract-board") app.show_board(&stand_in_board);
    flow::SteadyTime now = started;
    if (target != flow::Screen::attract || help_note != "none") {
        if (!kiosk::walk_with_help_note(session, *store, target, now,
                                        kiosk::sample_kind(options.screen), help_note) ||
            !kiosk::settle_for_screenshot(session, options.screen, now)) {
            std::fprintf(stderr, "siang-kiosk: cannot show the %s screen with the sample visit\n",
                         options.screen.c_str());
            return 1;
        }
        if (options.screen == "track-mistyped") kiosk::enter_mistyped_code(session, now);
        // The same screen as `contact` with the phone tapped: nothing but the keyboard may differ.
        if (options.screen == "contact-phone") app.focus_on_entry(flow::Field::phone);
    }
    // Screenshots of the slip's states print to a stand-in (kiosk/screenshot_visit.hpp); the
    // result is there before the picture is taken.
    const auto shot_slips =
        screenshot ? kiosk::ScreenshotSlips::for_screen(options.screen, session) : nullptr;
    if (shot_slips) app.print_slips(&shot_slips->slips());
    app.set_clock_offset(now - flow::SteadyClock::now());
    if (screenshot) app.disable_transitions();

    const ui::DrawFn draw = [&](ui::Frame& frame) { app.draw(frame); };
    int status = 0;
    if (screenshot) {
        if (auto r = window->screenshot(draw, options.screenshot, size->first, size->second); !r) {
            std::fprintf(stderr, "siang-kiosk: screenshot failed: %s\n",
                         said(r.error(), options.lang).c_str());
            status = 1;
        }
    } else {
        window->run(draw);
    }
    app.release_textures();  // while the GL context still exists
    return status;
}
