// The geometry walk (issue 9, SPEC §4.10): every citizen screen, in Thai and English, landscape
// and portrait, normal and larger text, without and with the staff note (called, acknowledged,
// shrunk to its badge), laid out by the real screens in one process and measured through
// ui/layout_probe.hpp: no action under the help note, touch targets ≥ 20 mm with ≥ 3 mm gaps,
// body text ≥ 5 mm and secondary text ≥ 4 mm high, nothing clipped or outside the window, no
// text over a button, a card's edge or other text; then again on a 32" and an 18.5" panel
// configured by kiosk.panel_diagonal_in (millimetres become pixels from it).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk/screens/enrolment.hpp"
#include "kiosk/screenshot_visit.hpp"
#include "kiosk_window_fixture.hpp"
#include "ui/app_loop.hpp"
#include "ui/layout_probe.hpp"
#include "ui/panel_sizing.hpp"

namespace {

using namespace siang;
namespace probe = ui::probe;

constexpr double body_text_mm = 5.0;       // SPEC §4.10
constexpr double secondary_text_mm = 4.0;  // issue 9 item 7
constexpr double target_mm = 20.0;         // SPEC §4.10
constexpr double target_gap_mm = 3.0;      // SPEC §4.10: 3-5 mm

struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float w() const { return x1 - x0; }
    float h() const { return y1 - y0; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

Box box(ImVec2 a, ImVec2 b) {
    return {a.x, a.y, b.x, b.y};
}
Box rect_of(const probe::Item& i) {
    return box(i.min, i.max);
}
Box clip_of(const probe::Item& i) {
    return box(i.clip_min, i.clip_max);
}
Box meet(const Box& a, const Box& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}
bool inside(const Box& a, const Box& outer, float slack) {
    return a.x0 >= outer.x0 - slack && a.y0 >= outer.y0 - slack && a.x1 <= outer.x1 + slack &&
           a.y1 <= outer.y1 + slack;
}
std::string str(const Box& b) {
    char s[96];
    std::snprintf(s, sizeof s, "[%.0f,%.0f %.0fx%.0f]", b.x0, b.y0, b.w(), b.h());
    return s;
}

struct Variant {
    std::string screen;
    bool english = false;
    bool portrait = false;
    bool larger = false;
    std::string note = "none";

    std::string panel;  // "" for the default configuration's panel, else e.g. " 32in"

    std::string name() const {
        return screen + panel + (english ? " en" : " th") +
               (portrait ? " 1080x1920" : " 1920x1080") + (larger ? " larger-text" : "") +
               " note=" + note;
    }
};

// Failure messages per check, over the whole walk.
struct Findings {
    std::vector<std::string> note_overlaps, targets, text_sizes, clipped, not_reached;
    int shots = 0;
    std::string atlas[2];  // font atlas size, normal and larger text
};

class Walk {
  public:
    // A kiosk whose configuration names a `diagonal_in` panel (0: the default configuration's).
    explicit Walk(double diagonal_in = 0.0) : config_(config::default_config()) {
        if (diagonal_in > 0.0) config_.kiosk.panel_diagonal_in = diagonal_in;
        const ui::AppConfig ac = siang::testing::kiosk_window_config(config_, "layout walk");
        auto app = ui::App::create(ac);
        if (!app) {
            std::fprintf(stderr, "layout walk: %s\n", app.error().detail.c_str());
            return;
        }
        window_ = std::move(*app);
        // As the kiosk sizes its panel (App::create): the configured diagonal at 1920×1080.
        px_per_mm_ = ui::px_per_mm(ac.panel_width, ac.panel_height, ac.panel_diagonal_inches);
        auto store =
            kiosk::open_kiosk_store((scratch_.path() / "kiosk.db").string(), config_, true);
        if (store) store_.emplace(std::move(*store));
    }

    bool ready() const { return window_ && store_; }

    void run(const Variant& v, Findings& f) {
        config::Config cfg = config_;
        const auto target = kiosk::citizen_screen(v.screen).value_or(flow::Screen::attract);
        // The wait for the still-there prompt takes a minute: keep a called or acknowledged note
        // in full over it.
        if (target == flow::Screen::still_there && v.note != "badge")
            cfg.timeouts.help_note_s = 3600;
        kiosk::adjust_config_for(v.screen, cfg);
        if (kiosk::is_enrolment_state(v.screen)) {
            // No call staff there (no citizen action at all): laid out once per note-less case.
            if (v.note == std::string_view("none")) run_enrolment(v, f);
            return;
        }
        flow::StoreSubmitPort submit(*store_, cfg.kiosk.name);
        kiosk::FullDiskSubmitPort full_disk("kiosk.db");
        flow::StoreTrackPort track(*store_);
        // The kiosk over the office server, as `--screen` draws it: stand-in ports, no server.
        const bool office = kiosk::is_office_state(v.screen);
        kiosk::UnnumberedSubmitPort unnumbered(submit);
        kiosk::OfficeStateTrackPort office_track(v.screen);
        flow::SteadyTime now = flow::SteadyClock::now();
        flow::KioskSession session(
            cfg,
            target == flow::Screen::submit_failed ? static_cast<flow::SubmitPort&>(full_disk)
            : office                              ? static_cast<flow::SubmitPort&>(unnumbered)
                                                  : submit,
            office ? static_cast<flow::TrackPort&>(office_track) : track, now);
        if (v.english) session.handle(flow::intent::ToggleLanguage{}, now);
        if (v.larger) session.handle(flow::intent::ToggleLargeText{}, now);
        if (!kiosk::walk_with_help_note(session, *store_, target, now, kiosk::sample_kind(v.screen),
                                        v.note) ||
            !kiosk::settle_for_screenshot(session, v.screen, now)) {
            f.not_reached.push_back(v.name());
            return;
        }
        if (v.screen == "track-mistyped") kiosk::enter_mistyped_code(session, now);
        kiosk::CitizenApp app(session, nullptr);
        // The printed slip's states (issue 13), as `--screen receipt-slip-…` draws them.
        const auto slips = kiosk::ScreenshotSlips::for_screen(v.screen, session);
        if (slips) app.print_slips(&slips->slips());
        const flow::SyncReading reading = kiosk::sync_reading_for(v.screen);
        flow::SyncWatch sync([&] { return Result<flow::SyncReading>(reading); },
                             std::chrono::seconds(0));
        if (v.screen == "attract-sync" || v.screen == "attract-sync-failing") app.show_sync(&sync);
        // As `--screen contact-phone`: the contact step with the phone field tapped.
        if (v.screen == "contact-phone") app.focus_on_entry(flow::Field::phone);
        app.set_clock_offset(now - flow::SteadyClock::now());
        app.disable_transitions();
        const ui::DrawFn draw = [&](ui::Frame& frame) { app.draw(frame); };
        const int w = v.portrait ? 1080 : 1920, h = v.portrait ? 1920 : 1080;
        window_->lay_out(draw, w, h, 2);  // the text size's fonts, the layout settled
        probe::start();
        window_->lay_out(draw, w, h, 1);
        const std::vector<probe::Item> items = probe::stop();
        if (f.atlas[v.larger ? 1 : 0].empty()) {
            // For the report: the font atlas a kiosk holds at this text size.
            const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
            f.atlas[v.larger ? 1 : 0] =
                std::to_string(atlas.TexWidth) + "x" + std::to_string(atlas.TexHeight);
        }
        check(v, items, {0, 0, static_cast<float>(w), static_cast<float>(h)}, f);
        app.release_textures();
        ++f.shots;
    }

  private:
    // The staff-only enrolment screen: no session, the same geometry checks.
    void run_enrolment(const Variant& v, Findings& f) {
        kiosk::screens::EnrolmentView view{false, std::nullopt,
                                           v.english ? i18n::Lang::en : i18n::Lang::th};
        if (v.screen == "enrolment-refused")
            view.error = Error{Errc::invalid_input, "not_enrolment_link"};
        const std::string& name =
            v.english ? config_.municipality.name_en : config_.municipality.name_th;
        const ui::DrawFn draw = [&](ui::Frame& frame) {
            frame.wanted_text_scale = v.larger ? kiosk::citizen_larger_text_scale : 1.0;
            kiosk::screens::draw_enrolment(view, name, frame);
        };
        const int w = v.portrait ? 1080 : 1920, h = v.portrait ? 1920 : 1080;
        window_->lay_out(draw, w, h, 2);
        probe::start();
        window_->lay_out(draw, w, h, 1);
        const std::vector<probe::Item> items = probe::stop();
        check(v, items, {0, 0, static_cast<float>(w), static_cast<float>(h)}, f);
        ++f.shots;
    }

    float px(double mm) const { return static_cast<float>(mm * px_per_mm_); }

    void check(const Variant& v, const std::vector<probe::Item>& items, const Box& window,
               Findings& f) const {
        const std::string at = v.name() + ": ";
        const ui::FontSet& fonts = window_->fonts();
        // Only the topmost layer takes taps: what lies under an overlay is not an action now.
        std::size_t top = 0;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].kind == probe::Kind::overlay) top = i + 1;

        std::vector<const probe::Item*> targets, notes;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const probe::Item& it = items[i];
            if (it.kind == probe::Kind::help_note) notes.push_back(&it);
            if (i >= top && (it.kind == probe::Kind::touch || it.kind == probe::Kind::key) &&
                !meet(rect_of(it), clip_of(it)).empty())
                targets.push_back(&it);
        }

