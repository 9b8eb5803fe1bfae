// Specimen screen: the shared specimen page in the kiosk's fonts.
#include "ui/specimen.hpp"

#include "kiosk/citizen_app.hpp"  // the citizen's larger-text factor, the one there is
#include "kiosk/screens/screens.hpp"

namespace siang::kiosk {

void draw_specimen(const SpecimenPage& page, const std::string& lang, ui::Frame& frame) {
    ui::draw_specimen(frame, page.lines, page.column_width,
                      lang == "th" ? "ตัวอย่างอักษรไทย" : "Thai specimen");
}

double demo_text_scale(bool larger_text) {
    return larger_text ? citizen_larger_text_scale : 1.0;
}

}  // namespace siang::kiosk
