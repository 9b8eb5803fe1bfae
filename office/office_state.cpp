// View switching and case opening: the state changes shared by several views.
#include "office/office_state.hpp"

namespace siang::office {

void DetailForm::reset_status_fields() {
    next_status = 0;
    note.clear();
    reply.clear();
    reason.clear();
}

void show_view(OfficeState& state, ViewId view) {
    state.view = view;
    state.load_error.clear();
    if (view == ViewId::audit || view == ViewId::users) state.admin_stale = true;
    if (view == ViewId::stats) state.stats = ItaStatistics{};  // counts change while away
}

void open_case(OfficeState& state, const domain::CaseNumber& number) {
    auto& s = state.session;
    if (auto r = state.desk.open(s.store(), s.viewer(), number); !r) {
        state.load_error = error_text(state, r.error());
        return;
    }
    state.detail_form = DetailForm{};
    if (const auto& c = state.desk.current()) {
        const auto& divisions = s.directory().divisions;
        for (std::size_t i = 0; i < divisions.size(); ++i)
            if (divisions[i].code == c->filed.division)
                state.detail_form.division = static_cast<int>(i);
    }
    show_view(state, ViewId::detail);
}

std::string error_text(const OfficeState& state, const Error& err) {
    return i18n::error_message(err, state.lang);
}

}  // namespace siang::office
