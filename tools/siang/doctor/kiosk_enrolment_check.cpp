// The kiosk-enrolled check of `siang doctor`: the outbox's device credential and one heartbeat.
#include "doctor/kiosk_enrolment_check.hpp"

#include "sync/office_client.hpp"
#include "sync/outbox.hpp"

namespace siang::cli::doctor {

Row check_kiosk_enrolment(const std::string& outbox_dir) {
    if (outbox_dir.empty()) return {"kiosk", Verdict::skipped, "doctor.kiosk_unchecked", {}};
    auto outbox = sync::Outbox::open(outbox_dir);
    if (!outbox) {
        if (outbox.error().code == Errc::store_missing)
            return {"kiosk", Verdict::fail, "doctor.kiosk_no_outbox", {outbox_dir}};
        return {"kiosk", Verdict::fail, "doctor.kiosk_outbox_broken", {outbox_dir}, outbox.error()};
    }
    auto credential = outbox->credential();
    if (!credential) {
        if (credential.error().code == Errc::not_enrolled)
            return {"kiosk", Verdict::fail, "doctor.kiosk_not_enrolled", {outbox_dir}};
        return {"kiosk", Verdict::fail, "doctor.kiosk_outbox_broken", {outbox_dir},
                credential.error()};
    }
    auto status = outbox->status();
    if (!status)
        return {"kiosk", Verdict::fail, "doctor.kiosk_outbox_broken", {outbox_dir}, status.error()};
    auto link = sync::OfficeClient::connect(*credential);
    if (!link) return {"kiosk", Verdict::fail, "doctor.server_bad_url", {credential->url}};
    auto sent = (*link)->report_backlog({status->pending, status->quarantined});
    if (!sent) {
        switch (sent.error().code) {
            case Errc::device_refused:
                return {"kiosk", Verdict::fail, "doctor.kiosk_refused",
                        {credential->kiosk, credential->url}};
            case Errc::server_untrusted:
                return {"kiosk", Verdict::fail, "doctor.server_untrusted", {credential->url}};
            case Errc::server_unreachable:
                return {"kiosk", Verdict::fail, "doctor.server_down", {credential->url}};
            default:
                return {"kiosk", Verdict::fail, "doctor.kiosk_not_answered", {credential->url},
                        sent.error()};
        }
    }
    if (status->quarantined > 0)
        return {"kiosk", Verdict::warn, "doctor.kiosk_quarantined",
                {credential->kiosk, std::to_string(status->quarantined)}};
    return {"kiosk", Verdict::ok, "doctor.kiosk_enrolled", {credential->kiosk, credential->url}};
}

}  // namespace siang::cli::doctor
