// Per-field widget options from the SPEC §3 limits.
#include "kiosk/screens/view_state.hpp"

namespace siang::kiosk::screens {

namespace {

ui::touch::TextEditOptions options_for(flow::Field f) {
    switch (f) {
        case flow::Field::tracking_code:
            return {14, false};  // 12 digits and two dashes
        case flow::Field::occurred_on:
            return {10, false};  // DD/MM/YYYY
        case flow::Field::details:
        case flow::Field::address:
            return {flow::field_limit(f), true};
        default:
            return {flow::field_limit(f) == 0 ? 200 : flow::field_limit(f), false};
    }
}

}  // namespace

FieldWidgets::FieldWidgets() {
    for (flow::Field f : flow::all_fields)
        fields_[index(f)] = ui::touch::TextFieldState{ui::touch::TextEdit{options_for(f)}};
}

void FieldWidgets::clear_all() {
    for (auto& w : fields_) w.edit.clear();
}

}  // namespace siang::kiosk::screens
