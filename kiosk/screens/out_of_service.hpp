// The out-of-service screen: the kiosk's store cannot be opened, so the citizen is told, calmly
// and in their language, to ask staff; staff read which file and what to do.
#pragma once

#include <string>

#include "kiosk/store_outage.hpp"
#include "ui/app_loop.hpp"

namespace siang::kiosk::screens {

// Draws the screen for `outage` over the whole canvas: an accent header with the
// municipality's name, one card (why, "please ask the staff at the counter", the staff line),
// and a bar with the language toggle, which flips outage.lang — the only thing it changes.
void draw_out_of_service(StoreOutage& outage, const std::string& municipality, ui::Frame& frame);

}  // namespace siang::kiosk::screens
