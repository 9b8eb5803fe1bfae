// App host: owns ImGui, platform, fonts and renderer; runs the paced loop or a screenshot.
#include "ui/app_loop.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

#include "systemd/notify.hpp"
#include "ui/card.hpp"
#include "ui/code_pages.hpp"
#include "ui/display_text.hpp"
#include "ui/gl_renderer.hpp"
#include "ui/panel_sizing.hpp"
#include "ui/retained_frame.hpp"
#include "ui/screenshot.hpp"

namespace siang::ui {

namespace {

struct ImGuiContextFree {
    void operator()(ImGuiContext* c) const { ImGui::DestroyContext(c); }
};

constexpr ImGuiWindowFlags host_flags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNavFocus |
    // The clear colour is the background: a full-screen quad costs milliseconds on llvmpipe.
    ImGuiWindowFlags_NoBackground;

}  // namespace

// Declaration order is destruction order in reverse: GL objects go before the window, the
// window before the ImGui context its callbacks feed.
struct App::Parts {
    std::unique_ptr<ImGuiContext, ImGuiContextFree> imgui;
    std::unique_ptr<Platform> platform;
    std::optional<GlRenderer> renderer;
    RetainedFrame frame;  // the kept frame, repainted where damaged
    AppConfig config;
    PanelSizing panel;
    Theme theme;
    FontSet fonts;
    FramePacer pacer;
    double wanted_text_scale = 1.0;
    Rgb frame_background{};

    Result<void> rebuild_fonts() {
        auto f = build_fonts(*ImGui::GetIO().Fonts, config.font_profile, panel);
        if (!f) return std::unexpected(f.error());
        fonts = *f;
        ImGui::GetIO().FontDefault = fonts[FontRole::body];
        renderer->upload_font_atlas(*ImGui::GetIO().Fonts);
        // The font files' bytes, one copy per role and size, are only needed to build the atlas
        // (build_fonts loads them again for the next text size): the glyphs stay.
        ImGui::GetIO().Fonts->ClearInputData();
        frame.invalidate();  // a new atlas under the same texture name
        return {};
    }
};

App::App(std::unique_ptr<Parts> p) : p_(std::move(p)) {}
App::~App() = default;
Platform& App::platform() {
    return *p_->platform;
}
FramePacer& App::pacer() {
    return p_->pacer;
}
const Theme& App::theme() const {
    return p_->theme;
}
const FontSet& App::fonts() const {
    return p_->fonts;
}

Result<std::unique_ptr<App>> App::create(const AppConfig& config) {
    auto p = std::make_unique<Parts>();
    p->config = config;
    p->imgui.reset(ImGui::CreateContext());
    auto platform = create_glfw_platform(config.window);
    if (!platform) return std::unexpected(platform.error());
    p->platform = std::move(*platform);
    // Loading a software driver ran LLVM's static constructors all over libLLVM; give those
    // pages back before the fonts are built, so the two never add up (code_pages.hpp).
    release_driver_code_pages();
    auto renderer = GlRenderer::create();
    if (!renderer) return std::unexpected(renderer.error());
    p->renderer.emplace(std::move(*renderer));

    const ImVec2 canvas = config.window.fullscreen
                              ? p->platform->monitor_size()
                              : ImVec2{static_cast<float>(config.panel_width),
                                       static_cast<float>(config.panel_height)};
    p->panel = panel_sizing(static_cast<int>(canvas.x), static_cast<int>(canvas.y),
                            config.panel_diagonal_inches);
    p->theme = make_theme(config.accent, p->panel);
    apply_theme(p->theme, ImGui::GetStyle());
    if (auto r = p->rebuild_fonts(); !r) {
        Error e = r.error();
        if (e.code == Errc::not_found) e.field = "font";  // report_error says what to install
        return std::unexpected(e);
    }
    release_driver_code_pages();  // the renderer's shader programs were compiled and linked
    return std::unique_ptr<App>(new App(std::move(p)));
}

void App::release_driver_code() {
    release_driver_code_pages();
}

void App::draw_frame(const DrawFn& draw, ImVec2 size, ImVec2 framebuffer_size) {
    build_frame(draw, size);
    const auto fw = static_cast<int>(framebuffer_size.x), fh = static_cast<int>(framebuffer_size.y);
    p_->frame.draw(*p_->renderer, *ImGui::GetDrawData(), fw, fh, to_imvec4(p_->frame_background));
}

void App::draw_to_window(const DrawFn& draw) {
    Parts& p = *p_;
    const ImVec2 fb = p.platform->framebuffer_size();
    if (!p.platform->keeps_back_buffer()) {
        draw_frame(draw, ImGui::GetIO().DisplaySize, fb);
        p.platform->present();
        return;
    }
    // The back buffer is the kept frame: the damage is drawn into it and only the damage shown
    // (copying two million pixels to the window costs a software-rendered kiosk far more than
    // drawing a digit), and no second frame's memory is needed.
    build_frame(draw, ImGui::GetIO().DisplaySize);
    const Damage& d = p.frame.draw_in_place(*p.renderer, *ImGui::GetDrawData(),
                                            static_cast<int>(fb.x), static_cast<int>(fb.y),
                                            to_imvec4(p.frame_background));
    if (d.rects.empty()) p.platform->present_part(0, 0, 0, 0);  // shows all if the window lost it
    for (const PixelRect& r : d.rects) p.platform->present_part(r.x0, r.y0, r.x1, r.y1);
}

const Damage& App::last_damage() const {
    return p_->frame.last_damage();
}

void App::redraw_all() {
    p_->frame.invalidate();
}

std::vector<std::uint8_t> App::frame_rgba() const {
    return p_->frame.read_rgba();
}

std::vector<std::uint8_t> App::full_redraw_rgba(int width, int height) {
    return redraw_whole_rgba(*p_->renderer, *ImGui::GetDrawData(), width, height,
                             to_imvec4(p_->frame_background));
}

void App::forget_damage_for_test(bool forget) {
    p_->frame.forget_damage_for_test(forget);
}

void App::lay_out(const DrawFn& draw, int width, int height, int frames) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 size{static_cast<float>(width), static_cast<float>(height)};
    for (int i = 0; i < frames; ++i) {
        io.DisplaySize = size;
        io.DisplayFramebufferScale = {1, 1};
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        build_frame(draw, size);
    }
}

