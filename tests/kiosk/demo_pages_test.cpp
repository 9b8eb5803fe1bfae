// Tests for the kiosk's demo pages (kiosk/screens/screens.hpp): they use the citizen's
// larger-text factor, the one there is. (Their language and larger-text toggles are the citizen
// session's, tested in tests/kiosk/flow.)
#include <gtest/gtest.h>

#include "kiosk/citizen_app.hpp"
#include "kiosk/screens/screens.hpp"

namespace siang::kiosk {
namespace {

TEST(DemoPages, LargerTextUsesTheCitizensFactor) {
    EXPECT_DOUBLE_EQ(demo_text_scale(true), citizen_larger_text_scale);
    EXPECT_DOUBLE_EQ(demo_text_scale(false), 1.0);
}

}  // namespace
}  // namespace siang::kiosk
