// Opening a case and the workflow actions on it.
#include "office/console/case_desk.hpp"

#include <utility>

namespace siang::office {
namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

Result<void> CaseDesk::open(store::Store& store, const store::Viewer& viewer,
                            const domain::CaseNumber& number) {
    new_code_.reset();
    auto detail = store.get_case(number, viewer);
    if (!detail) {
        current_.reset();
        return std::unexpected(detail.error());
    }
    current_ = std::move(*detail);
    return {};
}

void CaseDesk::close() {
    current_.reset();
    new_code_.reset();
}

std::span<const domain::Status> CaseDesk::next_statuses() const {
    if (!current_) return {};
    return domain::next_statuses(current_->status);
}

Result<domain::CaseNumber> CaseDesk::actionable(const store::Viewer& viewer) const {
    if (!current_) return fail(Errc::not_found, "no case open");
    // The store's note/assign/reissue calls trust their caller; the role check is here.
    if (domain::is_confidential(current_->filed.kind) && !viewer.may_see_confidential)
        return fail(Errc::not_found, current_->number.str());
    return current_->number;
}

Result<void> CaseDesk::reload(store::Store& store, const store::Viewer& viewer) {
    const auto number = current_->number;
    auto keep = std::move(new_code_);
    auto r = open(store, viewer, number);
    new_code_ = std::move(keep);
    return r;
}

Result<void> CaseDesk::change_status(store::Store& store, const store::Viewer& viewer,
                                     const StatusForm& form) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    const std::string reason = blank(form.reason) ? std::string() : form.reason;
    if (auto ok = domain::check_transition(current_->status, form.to, reason); !ok) return ok;
    domain::StatusChange change;
    change.to = form.to;
    change.actor = viewer.actor;
    change.note = form.note;
    change.public_reply = form.public_reply;
    change.reason = reason;
    if (auto r = store.change_status(*number, change, viewer); !r) return r;
    return reload(store, viewer);
}

Result<void> CaseDesk::add_note(store::Store& store, const store::Viewer& viewer,
                                std::string_view text) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    if (blank(text)) return fail(Errc::field_required, "note");
    if (auto r = store.add_note(*number, viewer, text); !r) return r;
    return reload(store, viewer);
}

Result<void> CaseDesk::assign_division(store::Store& store, const store::Viewer& viewer,
                                       std::string_view division) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    if (auto r = store.assign_division(*number, division, viewer); !r) return r;
    return reload(store, viewer);
}

Result<void> CaseDesk::reissue_code(store::Store& store, const store::Viewer& viewer) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    auto code = store.reissue_code(*number, viewer);
    if (!code) return std::unexpected(code.error());
    new_code_ = *code;
    return reload(store, viewer);
}

}  // namespace siang::office
