// Tests for ui/window_options: the shared command-line options.
#include "ui/window_options.hpp"

#include <gtest/gtest.h>

namespace siang::ui {
namespace {

TEST(ParseSize, AcceptsWidthByHeight) {
    auto s = parse_size("1080x1920");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->first, 1080);
    EXPECT_EQ(s->second, 1920);
    EXPECT_TRUE(parse_size("800X600"));
}

TEST(ParseSize, RejectsMalformedSizes) {
    for (const char* bad : {"", "1920", "x1080", "1920x", "0x100", "-5x100", "19a0x1080",
                            "100000x100", "1920x1080x3"})
        EXPECT_FALSE(parse_size(bad)) << bad;
}

TEST(AppConfigFrom, ScreenshotsUseAHiddenWindow) {
    UiOptions o;
    o.size = "1920x1080";
    o.screenshot = "out.png";
    o.fullscreen = true;
    auto c = app_config_from(o, "t", FontProfile::kiosk);
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->window.visible);
    EXPECT_FALSE(c->window.fullscreen);
    EXPECT_TRUE(c->window.touch);
}

TEST(AppConfigFrom, OfficeIsNotTouch) {
    UiOptions o;
    o.size = "1600x900";
    auto c = app_config_from(o, "t", FontProfile::office);
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->window.visible);
    EXPECT_EQ(c->window.width, 1600);
    EXPECT_FALSE(c->window.touch);
}

}  // namespace
}  // namespace siang::ui
