// siang-office: the staff console (SPEC §6), a client of siang-server (SPEC §9; issue 12).
// Interactive use always starts at the sign-in screen (or, first, the confirmation of a new
// server's fingerprint); --screenshot renders one screen headless from a throwaway store, or with
// --server from that live server, signed in as --user with $SIANG_PASSWORD.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "config/config.hpp"
#include "config/config_location.hpp"
#include "config/store_location.hpp"
#include "core/scratch_dir.hpp"
#include "demo/screenshot_store.hpp"
#include "office/console/api_client.hpp"
#include "office/console/server_trust.hpp"
#include "office/console/store_client.hpp"
#include "office/screenshot_setup.hpp"
#include "office/views/views.hpp"
#include "ui/specimen.hpp"
#include "ui/window_options.hpp"

namespace {

using namespace siang;

// Screenshots: the server a demo console would show (an address and fingerprint of nobody's).
constexpr const char* demo_server = "https://192.168.1.10:8443";
constexpr const char* demo_fingerprint =
    "3f9a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8";

// Where the interactive console goes (office::choose_server) and what it was told besides.
struct ServerChoiceArgs {
    std::optional<std::string> url;
    std::optional<std::string> fingerprint;
    std::string store_path;  // the server box's store: its certificate is the default pin
    std::string export_dir;
};

int fail_with(const Error& e, i18n::Lang lang) {
    std::fprintf(stderr, "siang-office: %s\n", i18n::report_error(e, lang).c_str());
    return exit_code(e.code);
}

// The Thai specimen in the console's fonts: no store, no login.
int run_specimen(const ui::UiOptions& options, const std::string& file, float column_width) {
    if (file.empty()) {
        std::fprintf(stderr, "siang-office: --screen specimen needs --text FILE\n");
        return 2;
    }
    auto lines = ui::read_specimen_lines(file);
    if (!lines) {
        std::fprintf(stderr, "siang-office: %s: %s\n",
                     std::string(error_name(lines.error().code)).c_str(),
                     i18n::report_error(lines.error(), i18n::Lang::en).c_str());
        return 1;
    }
    auto config = ui::app_config_from(options, "Siang", ui::FontProfile::office);
    if (!config) {
        std::fprintf(stderr, "siang-office: --size must look like 1600x900\n");
        return 2;
    }
    const std::string heading = options.lang == "en" ? "Thai specimen" : "ตัวอย่างอักษรไทย";
    return ui::run_from_options(options, *config, [&](ui::Frame& frame) {
        ui::draw_specimen(frame, *lines, column_width, heading);
    });
}

// --screenshot --server URL --fingerprint HEX: one screen of the real console against a live
// server, signed in as --user with $SIANG_PASSWORD (as the CLI takes it) the way the sign-in
// screen does; nothing is drawn from a store here. For the tests' and reviewers' eyes on the
// console as staff see it over the API.
int run_live_screenshot(const ui::UiOptions& options, const ui::AppConfig& app_config,
                        const config::Config& cfg, const ServerChoiceArgs& args,
                        const office::ScreenshotRequest& shot, const std::string& case_text,
                        i18n::Lang lang) {
    if (!args.fingerprint || args.fingerprint->empty()) {
        std::fprintf(stderr, "siang-office: a screenshot over the network needs --fingerprint\n");
        return 2;
    }
    auto client = office::ApiClient::connect({*args.url, *args.fingerprint});
    if (!client) return fail_with(client.error(), lang);
    office::ConsoleController console(
        **client, cfg.directory,
        {cfg.municipality.name_th, cfg.municipality.name_en, args.export_dir,
         cfg.tracking_base_url, *args.url, *args.fingerprint});
    console.set_lang(lang);
    const auto now = std::chrono::steady_clock::now();
    if (shot.screen != "login") {
        const char* password = std::getenv("SIANG_PASSWORD");
        console.login_view().username.assign(shot.user.empty() ? "admin" : shot.user);
        console.login_view().password.assign(password ? password : "");
        console.apply(office::intent::LogIn{}, now);
        if (!console.login_view().error.empty()) {
            std::fprintf(stderr, "siang-office: %s\n", console.login_view().error.c_str());
            return 1;
        }
        if (shot.screen == "detail") {
            auto number = domain::parse_case_number(case_text);
            if (!number) return fail_with({Errc::invalid_argument, case_text}, lang);
            console.apply(office::intent::OpenCase{*number}, now);
        } else if (shot.screen != "queue") {
            const office::ViewId view = shot.screen == "stats"   ? office::ViewId::stats
                                        : shot.screen == "audit" ? office::ViewId::audit
                                        : shot.screen == "users" ? office::ViewId::users
                                                                 : office::ViewId::kiosks;
            if (shot.screen != "kiosks" && view == office::ViewId::kiosks) {
                std::fprintf(stderr, "siang-office: over the network, --screen is one of login, "
                                     "queue, detail, stats, audit, users, kiosks\n");
                return 2;
            }
            console.apply(office::intent::ShowView{view}, now);
        }
    }
    office::ConsoleLayout layout;
    return ui::run_from_options(
        options, app_config, [&](ui::Frame& frame) { office::draw_console(console, layout, frame); });
}

// The interactive console: over the office server's API only, never the store file.
int run_console(const ui::AppConfig& app_config, const config::Config& cfg,
                const ServerChoiceArgs& args, i18n::Lang lang) {
    auto choice = office::choose_server(args.url, args.fingerprint, cfg, args.store_path,
                                        office::KnownServers::for_user());
    if (!choice) {
        std::fprintf(stderr,
                     "siang-office: --fingerprint must be the 64 hex digits of the server's "
                     "certificate (as `siang server init` prints it)\n");
        return 2;
    }
    auto app = ui::App::create(app_config);
    if (!app) return fail_with(app.error(), lang);
    ui::Platform& platform = (*app)->platform();

    const office::ConsoleSettings settings{cfg.municipality.name_th,
                                           cfg.municipality.name_en,
                                           args.export_dir,
                                           cfg.tracking_base_url,
                                           choice->url,
                                           choice->fingerprint};
    std::unique_ptr<office::ApiClient> client;
    std::unique_ptr<office::ConsoleController> console;
    std::optional<Error> failed;
    const auto connect = [&](const office::ServerAddress& address) {
        auto made = office::ApiClient::connect(address);
        if (!made) {
            failed = made.error();
            return;
        }
        client = std::move(*made);
        // The client's background work (the live link) wakes the frame pacer from its thread.
        client->set_wake([&platform] { platform.wake(); });
        auto s = settings;
        s.server_fingerprint = address.fingerprint;
        console = std::make_unique<office::ConsoleController>(*client, cfg.directory, s);
        console->set_lang(lang);
    };
    std::optional<office::FirstConnection> first;
    if (choice->fingerprint.empty()) {
        // Nobody has vouched for this server's certificate yet: the IT person compares it once.
        first.emplace(choice->url, office::KnownServers::for_user());
        first->probe();
    } else {
        connect({choice->url, choice->fingerprint});
    }
    if (failed) return fail_with(*failed, lang);

    office::ConsoleLayout layout;
    (*app)->run([&](ui::Frame& frame) {
        if (console) return office::draw_console(*console, layout, frame);
        switch (office::draw_first_connection(*first, lang, frame)) {
            case office::TrustAnswer::confirm:
                if (auto address = first->confirm())
                    connect(*address);
                else
                    fail_with(address.error(), lang);
                frame.pacer.request_frame();
                break;
            case office::TrustAnswer::refuse:
                first->refuse();
                frame.pacer.request_frame();
                break;
            case office::TrustAnswer::retry:
                first->probe();
                frame.pacer.request_frame();
                break;
            case office::TrustAnswer::none:
                break;
        }
    });
    if (failed) return fail_with(*failed, lang);
    if (console) (void)client->logout();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Siang staff console"};
    ui::UiOptions options;
    options.diagonal_inches = 24.0;
    ui::add_ui_options(
        cli, options, "1600x900",
        {"login", "lock", "lock-help", "queue", "queue-filtered", "detail", "detail-reissue",
         "detail-new-code", "detail-saved", "detail-long-note", "stats", "audit", "users", "kiosks",
         "kiosks-enrol", "kiosks-backup-failed", "server-down", "server-untrusted", "fingerprint",
         "specimen", "lock-help-printer", "queue-help-printer"},
        "login");
    std::optional<std::string> store_option;
    std::string config_path;
    std::string export_dir = ".";
    office::ScreenshotRequest shot;
    std::string case_text;
    ServerChoiceArgs server_args;
    cli.add_option_function<std::string>(
        "--server", [&](const std::string& url) { server_args.url = url; },
        "The office server, https://HOST:PORT (default: [office] server, else this machine's)");
    cli.add_option_function<std::string>(
        "--fingerprint", [&](const std::string& fp) { server_args.fingerprint = fp; },
        "Its certificate's SHA-256, as `siang server init` prints it");
    cli.add_option_function<std::string>(
        "--store", [&](const std::string& path) { store_option = path; },
        "This box's store, whose server certificate is trusted (default: as `siang --help` "
        "says); screenshots: a store made for them");
    cli.add_option("--config", config_path, "TOML configuration file");
    cli.add_option("--exports", export_dir, "Folder for statistics exports")->capture_default_str();
    cli.add_option("--user", shot.user, "Screenshots: render as this user (default: admin)");
    cli.add_option("--case", case_text, "Screenshots: the case for --screen detail");
    std::string specimen_file;
    float column_width = 900.0f;
    cli.add_option("--text", specimen_file, "Specimen: UTF-8 file, one paragraph per line");
    cli.add_option("--width", column_width, "Specimen: column width in pixels")
        ->check(CLI::Range(40.0f, 16384.0f))
        ->capture_default_str();
    CLI11_PARSE(cli, argc, argv);
    if (options.screen == "specimen") return run_specimen(options, specimen_file, column_width);

    const auto lang = options.lang == "en" ? i18n::Lang::en : i18n::Lang::th;
    const bool screenshot = !options.screenshot.empty();
    auto cfg = config::load_installation_config(config_path);
    if (!cfg) return fail_with(cfg.error(), lang);
    auto config = ui::app_config_from(options, std::string(i18n::tr("office.window_title", lang)),
                                      ui::FontProfile::office);
    if (!config) {
        std::fprintf(stderr, "siang-office: --size must look like 1600x900\n");
        return 2;
    }
    if (!screenshot) {
        // The store only says where this box's server keeps its certificate; it is not opened.
        if (store_option || cfg->office.server.empty()) {
            auto path = config::resolve_store_path(store_option, *cfg);
            if (!path) {
                fail_with(path.error(), lang);
                return 2;
            }
            server_args.store_path = std::move(*path);
        }
        server_args.export_dir = export_dir;
        return run_console(*config, *cfg, server_args, lang);
    }
    if (server_args.url) {
        server_args.export_dir = export_dir;
        shot.screen = options.screen;
        return run_live_screenshot(options, *config, *cfg, server_args, shot, case_text, lang);
    }
    if (options.screen == "fingerprint") {
        // The first-connection question about a made-up fingerprint: nothing is contacted.
        office::FirstConnection first(demo_server, office::KnownServers(""));
        first.preview(demo_fingerprint);
        return ui::run_from_options(options, *config, [&](ui::Frame& frame) {
            (void)office::draw_first_connection(first, lang, frame);
        });
    }
    store::OpenOptions open;
    open.directory = cfg->directory;
    std::optional<ScratchDir> scratch;
    std::string store_path;
    if (!store_option && screenshot) {
        // Screenshots render a throwaway store with demo data, removed at exit: never the
        // office's real one, never a real user (issue 10 item 3).
        scratch.emplace("siang-office");
        store_path = (scratch->path() / "scratch.db").string();
        open.create = true;
    } else {
        // A store made for screenshots (checked below), found as the CLI finds its store.
        auto path = config::resolve_store_path(store_option, *cfg);
        if (!path) {
            fail_with(path.error(), lang);
            return 2;
        }
        store_path = std::move(*path);
    }
    auto store = store::Store::open(store_path, open);
    if (!store) {
        // Said in the window too: whoever sits at the desk sees it, not only a log.
        fail_with(store.error(), lang);
        const Error error = store.error();
        const int shown = ui::run_from_options(options, *config, [&](ui::Frame& frame) {
            office::draw_store_problem(error, store_path, lang, frame);
        });
        return shown;  // a headless render did its job
    }

    if (scratch) {
        // 25 Nov 2026 10:00 Bangkok, as the screenshot tests' demo store.
        const domain::TimePoint demo_now{std::chrono::seconds{1795575600}};
        if (auto r = demo::mark_for_screenshots(*store); !r) return fail_with(r.error(), lang);
        // The demo staff always (--user on the lock screen too); cases where a view lists them.
        const bool needs_cases =
            options.screen != "login" && options.screen != "lock" && options.screen != "lock-help";
        if (auto r = demo::fill_screenshot_store(*store, cfg->directory, needs_cases ? 3000 : 0,
                                                 demo_now);
            !r)
            return fail_with(r.error(), lang);
    } else {
        // A given store is rendered only when it was made for screenshots; a real one is left
        // exactly as it was: nothing written, nobody signed in.
        auto marked = demo::made_for_screenshots(*store);
        if (!marked) return fail_with(marked.error(), lang);
        if (!*marked) {
            std::fprintf(
                stderr, "siang-office: %s\n",
                i18n::format(i18n::tr("screenshot.not_for_screenshots", lang), {store_path})
                    .c_str());
            return 2;
        }
    }

    // Screenshots only: the throwaway store through the same interface the server's client
    // implements, so every view renders as it does over the API (demo data, fixed dates).
    office::StoreClient client(*store);
    office::ConsoleController console(
        client, cfg->directory,
        {cfg->municipality.name_th, cfg->municipality.name_en, export_dir, cfg->tracking_base_url,
         demo_server, demo_fingerprint});
    console.set_lang(lang);

    {
        shot.screen = options.screen;
        shot.scratch_store = scratch.has_value();
        if (!case_text.empty()) {
            shot.case_number = domain::parse_case_number(case_text);
            if (!shot.case_number) return fail_with({Errc::invalid_argument, case_text}, lang);
        }
        // The only way past the sign-in screen without a password, and only for a headless
        // render: run_from_options writes the PNG and returns without an interactive loop.
        if (auto r = office::prepare_screenshot(console, *store, shot); !r)
            return fail_with(r.error(), lang);
    }

    office::ConsoleLayout layout;
    return ui::run_from_options(
        options, *config, [&](ui::Frame& frame) { office::draw_console(console, layout, frame); });
}
