// The information board's reading screen (issue 14 item 3): opened from attract only, Back goes
// home, and left alone it asks "still there?" and goes home like every other screen.
#include <gtest/gtest.h>

#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

TEST_F(KioskFlowTest, TheInformationScreenOpensFromAttractAndBackGoesHome) {
    ASSERT_EQ(screen(), Screen::attract);
    act(intent::OpenInformation{});
    ASSERT_EQ(screen(), Screen::information);
    act(intent::Touch{});  // a tap on the text (a drag) starts no filing
    EXPECT_EQ(screen(), Screen::information);
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::attract);

    act(intent::Touch{});
    ASSERT_EQ(screen(), Screen::choose_kind);
    act(intent::OpenInformation{});
    EXPECT_EQ(screen(), Screen::choose_kind) << "only the attract screen leads there";
}

TEST_F(KioskFlowTest, TheInformationScreenLeftAloneGoesHome) {
    act(intent::OpenInformation{});
    ASSERT_EQ(screen(), Screen::information);
    wait(std::chrono::seconds(session->config().timeouts.inactivity_s));
    ASSERT_EQ(screen(), Screen::still_there);
    wait(std::chrono::seconds(session->config().timeouts.countdown_s));
    EXPECT_EQ(screen(), Screen::attract);
}

}  // namespace
}  // namespace siang::flow::testing