        // (a) The help note has its own place: no action's rectangle meets it.
        if (v.note != "none" && notes.empty())
            f.note_overlaps.push_back(at + "the staff note is not shown");
        for (const probe::Item* n : notes) {
            if (items.size() > top && n < &items[top]) continue;  // under the overlay
            for (const probe::Item* t : targets) {
                // The badge is the call staff button's own label: it covers no other action.
                if (n->label == "badge" && t->label == "##bar_staff") continue;
                if (!meet(meet(rect_of(*t), clip_of(*t)), rect_of(*n)).empty())
                    f.note_overlaps.push_back(at + "the " + n->label + " " + str(rect_of(*n)) +
                                              " covers " + t->label + " " + str(rect_of(*t)));
            }
        }

        // (b) Touch targets: at least 20 mm on both sides, at least 3 mm apart.
        const float side = px(target_mm) - 0.5f, gap = px(target_gap_mm) - 0.5f;
        for (const probe::Item* t : targets) {
            const Box b = rect_of(*t);
            if (b.w() < side || b.h() < side)
                f.targets.push_back(at + t->label + " is " + str(b) + ", under 20 mm (" +
                                    std::to_string(static_cast<int>(px(target_mm))) + " px)");
        }
        for (std::size_t i = 0; i < targets.size(); ++i)
            for (std::size_t j = i + 1; j < targets.size(); ++j) {
                const Box a = meet(rect_of(*targets[i]), clip_of(*targets[i]));
                const Box b = meet(rect_of(*targets[j]), clip_of(*targets[j]));
                const float dx = std::max(b.x0 - a.x1, a.x0 - b.x1);
                const float dy = std::max(b.y0 - a.y1, a.y0 - b.y1);
                if (dx < gap && dy < gap)
                    f.targets.push_back(at + targets[i]->label + " " + str(a) + " and " +
                                        targets[j]->label + " " + str(b) + " are under 3 mm apart");
            }

