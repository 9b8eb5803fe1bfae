// Tests for the contact screen's layout (issue 9 item 12): four fields that never overlap each
// other, the Next button or the keyboards' room, in both orientations and text sizes.
#include "kiosk/screens/contact_layout.hpp"

#include <gtest/gtest.h>

namespace siang::kiosk::screens {
namespace {

bool overlap(const Rect& a, const Rect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.min.x >= outer.min.x && inner.max.x <= outer.max.x && inner.min.y >= outer.min.y &&
           inner.max.y <= outer.max.y;
}

ContactLayoutInput input(Rect area, float scale) {
    ContactLayoutInput in;
    in.area = area;
    in.block_h = 130.0f * scale;
    in.next_w = 200.0f * scale;
    in.next_h = 80.0f;
    in.gap = 16.0f;
    in.max_field_w = 960.0f;
    in.min_field_w = 320.0f;
    return in;
}

TEST(ContactLayout, FourFieldsInReadingOrderNeverOverlapAndStayInTheirRoom) {
    // Landscape: the band above the keyboard beside the keypad; portrait: the tall room above.
    for (const Rect& area : {Rect{{32, 190}, {1380, 520}}, Rect{{32, 190}, {1048, 1150}}}) {
        for (float scale : {1.0f, 1.3f}) {
            const ContactLayout l = contact_layout(input(area, scale));
            EXPECT_TRUE(inside(l.next, area));
            for (std::size_t i = 0; i < l.fields.size(); ++i) {
                EXPECT_TRUE(inside(l.fields[i], area)) << i;
                EXPECT_GT(l.fields[i].width(), 200.0f) << i;
                EXPECT_FALSE(overlap(l.fields[i], l.next)) << i;
                for (std::size_t j = i + 1; j < l.fields.size(); ++j)
                    EXPECT_FALSE(overlap(l.fields[i], l.fields[j])) << i << " " << j;
                if (i > 0) {  // name, phone, email, address read left to right, top to bottom
                    const Rect& p = l.fields[i - 1];
                    EXPECT_TRUE(l.fields[i].min.y > p.min.y ||
                                (l.fields[i].min.y == p.min.y && l.fields[i].min.x > p.min.x));
                }
            }
        }
    }
}

TEST(ContactLayout, PortraitStacksTheFieldsAndLandscapeSetsThemSideBySide) {
    const ContactLayout portrait = contact_layout(input({{32, 190}, {1048, 1150}}, 1.0f));
    for (std::size_t i = 1; i < 4; ++i)
        EXPECT_EQ(portrait.fields[i].min.x, portrait.fields[0].min.x);
    const ContactLayout landscape = contact_layout(input({{32, 190}, {1380, 480}}, 1.0f));
    EXPECT_LE(landscape.fields[3].max.y, 480.0f);
}

TEST(ContactLayout, ALongNextLabelGoesUnderTheFieldsRatherThanSqueezeThem) {
    ContactLayoutInput in = input({{32, 190}, {1380, 440}}, 1.0f);  // one row of fields
    in.next_w = 420.0f;  // "บันทึกและกลับไปหน้าตรวจสอบ"
    const ContactLayout l = contact_layout(in);
    EXPECT_GT(l.fields[0].width(), 300.0f);  // beside Next they would be 200 wide
    EXPECT_GE(l.next.min.y, l.fields[0].max.y);
    EXPECT_TRUE(inside(l.next, in.area));
    for (const Rect& f : l.fields) EXPECT_FALSE(overlap(f, l.next));
}

}  // namespace
}  // namespace siang::kiosk::screens
