// The console's frame drawn headless (ImGui without a window, the real fonts): the help poll
// runs on the lock screen, and messages and help alerts never move the page (issue 9 items 4, 5).
#include <gtest/gtest.h>

#include <functional>

#include "console_fixture.hpp"
#include "counting_client.hpp"
#include "office/console/console_controller.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "text/utf8.hpp"
#include "ui/card.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;
using Steady = std::chrono::steady_clock;

class ConsoleFrameTest : public ConsoleTest {
  protected:
    void SetUp() override {
        ConsoleTest::SetUp();
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = size_;
        io.DeltaTime = 1.0f / 60.0f;
        auto set = ui::build_fonts(*io.Fonts, ui::FontProfile::office, panel_);
        ASSERT_TRUE(set) << set.error().detail;
        fonts_ = *set;
        ui::apply_theme(theme_, ImGui::GetStyle());
        console_.emplace(client(), domain::default_directory());
        console_->enter_for_screenshot(clerk, t_);
    }
    void TearDown() override { ImGui::DestroyContext(ctx_); }

    // Draws `n` frames of the console at the current time, as the app's loop does.
    void frames(int n = 3) {
        draw_frames(n, [&](ui::Frame& frame) { draw_console(*console_, layout_, frame); });
    }
    // Draws `n` frames of `draw` in the console's host window.
    void draw_frames(int n, const std::function<void(ui::Frame&)>& draw) {
        for (int i = 0; i < n; ++i) {
            ui::begin_card_frame();
            ImGui::NewFrame();
            ImGui::SetNextWindowPos({0, 0});
            ImGui::SetNextWindowSize(size_);
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
            ImGui::Begin("##host", nullptr, ImGuiWindowFlags_NoDecoration);
            ImGui::PopStyleVar();
            ui::Frame frame{
                theme_, fonts_, panel_, size_, t_, pacer_, 1.0, 1.0, theme_.palette.background};
            draw(frame);
            ImGui::End();
            ImGui::EndFrame();
        }
    }
    // Time passes (the help poll runs every HelpAlerts::poll_interval).
    void later(Steady::duration d) { t_ += d; }

    ConsoleController& console() { return *console_; }
    const ConsoleLayout& layout() const { return layout_; }
    Steady::time_point t_ = Steady::now();

  private:
    ImGuiContext* ctx_ = nullptr;
    const ImVec2 size_{1600.0f, 900.0f};
    const ui::PanelSizing panel_{};
    const ui::Theme theme_ = ui::make_theme({0x0B, 0x5E, 0xA8}, panel_);
    ui::FontSet fonts_;
    ui::FramePacer pacer_;
    std::optional<ConsoleController> console_;
    ConsoleLayout layout_;
};

TEST_F(ConsoleFrameTest, ALockedConsolePollsHelpAndItsLockScreenShowsTheRequest) {
    frames();
    console().apply(intent::Lock{}, t_);
    frames();
    ASSERT_TRUE(store().add_help_request("kiosk-lobby", now));
    later(HelpAlerts::poll_interval);
    frames();
    EXPECT_TRUE(console().locked());
    ASSERT_EQ(console().help().open().size(), 1u) << "the help poll stopped while locked";
    EXPECT_GT(console().flash_until(), t_) << "no alert (flash and tone) on the lock screen";
    const auto content = console().lock_content();
    ASSERT_EQ(content.alerts.size(), 1u);
    EXPECT_NE(content.alerts[0].text.find("kiosk-lobby"), std::string::npos);
}

TEST_F(ConsoleFrameTest, MessagesAndHelpAlertsDoNotMoveTheViewOrTheDetailControls) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่หน้าโรงเรียน");
    console().apply(intent::OpenCase{filed.number}, t_);
    frames();
    ASSERT_EQ(console().view(), ViewId::detail);
    const float view_top = layout().view_top;
    const float workflow_top = layout().workflow_top;
    ASSERT_GT(view_top, 0.0f);
    ASSERT_GT(workflow_top, view_top);

    // A success message after an action.
    console().detail_view().message.text = "บันทึกแล้ว";
    frames();
    EXPECT_EQ(layout().view_top, view_top);
    EXPECT_EQ(layout().workflow_top, workflow_top);
    // An error, and a kiosk calling, both at once.
    console().detail_view().message = {"บันทึกไม่สำเร็จ ลองอีกครั้ง", true};
    ASSERT_TRUE(store().add_help_request("kiosk-1", now));
    ASSERT_TRUE(store().add_help_request("kiosk-2", now));
    later(HelpAlerts::poll_interval);
    frames();
    ASSERT_EQ(console().help().open().size(), 2u);
    EXPECT_EQ(layout().view_top, view_top);
    EXPECT_EQ(layout().workflow_top, workflow_top);
    // The queue starts where the detail did.
    console().apply(intent::ShowView{ViewId::queue}, t_);
    frames();
    EXPECT_EQ(layout().view_top, view_top);
}

