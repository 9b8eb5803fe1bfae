// siang-kiosk: the citizen kiosk (SPEC §4) on the store, plus the Thai specimen and keyboard
// demo pages. --screenshot with --screen renders any screen filled with a sample visit.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "demo/screenshot_store.hpp"
#include "kiosk/accent_color.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk/screens/out_of_service.hpp"
#include "kiosk/screens/screens.hpp"
#include "kiosk/screenshot_visit.hpp"
#include "kiosk/store_outage.hpp"
#include "ui/specimen.hpp"
#include "ui/window_options.hpp"

namespace {

// A stderr line of the kiosk: report_error's sentence in the screen's language (issue 10 item 6).
std::string said(const siang::Error& e, const std::string& lang) {
    return siang::i18n::report_error(e, lang == "en" ? siang::i18n::Lang::en : siang::i18n::Lang::th);
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
    CLI11_PARSE(cli, argc, argv);

    if (options.screen == "specimen" || options.screen == "keyboard")
        return run_demo_page(options, specimen_file, column_width, larger_text);

    auto config = config::load_config(config_file);
    if (!config) {
        std::fprintf(stderr, "siang-kiosk: %s\n", said(config.error(), options.lang).c_str());
        return exit_code(config.error().code);
    }
    const bool screenshot = !options.screenshot.empty();
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
    const auto started = flow::SteadyClock::now();
    flow::KioskSession session(*config,
                               screenshot && target == flow::Screen::submit_failed
                                   ? static_cast<flow::SubmitPort&>(full_disk)
                                   : submit,
                               track, started);
    if (options.lang == "en") session.handle(flow::intent::ToggleLanguage{}, started);
    if (larger_text) session.handle(flow::intent::ToggleLargeText{}, started);

    flow::StoreHelpPort help(*store, config->kiosk.name);
    kiosk::CitizenApp app(session, &help, kiosk::visit_housekeeping(*store));
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
    app.set_clock_offset(now - flow::SteadyClock::now());
    if (screenshot) app.disable_transitions();

    const ui::DrawFn draw = [&](ui::Frame& frame) { app.draw(frame); };
    int status = 0;
    if (screenshot) {
        if (auto r = window->screenshot(draw, options.screenshot, size->first, size->second); !r) {
            std::fprintf(stderr, "siang-kiosk: screenshot failed: %s\n", said(r.error(), options.lang).c_str());
            status = 1;
        }
    } else {
        window->run(draw);
    }
    app.release_textures();  // while the GL context still exists
    return status;
}