void App::build_frame(const DrawFn& draw, ImVec2 size) {
    Parts& p = *p_;
    if (std::abs(p.wanted_text_scale - p.panel.text_scale) > 1e-6) {
        p.panel.text_scale = p.wanted_text_scale;
        if (!p.rebuild_fonts()) {
            // The fonts were found a moment ago; fall back to the normal size rather than none.
            p.wanted_text_scale = p.panel.text_scale = 1.0;
            (void)p.rebuild_fonts();
        }
    }
    begin_card_frame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##host", nullptr, host_flags);
    ImGui::PopStyleVar();
    Frame frame{p.theme,
                p.fonts,
                p.panel,
                size,
                FramePacer::Clock::now(),
                p.pacer,
                p.panel.text_scale,
                p.wanted_text_scale,
                p.theme.palette.background};
    draw(frame);
    p.wanted_text_scale = frame.wanted_text_scale;
    p.frame_background = frame.background;
    ImGui::End();
    ImGui::Render();
}

Result<void> App::screenshot(const DrawFn& draw, const std::string& png_path, int width, int height,
                             int frames) {
    auto target = OffscreenTarget::create(width, height);
    if (!target) return std::unexpected(target.error());
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 size{static_cast<float>(width), static_cast<float>(height)};
    target->bind();
    for (int i = 0; i < frames; ++i) {
        io.DisplaySize = size;
        io.DisplayFramebufferScale = {1, 1};
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        draw_frame(draw, size, size);
    }
    auto pixels = target->read_rgba();
    OffscreenTarget::unbind();
    return write_png(png_path, pixels, width, height);
}

void App::run(const DrawFn& draw, std::optional<std::chrono::duration<double>> limit) {
    Parts& p = *p_;
    using Clock = FramePacer::Clock;
    const auto stop = limit ? Clock::now() + std::chrono::duration_cast<Clock::duration>(*limit)
                            : Clock::time_point::max();
    systemd::WatchdogPinger watchdog;  // a unit's WatchdogSec: a frame drawn is a ping (SPEC §14)
    bool new_screen = true;  // since the driver's code was last given back
    while (!p.platform->should_close()) {
        auto now = Clock::now();
        if (now >= stop) break;
        if (auto wait = p.pacer.wait_before_next_frame(now)) {
            // Idle now: a new screen's shaders, if any, are compiled; their compiler's pages go.
            if (std::exchange(new_screen, false)) release_driver_code_pages();
            std::optional<double> timeout;
            if (*wait != FramePacer::Duration::max()) timeout = wait->count();
            if (limit)
                timeout = std::min(timeout.value_or(1e9),
                                   std::chrono::duration<double>(stop - now).count());
            p.platform->wait_events(timeout);
            if (p.platform->take_activity()) p.pacer.on_input();
            continue;
        }
        p.platform->wait_events(0.0);  // drain input that arrived while drawing
        if (p.platform->take_activity()) p.pacer.on_input();
        p.pacer.frame_started(Clock::now());
        p.platform->new_frame();
        draw_to_window(draw);
        new_screen = new_screen || p.frame.last_damage().full;
        // ImGui's own caret blinks while a text field has focus.
        if (ImGui::GetIO().WantTextInput)
            p.pacer.wake_at(Clock::now() + std::chrono::milliseconds(530));
        // draw_to_window presented the frame (or its damaged part).
        if (auto next = watchdog.ping(Clock::now())) p.pacer.wake_at(*next);
    }
}

}  // namespace siang::ui
