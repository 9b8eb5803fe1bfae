// Cleaning what staff type into the workflow, with the same rule as what citizens file.
#include "domain/status_change.hpp"

namespace siang::domain {

Result<StatusChange> clean_status_change(StatusChange change) {
    struct Part {
        std::string& text;
        std::string_view field;
        std::size_t limit;
    };
    for (Part p : {Part{change.note, "note", staff_note_limit},
                   Part{change.public_reply, "reply", public_reply_limit},
                   Part{change.reason, "reason", reason_limit}}) {
        auto cleaned = clean_text_field(p.text, p.field, p.limit, true);
        if (!cleaned) return std::unexpected(cleaned.error());
        p.text = std::move(*cleaned);
    }
    return change;
}

Result<std::string> clean_note(std::string_view text) {
    auto cleaned = clean_text_field(text, "note", staff_note_limit, true);
    if (cleaned && cleaned->empty()) return fail(Errc::field_required, "note");
    return cleaned;
}

}  // namespace siang::domain
