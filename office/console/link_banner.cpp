// The server-down banner's text.
#include "office/console/link_banner.hpp"

#include "office/console/local_time.hpp"

namespace siang::office {

bool network_failure(Errc code) {
    return code == Errc::server_unreachable || code == Errc::server_untrusted ||
           code == Errc::server_failed;
}

LinkBanner link_banner(const LinkState& link, i18n::Lang lang) {
    LinkBanner b;
    if (link.connected) return b;
    b.shown = true;
    b.untrusted = link.last_error && link.last_error->code == Errc::server_untrusted;
    if (b.untrusted) {
        b.text = std::string(i18n::tr("office.link.untrusted", lang));
        return b;
    }
    const std::string since = link.lost_since ? clock_text(*link.lost_since) : std::string("–");
    b.text = i18n::format(i18n::tr("office.link.lost", lang), {since});
    return b;
}

}  // namespace siang::office
