// Shared command-line options and the start of an app from them.
#include "ui/window_options.hpp"

#include <charconv>
#include <cstdio>

#include "i18n/catalog.hpp"

namespace siang::ui {
namespace {

std::optional<int> to_int(std::string_view s) {
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace

void add_ui_options(CLI::App& cli, UiOptions& o, std::string default_size,
                    std::vector<std::string> screens, std::string default_screen) {
    o.size = std::move(default_size);
    o.screen = std::move(default_screen);
    cli.add_option("--size", o.size, "Window size, or image size with --screenshot (WxH)")
        ->capture_default_str();
    cli.add_flag("--fullscreen", o.fullscreen, "Full screen on the primary monitor");
    cli.add_option("--screenshot", o.screenshot, "Render headless into this PNG file and exit");
    cli.add_option("--screen", o.screen, "Screen to show")
        ->check(CLI::IsMember(std::move(screens)))
        ->capture_default_str();
    cli.add_option("--lang", o.lang, "Language")
        ->check(CLI::IsMember({"th", "en"}))
        ->capture_default_str();
    cli.add_option("--panel-inches", o.diagonal_inches, "Panel diagonal for physical sizing")
        ->check(CLI::Range(5.0, 120.0))
        ->capture_default_str();
}

Result<std::pair<int, int>> parse_size(std::string_view wxh) {
    const auto x = wxh.find_first_of("xX");
    const Error bad{.code = Errc::invalid_argument, .detail = std::string(wxh), .field = "size"};
    if (x == std::string_view::npos) return fail(bad);
    const auto w = to_int(wxh.substr(0, x));
    const auto h = to_int(wxh.substr(x + 1));
    if (!w || !h || *w < 1 || *h < 1 || *w > 16384 || *h > 16384) return fail(bad);
    return std::pair{*w, *h};
}

Result<AppConfig> app_config_from(const UiOptions& o, std::string title, FontProfile profile) {
    auto size = parse_size(o.size);
    if (!size) return std::unexpected(size.error());
    AppConfig c;
    c.window.title = std::move(title);
    c.window.width = size->first;
    c.window.height = size->second;
    c.window.fullscreen = o.fullscreen && o.screenshot.empty();
    c.window.visible = o.screenshot.empty();
    c.window.touch = profile == FontProfile::kiosk;
    c.font_profile = profile;
    c.panel_diagonal_inches = o.diagonal_inches;
    if (!c.window.visible) {
        // The hidden window only holds the GL context; the image size is the FBO's.
        c.window.width = 64;
        c.window.height = 64;
    }
    return c;
}

int run_from_options(const UiOptions& o, const AppConfig& config, const DrawFn& draw) {
    auto size = parse_size(o.size);
    if (!size) {
        std::fprintf(stderr, "siang: --size must look like 1920x1080, got '%s'\n", o.size.c_str());
        return 2;
    }
    const auto lang = o.lang == "en" ? i18n::Lang::en : i18n::Lang::th;
    auto app = App::create(config);
    if (!app) {
        std::fprintf(stderr, "siang: %s\n", i18n::report_error(app.error(), lang).c_str());
        return 1;
    }
    if (!o.screenshot.empty()) {
        if (auto r = (*app)->screenshot(draw, o.screenshot, size->first, size->second); !r) {
            std::fprintf(stderr, "siang: %s\n", i18n::report_error(r.error(), lang).c_str());
            return 1;
        }
        return 0;
    }
    (*app)->run(draw);
    return 0;
}

}  // namespace siang::ui
