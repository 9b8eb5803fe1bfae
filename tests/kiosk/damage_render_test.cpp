// Damage-region rendering (issue 16): on every citizen screen, in both orientations and at the
// larger text size, a scripted run of changes (pointer moves and taps on keys and buttons, text
// typed, two countdown ticks, a scroll, the language toggled and back) is drawn incrementally into
// the kept frame, and every frame is compared with a full redraw of the same draw lists; and a
// renderer that forgets its damage is caught by that comparison.
#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk/screenshot_visit.hpp"
#include "kiosk_window_fixture.hpp"
#include "ui/app_loop.hpp"
#include "ui/screenshot.hpp"

namespace {

using namespace siang;

// Pixels where some channel differs by more than one level (anti-aliasing noise), and the first.
struct Difference {
    long long pixels = 0;
    int x = -1, y = -1;
};

Difference compare(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                   int width) {
    Difference d;
    if (a.size() != b.size() || a.empty()) return {1, 0, 0};
    if (std::equal(a.begin(), a.end(), b.begin())) return d;
    for (std::size_t i = 0; i < a.size(); i += 4) {
        bool differs = false;
        for (std::size_t c = 0; c < 4; ++c)
            differs = differs || std::abs(int{a[i + c]} - int{b[i + c]}) > 1;
        if (!differs) continue;
        if (d.pixels++ == 0) {
            d.x = static_cast<int>((i / 4) % static_cast<std::size_t>(width));
            d.y = static_cast<int>((i / 4) / static_cast<std::size_t>(width));
        }
    }
    return d;
}

struct Tally {
    int frames = 0, partial = 0, screens = 0;
    std::vector<std::string> failures, not_reached;
};

class DamageRender : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        config_ = std::make_unique<config::Config>(config::default_config());
        auto app = ui::App::create(siang::testing::kiosk_window_config(*config_, "damage test"));
        if (!app) {
            std::fprintf(stderr, "damage test: %s\n", app.error().detail.c_str());
            return;
        }
        window_ = std::move(*app);
        scratch_ = std::make_unique<ScratchDir>("siang-damage-test");
        auto store = kiosk::open_kiosk_store((scratch_->path() / "kiosk.db").string(), *config_, true);
        if (store) store_ = std::make_unique<store::Store>(std::move(*store));
    }
    static void TearDownTestSuite() {
        store_.reset();
        window_.reset();
        scratch_.reset();
        config_.reset();
    }

    // A citizen screen reached with the sample visit, its session and app.
    struct Visit {
        flow::StoreSubmitPort submit;
        flow::StoreTrackPort track;
        flow::SteadyClock::duration offset{};
        flow::KioskSession session;
        kiosk::CitizenApp app;
        Visit(const config::Config& c, store::Store& s, flow::SteadyTime now)
            : submit(s, c.kiosk.name), track(s), session(c, submit, track, now), app(session, nullptr) {}
        flow::SteadyTime now() const { return flow::SteadyClock::now() + offset; }
    };

    static std::unique_ptr<Visit> reach(const std::string& name, bool larger) {
        const auto target = kiosk::citizen_screen(name);
        if (!target) return nullptr;
        flow::SteadyTime now = flow::SteadyClock::now();
        auto v = std::make_unique<Visit>(*config_, *store_, now);
        if (larger) v->session.handle(flow::intent::ToggleLargeText{}, now);
        if (!kiosk::walk_for_screenshot(v->session, *store_, *target, now, kiosk::sample_kind(name)) ||
            !kiosk::settle_for_screenshot(v->session, name, now))
            return nullptr;
        v->offset = now - flow::SteadyClock::now();
        v->app.set_clock_offset(v->offset);
        v->app.disable_transitions();
        return v;
    }

    // Draws one frame into the kept frame and compares it with a full redraw.
    static void frame(const ui::DrawFn& draw, int w, int h, const std::string& at, Tally& t) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = {static_cast<float>(w), static_cast<float>(h)};
        io.DisplayFramebufferScale = {1, 1};
        io.DeltaTime = 1.0f / 60.0f;
        window_->draw_frame(draw, io.DisplaySize, io.DisplaySize);
        const bool full = window_->last_damage().full;
        const Difference d = compare(window_->frame_rgba(), window_->full_redraw_rgba(w, h), w);
        ++t.frames;
        t.partial += full ? 0 : 1;
        if (d.pixels > 0)
            t.failures.push_back(at + ": " + std::to_string(d.pixels) +
                                 " pixels differ from a full redraw, first at " +
                                 std::to_string(d.x) + "," + std::to_string(d.y) +
                                 (full ? " (a full frame)" : " (a partial frame)"));
    }

    static void script(const std::string& name, bool portrait, bool larger, Tally& t) {
        auto v = reach(name, larger);
        if (!v) {
            t.not_reached.push_back(name);
            return;
        }
        ++t.screens;
        const int w = portrait ? 1080 : 1920, h = portrait ? 1920 : 1080;
        const std::string variant =
            name + (portrait ? " 1080x1920" : " 1920x1080") + (larger ? " larger" : "");
        const ui::DrawFn draw = [&](ui::Frame& f) { v->app.draw(f); };
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        int step = 0;
        auto next = [&](const char* what) {
            frame(draw, w, h, variant + " frame " + std::to_string(step++) + " (" + what + ")", t);
        };
        next("first");
        next("settled");
        // Pointer over keys and buttons, pressed and released: hover, pressed state, taps.
        const float fw = static_cast<float>(w), fh = static_cast<float>(h);
        const ImVec2 spots[] = {{fw * 0.62f, fh * 0.55f}, {fw * 0.30f, fh * 0.86f}};
        for (const ImVec2& p : spots) {
            io.MousePos = {p.x, p.y};
            next("pointer moved");
            io.MouseDown[0] = true;
            next("pressed");
            io.MouseDown[0] = false;
            next("released");
        }
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        next("pointer gone");
        // Text typed, a letter at a time.
        std::string text = "ถนนหน้าบ้าน";
        for (const char* letter : {"ก", "่"}) {
            text += letter;
            v->session.handle(flow::intent::SetText{flow::Field::details, text}, v->now());
            next("typed");
        }
        // The countdowns: a second on, three times.
        for (int s = 0; s < 2; ++s) {
            v->offset += std::chrono::seconds(1);
            v->app.set_clock_offset(v->offset);
            next("a second on");
        }
        // A scroll over the middle.
        io.MousePos = {fw * 0.5f, fh * 0.5f};
        io.MouseWheel = -3.0f;
        next("scrolled");
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        // The language toggled and back.
        v->session.handle(flow::intent::ToggleLanguage{}, v->now());
        next("language toggled");
        v->session.handle(flow::intent::ToggleLanguage{}, v->now());
        next("language back");
        v->app.release_textures();
    }

    // Every citizen screen's script; most frames must have been partial, or the comparison would
    // prove nothing about damage.
    static void walk_every_screen(bool portrait, bool larger);

    static std::unique_ptr<config::Config> config_;
    static std::unique_ptr<ui::App> window_;
    static std::unique_ptr<ScratchDir> scratch_;
    static std::unique_ptr<store::Store> store_;
};