        // (c) Text heights (layout_probe.hpp: the ink height of a capital in the font drawn).
        for (const probe::Item& it : items) {
            if (it.kind != probe::Kind::text || it.text_height <= 0.0f) continue;
            if (it.font == fonts[ui::FontRole::icon]) continue;
            if (meet(rect_of(it), clip_of(it)).empty()) continue;  // scrolled out of view
            const bool secondary = it.font == fonts[ui::FontRole::small];
            const double mm = secondary ? secondary_text_mm : body_text_mm;
            if (it.text_height < px(mm) - 0.5f) {
                char s[96];
                std::snprintf(s, sizeof s, " is %.1f mm high (%.0f px; ก %.0f px), under %.0f mm",
                              it.text_height / px_per_mm_, it.text_height,
                              probe::consonant_height(it.font), mm);
                f.text_sizes.push_back(at + (secondary ? "secondary text \"" : "text \"") +
                                       it.label.substr(0, 60) + "\"" + s);
            }
        }

        // (d) Nothing outside the window; no text cut off by its box (scroll areas and text
        // fields scroll their text by design).
        for (const probe::Item& it : items) {
            if (it.kind == probe::Kind::overlay) continue;
            const Box b = it.clip_expected ? meet(rect_of(it), clip_of(it)) : rect_of(it);
            if (b.empty()) continue;
            const std::string what =
                it.kind == probe::Kind::text ? "text \"" + it.label.substr(0, 60) + "\"" : it.label;
            if (!inside(b, window, 1.0f))
                f.clipped.push_back(at + what + " " + str(b) + " is outside the window");
            else if (it.kind == probe::Kind::text && !it.clip_expected &&
                     !inside(b, clip_of(it), 1.0f))
                f.clipped.push_back(at + what + " " + str(b) + " is cut off by its box " +
                                    str(clip_of(it)));
        }
        // Text that starts on a card stays on it.
        std::vector<Box> panels;
        for (std::size_t i = top; i < items.size(); ++i) {
            const probe::Item& it = items[i];
            if (it.kind == probe::Kind::panel) panels.push_back(rect_of(it));
            if (it.kind != probe::Kind::text) continue;
            const Box b = meet(rect_of(it), clip_of(it));
            if (b.empty()) continue;
            for (const Box& p : panels) {
                const bool starts_on = b.x0 >= p.x0 && b.x0 < p.x1 && b.y0 >= p.y0 && b.y0 < p.y1;
                if (starts_on && !inside(b, p, 1.0f))
                    f.clipped.push_back(at + "text \"" + it.label.substr(0, 60) + "\" " + str(b) +
                                        " runs off its card " + str(p));
            }
        }
        // Text that runs into a button it is not the label of, or into other text, hides it.
        std::vector<Box> runs;
        for (std::size_t i = top; i < items.size(); ++i) {
            const probe::Item& it = items[i];
            if (it.kind != probe::Kind::text) continue;
            const Box b = meet(rect_of(it), clip_of(it));
            if (b.empty()) continue;
            // The ink, not the line box: lines of one paragraph touch by design.
            const float lead = (b.h() - it.text_height) * 0.25f;
            const Box ink{b.x0, b.y0 + lead, b.x1, b.y1 - lead};
            for (const probe::Item* t : targets) {
                const Box tb = meet(rect_of(*t), clip_of(*t));
                if (!meet(ink, tb).empty() && !inside(b, tb, 1.0f))
                    f.clipped.push_back(at + "text \"" + it.label.substr(0, 60) + "\" " + str(b) +
                                        " runs into " + t->label + " " + str(tb));
            }
            for (const Box& o : runs)
                if (!meet(ink, o).empty())
                    f.clipped.push_back(at + "text \"" + it.label.substr(0, 60) + "\" " + str(b) +
                                        " overlaps other text " + str(o));
            runs.push_back(ink);
        }
    }

    config::Config config_;
    ScratchDir scratch_{"siang-layout-walk"};
    std::unique_ptr<ui::App> window_;
    std::optional<store::Store> store_;
    double px_per_mm_ = 0.0;
};

