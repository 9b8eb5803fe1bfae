// The server-down banner's model (issue 12 item 3): what the console says while its link to the
// office server is lost or refused, from OfficeClient::link_state().
#pragma once

#include <string>

#include "i18n/catalog.hpp"
#include "office/console/office_client.hpp"

namespace siang::office {

struct LinkBanner {
    bool shown = false;
    bool untrusted = false;  // the certificate changed: an alarm, not a wait
    std::string text;
};

// Nothing while connected; "cannot reach the server since 10:32, reconnecting; what you typed
// is kept" while unreachable; the changed-certificate alarm for server_untrusted.
LinkBanner link_banner(const LinkState& link, i18n::Lang lang);

// True for the errors that say the network, not the request, failed: nothing was saved, and
// sending the same again later is right.
bool network_failure(Errc code);

}  // namespace siang::office