std::unique_ptr<config::Config> DamageRender::config_;
std::unique_ptr<ui::App> DamageRender::window_;
std::unique_ptr<ScratchDir> DamageRender::scratch_;
std::unique_ptr<store::Store> DamageRender::store_;

// The citizen screens the sample visit reaches on its own (the office states need stand-in
// ports, the enrolment screen no session; their widgets are the same kinds).
std::vector<std::string> screens() {
    std::vector<std::string> out;
    for (const std::string& n : kiosk::citizen_screen_names())
        if (!kiosk::is_office_state(n) && !kiosk::is_enrolment_state(n) && n != "submit-failed")
            out.push_back(n);
    return out;
}

void report(const Tally& t) {
    for (const std::string& f : t.failures) ADD_FAILURE() << f;
    std::printf("%d screens, %d frames compared, %d of them partial; not reached: %zu\n",
                t.screens, t.frames, t.partial, t.not_reached.size());
    for (const std::string& n : t.not_reached) std::printf("  not reached: %s\n", n.c_str());
}

void DamageRender::walk_every_screen(bool portrait, bool larger) {
    ASSERT_TRUE(window_ && store_);
    Tally t;
    for (const std::string& n : screens()) script(n, portrait, larger, t);
    report(t);
    EXPECT_GE(t.screens, 15);
    EXPECT_GT(t.partial * 2, t.frames);
}

TEST_F(DamageRender, IncrementalFramesEqualFullRedrawsLandscape) {
    walk_every_screen(false, false);
}

TEST_F(DamageRender, IncrementalFramesEqualFullRedrawsPortraitLargerText) {
    walk_every_screen(true, true);
}

TEST_F(DamageRender, AForgottenDamageIsCaught) {
    ASSERT_TRUE(window_ && store_);
    auto v = reach("details", false);
    ASSERT_TRUE(v);
    const ui::DrawFn draw = [&](ui::Frame& f) { v->app.draw(f); };
    Tally settled;
    frame(draw, 1920, 1080, "first", settled);
    frame(draw, 1920, 1080, "settled", settled);
    EXPECT_TRUE(settled.failures.empty());
    // A letter typed, but the kept frame repaints none of its damage.
    window_->forget_damage_for_test(true);
    v->session.handle(flow::intent::SetText{flow::Field::details, "ถนนหน้าบ้านมีหลุม"}, v->now());
    Tally forgot;
    frame(draw, 1920, 1080, "typed", forgot);
    window_->forget_damage_for_test(false);
    EXPECT_EQ(forgot.partial, 1) << "the letter should be a partial frame";
    ASSERT_EQ(forgot.failures.size(), 1u) << "the stale letter went unnoticed";
    std::printf("caught: %s\n", forgot.failures[0].c_str());
    // Once damage is tracked again, the next frame is whole: nothing stale survives a real one.
    window_->redraw_all();
    Tally again;
    frame(draw, 1920, 1080, "redrawn", again);
    EXPECT_TRUE(again.failures.empty());
    v->app.release_textures();
}

}  // namespace