const Findings& findings() {
    static const Findings all = [] {
        Findings f;
        {
            Walk walk;  // one window at a time: each holds its own ImGui context
            if (!walk.ready()) {
                f.not_reached.push_back("no window or store for the walk");
                return f;
            }
            // Larger text outermost: the font atlas is rebuilt only when the text size changes.
            for (bool larger : {false, true})
                for (const std::string& screen : kiosk::citizen_screen_names())
                    // The submitting screen shows while a commit runs; the app's next tick files
                    // and leaves it, so a frame of it cannot be set up here.
                    if (screen != "submitting")
                        for (bool english : {false, true})
                            for (bool portrait : {false, true})
                                for (const char* note : kiosk::help_note_states)
                                    walk.run({screen, english, portrait, larger, note, ""}, f);
            std::fprintf(stderr,
                         "layout walk: %d layouts checked; font atlas %s (larger text %s)\n",
                         f.shots, f.atlas[0].c_str(), f.atlas[1].c_str());
        }
        // Millimetres come from the configured diagonal: a larger 1080p panel (fewer pixels per
        // millimetre) and the smallest supported one (18.5", kiosk.panel_diagonal_in's floor)
        // must pass the same checks in their own pixels, in Thai with and without the note. On
        // the 18.5" panel larger text is the tightest case of all (body text 15 mm high in a
        // 230 mm tall screen): it is walked in both languages and every note state.
        struct Panel {
            double inches;
            bool larger_text;
        };
        for (const Panel& p : {Panel{32.0, true}, Panel{18.5, true}}) {
            Walk other(p.inches);
            char panel[16];
            std::snprintf(panel, sizeof panel, " %gin", p.inches);
            if (!other.ready()) {
                f.not_reached.push_back(std::string("no window or store for the") + panel +
                                        " walk");
                continue;
            }
            const bool smallest = p.inches < 20.0;
            for (bool larger : {false, true})
                if (!larger || p.larger_text)
                    for (const std::string& screen : kiosk::citizen_screen_names())
                        if (screen != "submitting")
                            for (bool english : {false, true})
                                if (!english || (smallest && larger))
                                    for (bool portrait : {false, true})
                                        for (const char* note : kiosk::help_note_states)
                                            if (std::string_view(note) == "none" ||
                                                std::string_view(note) == "called" ||
                                                (smallest && larger))
                                                other.run({screen, english, portrait, larger, note,
                                                           panel},
                                                          f);
        }
        std::fprintf(stderr, "layout walk: %d layouts checked in all\n", f.shots);
        return f;
    }();
    return all;
}

