// The kiosks panel's model (admin; issue 12 item 4): the office's kiosks, their last contact,
// backlog and quarantine, a new kiosk's one-time enrolment, revocation, and the alert when a
// kiosk has been silent or held a backlog for too long.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "office/console/office_client.hpp"
#include "qr/qr_bitmap.hpp"

namespace siang::office {

// A kiosk this long without contact, or with a non-zero backlog this long, calls for someone.
inline constexpr std::chrono::minutes kiosk_alert_after{10};

// Why a kiosk needs attention (none: it does not).
enum class KioskTrouble { none, silent, backlog };

// One kiosk's row as the panel shows it.
struct KioskRow {
    std::string name;
    std::string last_contact;  // "25/11/2569 10:02", or "never" in the language
    std::string backlog;       // "3 waiting · 1 set aside"
    bool revoked = false;
    bool waiting = false;  // filings wait at the kiosk (not yet for kiosk_alert_after)
    KioskTrouble trouble = KioskTrouble::none;
};

// A new kiosk's enrolment as shown once: the code, where the kiosk reaches the server, the
// fingerprint, and the QR the kiosk's scanner reads (sync::encode_enrolment_link).
struct EnrolmentShown {
    KioskEnrolmentOffer offer;
    std::string link;  // "SIANG-ENROL 1 url code fp"
    std::optional<qr::QrMatrix> qr;
};

class KioskWatch {
  public:
    // Reads the kiosks and the quarantined filings (admin only: permission_denied otherwise) at
    // `now`: a backlog is dated by the server's backlog_since, or, from a server without it,
    // from the first load that saw it.
    Result<void> load(OfficeClient& client, const staff::StaffUser& by, domain::TimePoint now);
    const std::vector<store::KioskRecord>& kiosks() const { return kiosks_; }
    const std::vector<store::QuarantinedFiling>& quarantined() const { return quarantined_; }
    // The nightly backup when it needs someone (failed, stale, unreadable; read with the
    // kiosks): nullopt when it is fine, or never ran (a console on a developer's store).
    const std::optional<store::BackupRecord>& backup_trouble() const { return backup_trouble_; }

    // What is wrong with `k` at `now`: silent when its last contact (never heard from: its
    // enrolment) is kiosk_alert_after old; backlog when its backlog has been non-zero that long
    // (KioskRecord::backlog_since; see load). A revoked kiosk or
    // one not enrolled yet needs nobody.
    KioskTrouble trouble(const store::KioskRecord& k, domain::TimePoint now) const;
    // The kiosks in trouble at `now`, by name (the alert's banner names them).
    std::vector<std::string> alerting(domain::TimePoint now) const;
    // True once per new kiosk in trouble: the console plays the alert tone.
    bool take_new_alert(domain::TimePoint now);
    std::vector<KioskRow> rows(domain::TimePoint now, i18n::Lang lang) const;

    // A new kiosk's one-time enrolment (shown until dismiss_enrolment); the list is read again.
    // `server` fills the URL and fingerprint when the client's offer has none.
    Result<void> add(OfficeClient& client, const staff::StaffUser& by, std::string_view name,
                     domain::TimePoint now, const KioskEnrolmentOffer& server = {});
    const std::optional<EnrolmentShown>& enrolment() const { return enrolment_; }
    void dismiss_enrolment() { enrolment_.reset(); }
    // Revokes `name` at once (its uploads are refused from then on); the list is read again.
    Result<void> revoke(OfficeClient& client, const staff::StaffUser& by, std::string_view name,
                        domain::TimePoint now);

  private:
    std::vector<store::KioskRecord> kiosks_;
    std::vector<store::QuarantinedFiling> quarantined_;
    std::optional<store::BackupRecord> backup_trouble_;
    std::map<std::string, domain::TimePoint, std::less<>> backlog_since_;
    std::vector<std::string> alerted_;  // in trouble when take_new_alert last looked
    std::optional<EnrolmentShown> enrolment_;
};

}  // namespace siang::office
