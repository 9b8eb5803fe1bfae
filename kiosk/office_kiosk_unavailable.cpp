// siang-kiosk built before the outbox's implementation was on its branch: --outbox refuses.
#include <cstdio>

#include "kiosk/office_kiosk.hpp"

namespace siang::kiosk {

bool office_kiosk_available() {
    return false;
}

int run_office_kiosk(const std::string&, const std::optional<EnrolOption>&, const config::Config&,
                     ui::App&, i18n::Lang, bool, const std::optional<OfficeScreenshot>&) {
    std::fprintf(stderr, "siang-kiosk: this build has no outbox; --outbox is not available\n");
    return 2;
}

}  // namespace siang::kiosk
