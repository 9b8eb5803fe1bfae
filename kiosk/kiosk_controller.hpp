// The one place where the kiosk's state changes: applying the intents screens return.
#pragma once

#include <string>

#include "core/error.hpp"
#include "kiosk/screens/screens.hpp"

namespace siang::kiosk {

// Applies one intent to `state`.
void apply(KioskState& state, const Intent& intent);

// Draws the current screen and applies what it asked for.
void draw_current_screen(KioskState& state, ui::Frame& frame);

}  // namespace siang::kiosk
