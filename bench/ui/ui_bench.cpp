// ui_bench: prints (never asserts) the SPEC §10 UI figures: start to first frame, frame CPU
// time p50/p99 of a text-heavy screen at 1920×1080 (the specimen, the keyboard, or any citizen
// screen filled with the sample visit, e.g. review), and idle CPU while the pacer waits.
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/screens/screens.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk/screenshot_visit.hpp"
#include "ui/screenshot.hpp"
#include "ui/specimen.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds of the whole process (all threads: llvmpipe rasterises on its own threads).
double process_cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Milliseconds since the kernel started this process (exec, dynamic loading and all), from
// /proc/self/stat; the kernel counts in clock ticks, so this is good to about 10 ms.
double ms_since_process_start() {
    std::ifstream stat("/proc/self/stat");
    std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(all.substr(all.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double start_s = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9 - start_s) *
           1000.0;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// A screenful and more of Thai: the specimen's hard cases and long sentences, repeated.
std::vector<std::string> busy_text(const std::string& file) {
    std::vector<std::string> base;
    if (auto lines = siang::ui::read_specimen_lines(file)) base = *lines;
    if (base.empty())
        base = {"ประชาชนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบได้ที่ตู้บริการนี้โดยไม่ต้องเปิดเผยชื่อ"};
    std::vector<std::string> out;
    while (out.size() < 40) out.insert(out.end(), base.begin(), base.end());
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const auto start = Clock::now();
    using namespace siang;
    CLI::App cli{"UI bench (run under xvfb-run)"};
    int frames = 300;
    double idle_seconds = 30.0;
    std::string text_file = "tests/kiosk/specimen_th.txt";
    cli.add_option("--frames", frames, "Frames to time")->check(CLI::Range(10, 100000));
    cli.add_option("--idle-seconds", idle_seconds, "Idle measurement")
        ->check(CLI::Range(0.0, 600.0));
    cli.add_option("--text", text_file, "Specimen text to repeat");
    std::string screen = "specimen";
    cli.add_option("--screen", screen,
                   "Screen timed and left idle: specimen, keyboard (caret blinks) or a citizen "
                   "screen such as review, receipt, track-result");
    std::string change = "none";
    cli.add_option("--change", change,
                   "What changes between the timed frames of a citizen screen: none, keystroke "
                   "(a letter more in the details), countdown (the clock a second on) or "
                   "language (the whole screen: a full redraw)")
        ->check(CLI::IsMember({"none", "keystroke", "countdown", "language"}));
    CLI11_PARSE(cli, argc, argv);

    kiosk::SpecimenPage page;
    page.lines = busy_text(text_file);
    page.column_width = 1800.0f;
    ui::touch::KeyboardDemoState keyboard;
    ui::DrawFn draw = [&](ui::Frame& f) {
        if (screen == "keyboard")
            kiosk::draw_keyboard(keyboard, "th", f);
        else
            kiosk::draw_specimen(page, "th", f);
        f.wanted_text_scale = 1.0;
    };

    // A citizen screen as the kiosk draws it: the sample visit filed into a scratch store.
    std::optional<config::Config> config_defaults;
    ScratchDir scratch("siang-ui-bench");
    std::optional<store::Store> store;
    std::optional<flow::StoreSubmitPort> submit;
    std::optional<flow::StoreTrackPort> track;
    std::optional<flow::KioskSession> session;
    std::optional<kiosk::CitizenApp> citizen;
    flow::SteadyClock::duration clock_offset{};
    ui::App* app_for_changes = nullptr;
    // The change before timed frame i (--change).
    auto change_for_frame = [&](int i) {
        if (!session || change == "none") return;
        const auto now = flow::SteadyClock::now() + clock_offset;
        if (change == "keystroke") {
            std::string text = "ถนนหน้าบ้านมีหลุมใหญ่";
            // Thai consonants, as a citizen types a word: each a key on the on-screen keyboard.
            static const char* const letters[] = {"ก", "ข", "ค", "ง", "จ", "ช", "ด", "ต"};
            for (int k = 0; k < i % 40; ++k) text += letters[k % 8];
            session->handle(flow::intent::SetText{flow::Field::details, text}, now);
        } else if (change == "countdown") {
            // One second on, and back every 80 (the receipt must not time out into attract).
            citizen->set_clock_offset(clock_offset + std::chrono::seconds(i % 80));
            if (i % 80 == 0) {  // back in time: a full frame, not a tick, so drawn untimed
                ImGui::GetIO().DisplaySize = {1920, 1080};
                app_for_changes->draw_frame(draw, {1920, 1080}, {1920, 1080});
            }
        } else if (change == "language") {
            session->handle(flow::intent::ToggleLanguage{}, now);
        }
    };
    if (screen != "specimen" && screen != "keyboard") {
        auto target = kiosk::citizen_screen(screen);
        auto loaded = config::load_config("");
        if (!target || !loaded) {
            std::fprintf(stderr, "ui_bench: unknown --screen %s\n", screen.c_str());
            return 2;
        }
        config_defaults = std::move(*loaded);
        auto opened =
            kiosk::open_kiosk_store((scratch.path() / "bench.db").string(), *config_defaults, true);
        if (!opened) {
            std::fprintf(stderr, "ui_bench: %s\n", opened.error().detail.c_str());
            return 1;
        }
        store.emplace(std::move(*opened));
        submit.emplace(*store, "ui_bench");
        track.emplace(*store);
        auto now = flow::SteadyClock::now();
        session.emplace(*config_defaults, *submit, *track, now);
        if (!kiosk::walk_for_screenshot(*session, *store, *target, now)) {
            std::fprintf(stderr, "ui_bench: cannot reach %s with the sample visit\n",
                         screen.c_str());
            return 1;
        }
        citizen.emplace(*session, nullptr);
        clock_offset = now - flow::SteadyClock::now();
        citizen->set_clock_offset(clock_offset);
        citizen->disable_transitions();
        draw = [&](ui::Frame& f) { citizen->draw(f); };
    }

    ui::AppConfig config;
    config.window.width = 1920;
    config.window.height = 1080;
    config.window.title = "ui_bench";
    config.window.touch = true;
    auto app = ui::App::create(config);
    if (!app) {
        std::fprintf(stderr, "ui_bench: %s\n", app.error().detail.c_str());
        return 1;
    }
    app_for_changes = app->get();
    // First frame: in the window, as the kiosk shows it.
    (*app)->platform().wait_events(0.0);
    (*app)->platform().new_frame();
    (*app)->draw_frame(draw, ImGui::GetIO().DisplaySize, (*app)->platform().framebuffer_size());
    (*app)->platform().present();
    // What the kiosk's loop does once it goes idle after a new screen (code_pages.hpp).
    (*app)->release_driver_code();
    std::printf("font atlas:                    %5d x %d (one byte per texel)\n",
                ImGui::GetIO().Fonts->TexWidth, ImGui::GetIO().Fonts->TexHeight);
    std::printf("start to first frame:          %8.1f ms from main(), %.0f ms from exec\n",
                ms_since(start), ms_since_process_start());

    // Frame CPU time at 1920×1080 offscreen, so no vsync or compositor wait is counted.
    auto target = ui::OffscreenTarget::create(1920, 1080);
    if (!target) return 1;
    target->bind();
    std::vector<double> cpu_ms, wall_ms;
    int full_frames = 0;
    double damaged_px = 0;
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < frames; ++i) {
        change_for_frame(i);
        const double cpu0 = process_cpu_seconds();
        const auto t0 = Clock::now();
        io.DisplaySize = {1920, 1080};
        io.DeltaTime = 1.0f / 60.0f;
        (*app)->draw_frame(draw, {1920, 1080}, {1920, 1080});
        ui::OffscreenTarget::wait_until_drawn();  // llvmpipe rasterises on its own threads
        wall_ms.push_back(ms_since(t0));
        cpu_ms.push_back((process_cpu_seconds() - cpu0) * 1000.0);
        const ui::Damage& d = (*app)->last_damage();
        full_frames += d.full ? 1 : 0;
        damaged_px += static_cast<double>(d.area());
    }
    ui::OffscreenTarget::unbind();
    std::printf("%s frame 1920x1080, change %s (%d frames, until glFinish):\n", screen.c_str(),
                change.c_str(), frames);
    std::printf("  process CPU p50 %6.2f ms  p99 %6.2f ms\n", percentile(cpu_ms, 0.5),
                percentile(cpu_ms, 0.99));
    std::printf("  wall        p50 %6.2f ms  p99 %6.2f ms\n", percentile(wall_ms, 0.5),
                percentile(wall_ms, 0.99));
    std::printf("  repainted: %d full frames, %.2f%% of the pixels per frame on average\n",
                full_frames, 100.0 * damaged_px / (1920.0 * 1080.0 * frames));
    std::printf("  ImGui: %d vertices, %d indices\n", io.MetricsRenderVertices,
                io.MetricsRenderIndices);

    if (idle_seconds > 0) {
        // Let the settle frames pass, then measure a window nobody touches.
        (*app)->run(draw, std::chrono::duration<double>(1.0));
        const double cpu0 = process_cpu_seconds();
        const auto t0 = Clock::now();
        (*app)->run(draw, std::chrono::duration<double>(idle_seconds));
        const double wall = ms_since(t0) / 1000.0;
        const double cpu = process_cpu_seconds() - cpu0;
        std::printf("idle %.0f s untouched (%s): %8.3f s CPU = %.3f%% of one core\n", wall,
                    screen.c_str(), cpu, 100.0 * cpu / wall);
    }
    if (citizen) citizen->release_textures();  // while the GL context still exists
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("peak resident memory:          %8.1f MB\n",
                static_cast<double>(u.ru_maxrss) / 1024.0);
    // And now, with what it is made of (file-backed: shared libraries' pages, LLVM's above all).
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with("VmRSS:") || line.starts_with("RssAnon:") ||
            line.starts_with("RssFile:") || line.starts_with("RssShmem:"))
            std::printf("  %s\n", line.c_str());
    return 0;
}
