// Cleaning what staff type into the workflow, with the same rule as what citizens file.
#include "domain/status_change.hpp"

namespace siang::domain {

Result<StatusChange> clean_status_change(StatusChange change) {
    struct Part {
        std::string& text;
        Field field;
    };
    for (Part p : {Part{change.note, Field::note}, Part{change.public_reply, Field::reply},
                   Part{change.reason, Field::reason}}) {
        auto cleaned = clean_field(p.field, p.text);
        if (!cleaned) return std::unexpected(cleaned.error());
        p.text = std::move(*cleaned);
    }
    return change;
}

Result<std::string> clean_note(std::string_view text) {
    auto cleaned = clean_field(Field::note, text);
    if (cleaned && cleaned->empty()) return fail(Errc::field_required, "note");
    return cleaned;
}

}  // namespace siang::domain
