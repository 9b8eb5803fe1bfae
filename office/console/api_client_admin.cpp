// ApiClient's calls of administration: users and kiosks (api_client.hpp). Not built yet: each answers internal
// "not_implemented" until its endpoints exist (issue 12).
#include "office/console/api_client.hpp"

namespace siang::office {

namespace {

std::unexpected<Error> not_yet() {
    return fail(Errc::internal, "not_implemented");
}

}  // namespace

Result<store::UserRecord> ApiClient::find_user(std::string_view) {
    return not_yet();
}

Result<std::vector<store::UserRecord>> ApiClient::list_users(const staff::StaffUser&) {
    return not_yet();
}

Result<void> ApiClient::add_user(const staff::StaffUser&, const staff::StaffUser&, std::string_view) {
    return not_yet();
}

Result<void> ApiClient::disable_user(const staff::StaffUser&, std::string_view) {
    return not_yet();
}

Result<void> ApiClient::set_password(const staff::StaffUser&, std::string_view, std::string_view) {
    return not_yet();
}

Result<std::vector<store::KioskRecord>> ApiClient::list_kiosks(const staff::StaffUser&) {
    return not_yet();
}

Result<KioskEnrolmentOffer> ApiClient::add_kiosk(const staff::StaffUser&, std::string_view) {
    return not_yet();
}

Result<void> ApiClient::revoke_kiosk(const staff::StaffUser&, std::string_view) {
    return not_yet();
}

Result<std::vector<store::QuarantinedFiling>> ApiClient::quarantined_filings(const staff::StaffUser&) {
    return not_yet();
}

}  // namespace siang::office
