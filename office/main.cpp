// siang-office: the staff console. For now a placeholder home view; queue, detail, workflow
// and statistics views come in later issues (office/views/<view>.cpp).
#include <CLI/CLI.hpp>
#include <cstdio>

#include "office/views/views.hpp"
#include "ui/window_options.hpp"

int main(int argc, char** argv) {
    using namespace siang;
    CLI::App cli{"Siang staff console"};
    ui::UiOptions options;
    options.diagonal_inches = 24.0;
    ui::add_ui_options(cli, options, "1600x900", {"home"}, "home");
    CLI11_PARSE(cli, argc, argv);

    office::OfficeState state;
    state.lang = options.lang;
    auto config = ui::app_config_from(options, "Siang — สำนักงาน", ui::FontProfile::office);
    if (!config) {
        std::fprintf(stderr, "siang-office: --size must look like 1600x900\n");
        return 2;
    }
    return ui::run_from_options(options, *config,
                                [&](ui::Frame& frame) { office::draw_home(state, frame); });
}