// Views read the controller and return intents: drawing any of them, with every model loaded
// (prepare_frame) and a case open, makes no call to the client (issue 10 item 8). Before, the
// queue, statistics, audit and users views fetched from the store while drawing and the
// buttons wrote to it in the middle of the frame.
TEST_F(ConsoleFrameTest, DrawingAViewCallsNothingOnTheClient) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่หน้าโรงเรียน");
    testing::CountingClient counting(store());
    ConsoleController console(counting, domain::default_directory());
    console.enter_for_screenshot(admin, t_);
    ConsoleLayout layout;
    auto drawn_without_calls = [&](ViewId view, auto draw) {
        console.apply(intent::ShowView{view}, t_);
        if (view == ViewId::detail) console.apply(intent::OpenCase{filed.number}, t_);
        console.prepare_frame(t_, false);
        ASSERT_TRUE(console.load_error().empty()) << console.load_error();
        const int before = counting.calls;
        Intents intents;
        draw_frames(3, [&](ui::Frame& frame) { intents = draw(std::as_const(console), frame); });
        EXPECT_EQ(counting.calls, before) << "view " << static_cast<int>(view);
    };
    drawn_without_calls(ViewId::queue, [&](const ConsoleController& c, ui::Frame& f) {
        return draw_queue(c, console.queue_view(), f);
    });
    drawn_without_calls(ViewId::detail, [&](const ConsoleController& c, ui::Frame& f) {
        return draw_detail(c, console.detail_view(), layout, f);
    });
    drawn_without_calls(ViewId::stats,
                        [&](const ConsoleController& c, ui::Frame& f) { return draw_stats(c, f); });
    drawn_without_calls(ViewId::audit,
                        [&](const ConsoleController& c, ui::Frame& f) { return draw_audit(c, f); });
    drawn_without_calls(ViewId::users, [&](const ConsoleController& c, ui::Frame& f) {
        return draw_users(c, console.users_view(), f);
    });
    // The lock screen draws from its content alone.
    const int before = counting.calls;
    const LockContent content = console.lock_content();
    draw_frames(3, [&](ui::Frame& f) {
        (void)draw_lock(content, console.lock_view(), console.lang(), false, f);
    });
    EXPECT_EQ(counting.calls, before);
}

// A multi-line field stops at its domain limit in user-perceived characters, not bytes: a Thai
// note of staff_note_limit characters (three bytes and more each) fits, one more does not.
TEST(FieldLimit, PrefixOfCharsCountsThaiClustersAsTheStoreDoes) {
    EXPECT_EQ(prefix_of_chars("น้ำท่วม", 1), std::string_view("น้ำ").size());
    EXPECT_EQ(prefix_of_chars("น้ำท่วม", 2), std::string_view("น้ำท่").size());
    EXPECT_EQ(prefix_of_chars("abc", 5), 3u);
    EXPECT_EQ(prefix_of_chars("abc", 0), 0u);
    std::string note;
    for (std::size_t i = 0; i < domain::staff_note_limit + 10; ++i) note += "ที่";
    const std::size_t cut = prefix_of_chars(note, domain::staff_note_limit);
    EXPECT_EQ(text::count_user_chars(std::string_view(note).substr(0, cut)),
              domain::staff_note_limit);
    EXPECT_EQ(cut, domain::staff_note_limit * std::string_view("ที่").size());
    DetailView form;
    EXPECT_GT(form.new_note.data.size(), cut) << "the buffer holds the whole limit";
}

}  // namespace
}  // namespace siang::office
