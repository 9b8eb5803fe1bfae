// The detail view's model: one open case and the staff actions on it (status, note, division,
// new tracking code), each checked and written through the store (SPEC §6).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/error.hpp"
#include "qr/qr_bitmap.hpp"
#include "office/console/office_client.hpp"
#include "store/store.hpp"

namespace siang::office {

// What the staff member filled in to move a case on.
struct StatusForm {
    domain::Status to = domain::Status::in_review;
    std::string note;          // internal
    std::string public_reply;  // what the citizen reads at the kiosk
    std::string reason;        // required for rejected
};

// A tracking code just issued, for the one display the staff member gets (issue 9 item 5).
struct IssuedCode {
    domain::TrackingCode code;
    std::string grouped;     // "1234-5678-9012", as the receipt writes it
    std::string qr_payload;  // what its QR says: `<tracking_base_url><digits>` or the digits
    // The QR symbol (shared/qr, quiet zone included), which the view draws module by module.
    Result<qr::QrMatrix> qr_matrix() const;
    // The same drawn as an image by shared/qr, whole-pixel modules, at most `target_px` square.
    Result<qr::Bitmap> qr_image(int target_px) const;
};

// What the reissue confirmation says (the view draws it in a modal).
struct ReissueWarning {
    // The citizen's current code stops working at once: always said.
    // An anonymous case: the office has no way to deliver the new code, so reissue only with
    // the citizen at the counter.
    bool undeliverable = false;
};

class CaseDesk {
  public:
    // Loads the case through the viewer: not_found for a case the role may not see (the store
    // audits every read of a corruption complaint).
    Result<void> open(OfficeClient& client, const store::Viewer& viewer,
                      const domain::CaseNumber& number);
    void close();
    const std::optional<store::CaseDetail>& current() const { return current_; }

    // The statuses the open case may move to (SPEC §6), in display order; empty when none.
    std::span<const domain::Status> next_statuses() const;

    // Each change below sends the case's change counter as read with it; a case another user
    // changed since is refused with case_changed (nothing written) and read again, and the
    // caller keeps what was typed, so it can be looked over and sent again.
    // Validates (transition allowed, reason for rejected) before anything is written, then
    // records it with who and when, and reloads the case.
    Result<void> change_status(OfficeClient& client, const store::Viewer& viewer,
                               const StatusForm& form);
    // Appends an internal note; invalid_argument for blank text.
    Result<void> add_note(OfficeClient& client, const store::Viewer& viewer, std::string_view text);
    // Hands the case to another division (directory code).
    Result<void> assign_division(OfficeClient& client, const store::Viewer& viewer,
                                 std::string_view division);
    // Reissuing a code is two steps, so one click never kills the citizen's code: ask_reissue()
    // opens the confirmation (what it must say: reissue_warning()), confirm_reissue() issues the
    // new code, cancel_reissue() closes it with nothing changed. ask_reissue is ignored without
    // an open case.
    void ask_reissue();
    bool reissue_asked() const { return reissue_asked_; }
    void cancel_reissue() { reissue_asked_ = false; }
    ReissueWarning reissue_warning() const;
    // Only after ask_reissue(): issues the new code (the old one stops working at once), keeps
    // it for display (issued()) with its QR payload from `tracking_base_url`, and reloads the
    // case. invalid_argument "reissue not asked" otherwise, with nothing written.
    Result<void> confirm_reissue(OfficeClient& client, const store::Viewer& viewer,
                                 std::string_view tracking_base_url);
    // The code just issued, shown once: until dismiss_issued() or another case is opened; it is
    // never stored and cannot be shown again.
    const std::optional<IssuedCode>& issued() const { return issued_; }
    void dismiss_issued() { issued_.reset(); }
    // Screenshots only (office/screenshot_setup.cpp): shows `code` as if just issued, for the
    // open case, without writing anything; a headless render must not kill a citizen's code.
    void preview_issued(IssuedCode code) {
        if (current_) issued_ = std::move(code);
    }
    // Printer hook (the printer issue): true once a receipt printer is configured, and the view
    // then offers "Print" for the issued code. Until then no print button is drawn.
    bool can_print_issued() const { return false; }

    // Views that never lie (issue 9 item 15): `changes` is the store's case_changes(). When it
    // moved since the case was loaded and the case's own counter moved too, the case is read
    // again (a read of a corruption complaint is audited, so it is not read for nothing).
    Result<void> sync(OfficeClient& client, const store::Viewer& viewer, std::int64_t changes);

  private:
    // The open case, provided the viewer may act on it.
    Result<domain::CaseNumber> actionable(const store::Viewer& viewer) const;
    Result<void> reload(OfficeClient& client, const store::Viewer& viewer);
    // The open case's change counter as read with it: what every change sends for the
    // optimistic check (issue 12 item 4).
    std::optional<std::int64_t> read_version() const;
    // A refused change's error; after case_changed the case is read again first.
    std::unexpected<Error> refused(OfficeClient& client, const store::Viewer& viewer, Error why);

    std::optional<store::CaseDetail> current_;
    std::optional<IssuedCode> issued_;
    bool reissue_asked_ = false;
    std::int64_t store_changes_ = -1;  // store and case counters when current_ was read
    std::int64_t case_changes_ = -1;
};

}  // namespace siang::office
