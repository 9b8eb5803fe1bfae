// Where the contact screen's four fields and its Next button go: a pure function of the room,
// so a test can check that nothing depends on which field has the focus.
#pragma once

#include <array>

#include "kiosk/screens/screen_context.hpp"

namespace siang::kiosk::screens {

struct ContactLayoutInput {
    Rect area;             // free of every keyboard the fields use, below the title
    float block_h = 0.0f;  // one field: its label, box and counter
    float next_w = 0.0f;   // the Next button
    float next_h = 0.0f;
    float gap = 0.0f;
    float max_field_w = 0.0f;  // wider than this reads badly
    float min_field_w = 0.0f;  // narrower than this, Next goes under the fields if there is room
};

struct ContactLayout {
    std::array<Rect, 4> fields;  // name, phone, email, address (label, box and counter)
    Rect next;
};

// Name, phone, email and address in reading order, in as few columns as the height allows (one
// under the other in portrait, side by side in landscape's band above the keyboard), left of the
// Next button at the top right of `area`; when that leaves the fields narrower than
// min_field_w and there is room, Next goes under them at the right instead. Nothing in the
// input changes when a field is focused.
ContactLayout contact_layout(const ContactLayoutInput& in);

}  // namespace siang::kiosk::screens
