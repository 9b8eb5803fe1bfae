// Specimen screen: the shared specimen page in the kiosk's fonts.
#include "ui/specimen.hpp"

#include "kiosk/screens/screens.hpp"

namespace siang::kiosk {

Intents draw_specimen(const KioskState& state, ui::Frame& frame) {
    ui::draw_specimen(frame, state.specimen.lines, state.specimen.column_width,
                      state.lang == "th" ? "ตัวอย่างอักษรไทย" : "Thai specimen");
    return {};
}

}  // namespace siang::kiosk
