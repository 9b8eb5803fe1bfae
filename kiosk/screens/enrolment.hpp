// The staff-only enrolment screen: this kiosk has an outbox but no credential yet.
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "ui/app_loop.hpp"

namespace siang::kiosk::screens {

// What the screen shows (kiosk::EnrolmentScreen's state); `lang` is flipped by its toggle.
struct EnrolmentView {
    bool enrolling = false;
    std::optional<Error> error;  // the scanned line was no link, or enrolment failed
    i18n::Lang lang = i18n::Lang::th;
};

// An accent header with the municipality's name; one card: "not enrolled yet", a line for
// citizens (ask at the counter), the staff's instruction (scan the enrolment QR) and what went
// wrong; a bar with the language toggle only. Nothing a citizen can start.
void draw_enrolment(EnrolmentView& view, const std::string& municipality, ui::Frame& frame);

}  // namespace siang::kiosk::screens
