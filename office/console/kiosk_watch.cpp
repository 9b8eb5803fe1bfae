// The kiosks panel: rows, alerts, enrolment and revocation over OfficeClient's kiosk calls.
#include "office/console/kiosk_watch.hpp"

#include <algorithm>

#include "office/console/local_time.hpp"
#include "qr/qr_matrix.hpp"
#include "sync/enrolment_link.hpp"

namespace siang::office {

Result<void> KioskWatch::load(OfficeClient& client, const staff::StaffUser& by,
                              domain::TimePoint now) {
    auto kiosks = client.list_kiosks(by);
    if (!kiosks) return std::unexpected(kiosks.error());
    auto quarantined = client.quarantined_filings(by);
    if (!quarantined) return std::unexpected(quarantined.error());
    kiosks_ = std::move(*kiosks);
    quarantined_ = std::move(*quarantined);
    // A server from before GET …/backup answers 404: the kiosks still show, the backup does not.
    backup_trouble_.reset();
    if (auto b = client.last_backup(by); b && b->state != store::BackupState::ok &&
                                         b->state != store::BackupState::never)
        backup_trouble_ = std::move(*b);
    std::map<std::string, domain::TimePoint, std::less<>> since;
    for (const auto& k : kiosks_) {
        if (k.backlog_pending <= 0) continue;
        // The server's date when it has one (since schema 11), so a console opened late still
        // sees how long a backlog has stood; else from the first load that saw it.
        auto seen = backlog_since_.find(k.name);
        since[k.name] = k.backlog_since ? *k.backlog_since
                        : seen != backlog_since_.end() ? seen->second
                                                       : now;
    }
    backlog_since_ = std::move(since);
    return {};
}

KioskTrouble KioskWatch::trouble(const store::KioskRecord& k, domain::TimePoint now) const {
    if (k.revoked_at || !k.enrolled_at) return KioskTrouble::none;
    const domain::TimePoint heard = k.last_contact.value_or(*k.enrolled_at);
    if (now - heard >= kiosk_alert_after) return KioskTrouble::silent;
    if (auto since = backlog_since_.find(k.name);
        since != backlog_since_.end() && now - since->second >= kiosk_alert_after)
        return KioskTrouble::backlog;
    return KioskTrouble::none;
}

std::vector<std::string> KioskWatch::alerting(domain::TimePoint now) const {
    std::vector<std::string> names;
    for (const auto& k : kiosks_)
        if (trouble(k, now) != KioskTrouble::none) names.push_back(k.name);
    return names;
}

bool KioskWatch::take_new_alert(domain::TimePoint now) {
    auto names = alerting(now);
    const bool fresh = std::ranges::any_of(names, [&](const std::string& n) {
        return std::ranges::find(alerted_, n) == alerted_.end();
    });
    alerted_ = std::move(names);
    return fresh;
}

std::vector<KioskRow> KioskWatch::rows(domain::TimePoint now, i18n::Lang lang) const {
    std::vector<KioskRow> rows;
    for (const auto& k : kiosks_) {
        KioskRow r;
        r.name = k.name;
        r.revoked = k.revoked_at.has_value();
        r.trouble = trouble(k, now);
        r.waiting = k.backlog_pending > 0;
        r.last_contact = k.last_contact ? date_time_text(*k.last_contact, lang)
                         : k.enrolled_at
                             ? std::string(i18n::tr("office.kiosks.never", lang))
                             : std::string(i18n::tr("office.kiosks.not_enrolled", lang));
        r.backlog = i18n::format(
            i18n::tr("office.kiosks.backlog", lang),
            {std::to_string(k.backlog_pending), std::to_string(k.backlog_quarantined)});
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<void> KioskWatch::add(OfficeClient& client, const staff::StaffUser& by,
                             std::string_view name, domain::TimePoint now,
                             const KioskEnrolmentOffer& server) {
    auto offer = client.add_kiosk(by, name);
    if (!offer) return std::unexpected(offer.error());
    if (offer->url.empty()) offer->url = server.url;
    if (offer->fingerprint.empty()) offer->fingerprint = server.fingerprint;
    EnrolmentShown shown;
    shown.link =
        sync::encode_enrolment_link({offer->url, offer->enrolment_code, offer->fingerprint});
    if (auto m = qr::encode_qr(shown.link)) shown.qr = std::move(*m);
    shown.offer = std::move(*offer);
    enrolment_ = std::move(shown);
    return load(client, by, now);
}

Result<void> KioskWatch::revoke(OfficeClient& client, const staff::StaffUser& by,
                                std::string_view name, domain::TimePoint now) {
    if (auto r = client.revoke_kiosk(by, name); !r) return r;
    return load(client, by, now);
}

}  // namespace siang::office