std::string report(const std::vector<std::string>& lines) {
    std::string s = std::to_string(lines.size()) + " problems";
    std::size_t shown = 0;
    for (const std::string& l : lines) {
        // SIANG_WALK_ALL=1 lists every problem (e.g. to fix a whole screen at once).
        if (++shown > 60 && std::getenv("SIANG_WALK_ALL") == nullptr) {
            s += "\n  ...";
            break;
        }
        s += "\n  " + l;
    }
    return s;
}

TEST(LayoutWalk, ReachesEveryScreenInEveryVariant) {
    EXPECT_TRUE(findings().not_reached.empty()) << report(findings().not_reached);
    EXPECT_GT(findings().shots, 0);
}

TEST(LayoutWalk, NoActionLiesUnderTheHelpNote) {
    EXPECT_TRUE(findings().note_overlaps.empty()) << report(findings().note_overlaps);
}

TEST(LayoutWalk, TouchTargetsAreAtLeast20mmWith3mmGaps) {
    EXPECT_TRUE(findings().targets.empty()) << report(findings().targets);
}

TEST(LayoutWalk, BodyTextIsAtLeast5mmAndSecondaryTextAtLeast4mmHigh) {
    EXPECT_TRUE(findings().text_sizes.empty()) << report(findings().text_sizes);
}

TEST(LayoutWalk, NothingIsClippedOrOutsideTheWindow) {
    EXPECT_TRUE(findings().clipped.empty()) << report(findings().clipped);
}

// The app's wiring of item 2: a "call staff" press is recorded in the store, and the console's
// acknowledgement there turns the note into "staff have seen your call" a poll later.
TEST(HelpNoteInTheApp, TheConsolesAcknowledgementReachesTheNote) {
    const config::Config config = config::default_config();
    ui::AppConfig ac;
    ac.window.visible = false;
    ac.window.width = ac.window.height = 64;
    ac.panel_diagonal_inches = config.kiosk.panel_diagonal_in;
    auto window = ui::App::create(ac);
    ASSERT_TRUE(window) << window.error().detail;
    ScratchDir scratch("siang-help-note");
    auto store = kiosk::open_kiosk_store((scratch.path() / "kiosk.db").string(), config, true);
    ASSERT_TRUE(store) << store.error().detail;
    flow::StoreSubmitPort submit(*store, config.kiosk.name);
    flow::StoreTrackPort track(*store);
    flow::StoreHelpPort help(*store, config.kiosk.name);
    flow::SteadyTime now = flow::SteadyClock::now();
    flow::KioskSession session(config, submit, track, now);
    kiosk::CitizenApp app(session, &help);
    app.disable_transitions();
    const ui::DrawFn draw = [&](ui::Frame& frame) { app.draw(frame); };
    auto note_text = [&] {
        probe::start();
        // Two frames: the port is asked after a frame's drawing; the next frame shows the answer.
        (*window)->lay_out(draw, 1920, 1080, 2);
        std::string text;  // the last frame's
        for (const probe::Item& it : probe::stop())
            if (it.kind == probe::Kind::text &&
                (it.label.find("แจ้งเจ้าหน้าที่แล้ว") != std::string::npos ||
                 it.label.find("เจ้าหน้าที่รับทราบแล้ว") != std::string::npos))
                text = it.label;
        return text;
    };

    session.handle(flow::intent::Touch{}, now);
    session.handle(flow::intent::CallStaff{}, now);
    EXPECT_NE(note_text().find("แจ้งเจ้าหน้าที่แล้ว"), std::string::npos);
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u) << "the press is recorded in the store";

    ASSERT_TRUE(store->acknowledge_help_request(open->front().id, "somsri"));
    app.set_clock_offset(flow::help_poll_interval + std::chrono::seconds(1));
    EXPECT_NE(note_text().find("เจ้าหน้าที่รับทราบแล้ว กำลังมา"), std::string::npos);
    EXPECT_EQ(session
                  .help_note(flow::SteadyClock::now() + flow::help_poll_interval +
                             std::chrono::seconds(1))
                  .note,
              flow::HelpNote::acknowledged);
    app.release_textures();
}

}  // namespace
