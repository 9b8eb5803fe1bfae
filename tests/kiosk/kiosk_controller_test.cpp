// Tests for kiosk/kiosk_controller: intents change the state in one place.
#include "kiosk/kiosk_controller.hpp"

#include <gtest/gtest.h>

#include "kiosk/citizen_app.hpp"

namespace siang::kiosk {
namespace {

TEST(KioskController, ToggleLanguageSwitchesBetweenThaiAndEnglish) {
    KioskState s;
    apply(s, ToggleLanguage{});
    EXPECT_EQ(s.lang, "en");
    apply(s, ToggleLanguage{});
    EXPECT_EQ(s.lang, "th");
}

TEST(KioskController, LargerTextTogglesTheScale) {
    KioskState s;
    apply(s, ToggleLargerText{});
    EXPECT_DOUBLE_EQ(s.text_scale, citizen_larger_text_scale);
    apply(s, ToggleLargerText{});
    EXPECT_DOUBLE_EQ(s.text_scale, 1.0);
}

TEST(KioskController, ShowScreenChangesTheScreen) {
    KioskState s;
    apply(s, ShowScreen{ScreenId::keyboard});
    EXPECT_EQ(s.screen, ScreenId::keyboard);
}

}  // namespace
}  // namespace siang::kiosk
