// Opening a case and the workflow actions on it.
#include "office/console/case_desk.hpp"

#include <utility>

#include "qr/qr_matrix.hpp"
#include "qr/qr_payload.hpp"

namespace siang::office {
namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

Result<qr::QrMatrix> IssuedCode::qr_matrix() const {
    return qr::encode_qr(qr_payload);
}

Result<qr::Bitmap> IssuedCode::qr_image(int target_px) const {
    auto matrix = qr_matrix();
    if (!matrix) return std::unexpected(matrix.error());
    return qr::render_qr(*matrix, target_px);
}

Result<void> CaseDesk::open(OfficeClient& client, const store::Viewer& viewer,
                            const domain::CaseNumber& number) {
    issued_.reset();
    reissue_asked_ = false;
    // The counters first: a change between them and the read is seen by the next sync().
    auto changes = client.case_changes();
    auto mine = client.case_changes(number, viewer);
    auto detail = client.get_case(number, viewer);
    if (!detail) {
        current_.reset();
        return std::unexpected(detail.error());
    }
    current_ = std::move(*detail);
    store_changes_ = changes.value_or(-1);
    case_changes_ = mine.value_or(-1);
    return {};
}

void CaseDesk::close() {
    current_.reset();
    issued_.reset();
    reissue_asked_ = false;
}

std::span<const domain::Status> CaseDesk::next_statuses() const {
    if (!current_) return {};
    return domain::next_statuses(current_->status);
}

Result<domain::CaseNumber> CaseDesk::actionable(const store::Viewer& viewer) const {
    if (!current_) return fail(Errc::not_found, "no case open");
    // The store refuses a case the viewer may not see on every call too (not_found); this only
    // says so before a write transaction is opened for it.
    if (domain::is_confidential(current_->filed.kind) && !viewer.may_see_confidential)
        return fail(Errc::not_found, current_->number.str());
    return current_->number;
}

Result<void> CaseDesk::reload(OfficeClient& client, const store::Viewer& viewer) {
    const auto number = current_->number;
    auto keep = std::move(issued_);
    auto r = open(client, viewer, number);
    issued_ = std::move(keep);
    return r;
}

std::optional<std::int64_t> CaseDesk::read_version() const {
    // -1: the counter could not be read with the case; the server's own check is then skipped
    // rather than refusing every change.
    if (case_changes_ < 0) return std::nullopt;
    return case_changes_;
}

std::unexpected<Error> CaseDesk::refused(OfficeClient& client, const store::Viewer& viewer,
                                         Error why) {
    // Another user's change won the race: show the case as it is now, so the next attempt is
    // made knowingly (and carries the new version). The form is the caller's and stays filled.
    if (why.code == Errc::case_changed) (void)reload(client, viewer);
    return std::unexpected(std::move(why));
}

Result<void> CaseDesk::change_status(OfficeClient& client, const store::Viewer& viewer,
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
    if (auto r = client.change_status(*number, change, viewer, read_version()); !r)
        return refused(client, viewer, r.error());
    return reload(client, viewer);
}

Result<void> CaseDesk::add_note(OfficeClient& client, const store::Viewer& viewer,
                                std::string_view text) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    if (blank(text)) return fail(Errc::field_required, "note");
    if (auto r = client.add_note(*number, viewer, text, read_version()); !r)
        return refused(client, viewer, r.error());
    return reload(client, viewer);
}

Result<void> CaseDesk::assign_division(OfficeClient& client, const store::Viewer& viewer,
                                       std::string_view division) {
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    if (auto r = client.assign_division(*number, division, viewer, read_version()); !r)
        return refused(client, viewer, r.error());
    return reload(client, viewer);
}

void CaseDesk::ask_reissue() {
    if (current_) reissue_asked_ = true;
}

ReissueWarning CaseDesk::reissue_warning() const {
    return {current_ && current_->filed.contact.anonymous()};
}

Result<void> CaseDesk::confirm_reissue(OfficeClient& client, const store::Viewer& viewer,
                                       std::string_view tracking_base_url) {
    if (!std::exchange(reissue_asked_, false))
        return fail(Errc::internal, "reissue not asked");
    auto number = actionable(viewer);
    if (!number) return std::unexpected(number.error());
    auto code = client.reissue_code(*number, viewer, read_version());
    if (!code) return refused(client, viewer, code.error());
    issued_ = IssuedCode{
        *code,
        code->grouped(),
        qr::qr_payload(tracking_base_url, code->str()),
    };
    return reload(client, viewer);
}

Result<void> CaseDesk::sync(OfficeClient& client, const store::Viewer& viewer,
                            std::int64_t changes) {
    if (!current_ || changes == store_changes_) return {};
    auto mine = client.case_changes(current_->number, viewer);
    if (mine && *mine == case_changes_) {
        store_changes_ = changes;  // others' cases changed, not this one
        return {};
    }
    // Changed, or no longer visible: reading it again says which.
    return reload(client, viewer);
}

}  // namespace siang::office
