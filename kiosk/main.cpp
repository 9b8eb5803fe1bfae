// siang-kiosk: the citizen kiosk. For now the Thai specimen and the on-screen keyboard demo;
// the citizen flow's screens come next (kiosk/flow).
#include <CLI/CLI.hpp>
#include <cstdio>

#include "kiosk/kiosk_controller.hpp"
#include "ui/window_options.hpp"

int main(int argc, char** argv) {
    using namespace siang;
    CLI::App cli{"Siang citizen kiosk"};
    ui::UiOptions options;
    ui::add_ui_options(cli, options, "1920x1080", {"specimen", "keyboard"}, "keyboard");
    std::string specimen_file;
    float column_width = 900.0f;
    cli.add_option("--text", specimen_file, "Specimen: UTF-8 file, one paragraph per line");
    cli.add_option("--width", column_width, "Specimen: column width in pixels")
        ->check(CLI::Range(40.0f, 16384.0f))
        ->capture_default_str();
    bool larger_text = false;
    cli.add_flag("--larger-text", larger_text, "Start with the citizen's larger-text toggle on");
    CLI11_PARSE(cli, argc, argv);

    kiosk::KioskState state;
    state.lang = options.lang;
    state.screen =
        options.screen == "specimen" ? kiosk::ScreenId::specimen : kiosk::ScreenId::keyboard;
    state.specimen.column_width = column_width;
    if (larger_text) kiosk::apply(state, kiosk::ToggleLargerText{});
    if (state.screen == kiosk::ScreenId::specimen) {
        if (specimen_file.empty()) {
            std::fprintf(stderr, "siang-kiosk: --screen specimen needs --text FILE\n");
            return 2;
        }
        auto lines = kiosk::read_specimen_lines(specimen_file);
        if (!lines) {
            std::fprintf(stderr, "siang-kiosk: %s: %s\n",
                         std::string(error_name(lines.error().code)).c_str(),
                         lines.error().detail.c_str());
            return 1;
        }
        state.specimen.lines = std::move(*lines);
    }
    if (options.lang == "en") state.keyboard.keyboard.set_layout(ui::touch::LayoutId::english);

    auto config = ui::app_config_from(options, "Siang", ui::FontProfile::kiosk);
    if (!config) {
        std::fprintf(stderr, "siang-kiosk: --size must look like 1920x1080\n");
        return 2;
    }
    return ui::run_from_options(
        options, *config, [&](ui::Frame& frame) { kiosk::draw_current_screen(state, frame); });
}
