// The detail view's model: one open case and the staff actions on it (status, note, division,
// new tracking code), each checked and written through the store (SPEC §6).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/error.hpp"
#include "store/store.hpp"

namespace siang::office {

// What the staff member filled in to move a case on.
struct StatusForm {
    domain::Status to = domain::Status::in_review;
    std::string note;          // internal
    std::string public_reply;  // what the citizen reads at the kiosk
    std::string reason;        // required for rejected
};

class CaseDesk {
  public:
    // Loads the case through the viewer: not_found for a case the role may not see (the store
    // audits every read of a corruption complaint).
    Result<void> open(store::Store& store, const store::Viewer& viewer,
                      const domain::CaseNumber& number);
    void close();
    const std::optional<store::CaseDetail>& current() const { return current_; }

    // The statuses the open case may move to (SPEC §6), in display order; empty when none.
    std::span<const domain::Status> next_statuses() const;

    // Validates (transition allowed, reason for rejected) before anything is written, then
    // records it with who and when, and reloads the case.
    Result<void> change_status(store::Store& store, const store::Viewer& viewer,
                               const StatusForm& form);
    // Appends an internal note; invalid_argument for blank text.
    Result<void> add_note(store::Store& store, const store::Viewer& viewer, std::string_view text);
    // Hands the case to another division (directory code).
    Result<void> assign_division(store::Store& store, const store::Viewer& viewer,
                                 std::string_view division);
    // Issues a new tracking code (the old one stops working); kept for one display only.
    Result<void> reissue_code(store::Store& store, const store::Viewer& viewer);
    // The new code, once: the second call returns nothing, so it is never shown again.
    std::optional<domain::TrackingCode> take_new_code() { return std::exchange(new_code_, {}); }
    bool has_new_code() const { return new_code_.has_value(); }

  private:
    // The open case, provided the viewer may act on it.
    Result<domain::CaseNumber> actionable(const store::Viewer& viewer) const;
    Result<void> reload(store::Store& store, const store::Viewer& viewer);

    std::optional<store::CaseDetail> current_;
    std::optional<domain::TrackingCode> new_code_;
};

}  // namespace siang::office
