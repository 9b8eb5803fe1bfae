// Command-line options shared by siang-kiosk and siang-office: window, screenshot, screen, lang.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "ui/app_loop.hpp"

namespace siang::ui {

struct UiOptions {
    std::string size;  // "WxH": window size, or the image size with --screenshot
    bool fullscreen = false;
    std::string screenshot;   // PNG path: render headless and exit
    std::string screen;       // which screen to show
    std::string lang = "th";  // th | en
    double diagonal_inches = 21.5;
};

// Adds --size, --fullscreen, --screenshot, --screen (choices), --lang and --panel-inches.
void add_ui_options(CLI::App& cli, UiOptions& o, std::string default_size,
                    std::vector<std::string> screens, std::string default_screen);

// Parses "1920x1080" (also "1920X1080"); both sides 1–16384.
Result<std::pair<int, int>> parse_size(std::string_view wxh);

// App configuration from the options: window size, visibility (hidden for screenshots).
Result<AppConfig> app_config_from(const UiOptions& o, std::string title, FontProfile profile);

// Runs an app from its options: a screenshot when asked (returns 0 when written), else the
// window until closed. Prints errors to stderr and returns the process exit code.
int run_from_options(const UiOptions& o, const AppConfig& config, const DrawFn& draw);

}  // namespace siang::ui
