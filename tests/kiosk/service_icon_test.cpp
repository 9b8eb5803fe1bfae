// Tests for the services' pictures on the kiosk (issue 9 polish): the configured Material icon,
// else one by code; water is not a clock and a streetlight is not the suggestion's bulb.
#include <gtest/gtest.h>

#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {
namespace {

domain::Service service(std::string code, std::string icon = "") {
    domain::Service s;
    s.code = std::move(code);
    s.icon = std::move(icon);
    return s;
}

TEST(ServiceIcon, TheConfiguredIconWinsAndUnknownNamesFallBackToTheCode) {
    EXPECT_EQ(service_icon(service("pipe", "plumbing")).code, ui::icon::plumbing.code);
    EXPECT_EQ(service_icon(service("water", "no_such_icon")).code, ui::icon::water_drop.code);
    EXPECT_EQ(service_icon(service("permit")).code, ui::icon::assignment.code);
}

TEST(ServiceIcon, BuiltInServicesHaveTheirOwnPictures) {
    const domain::Directory dir = domain::default_directory();
    const auto icon_of = [&](std::string_view code) {
        return service_icon(*dir.find_service(code)).code;
    };
    EXPECT_NE(icon_of("water"), ui::icon::schedule.code);
    EXPECT_EQ(icon_of("water"), ui::icon::water_drop.code);
    EXPECT_NE(icon_of("streetlight"), kind_icon(domain::Kind::suggestion).code);
    EXPECT_EQ(icon_of("streetlight"), ui::icon::light.code);
    for (const auto& s : dir.services) EXPECT_NE(ui::icon::icon_named(s.icon), nullptr) << s.code;
}

}  // namespace
}  // namespace siang::kiosk::screens
