// The phone status page behind the receipt QR (SPEC §13, issue 14 item 1): what the kiosk's
// tracking screen shows (§4.8) — kind, filed date, status, the division handling it, the due
// date, the dated timeline and the office's public replies — as one small HTML page that needs no
// JavaScript, no web font and no image, Thai first with an English link. Never details, contact
// data, notes or staff names: PublicStatus holds none of them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/directory.hpp"
#include "i18n/catalog.hpp"
#include "store/case_views.hpp"

namespace siang::web {

// Which page: the form to type a code, a case's status, or why there is none.
enum class StatusOutcome {
    form,          // /t/ with nothing asked yet
    found,         // `status` is set
    malformed,     // not 12 digits
    mistyped,      // 12 digits, wrong check digit: a typing mistake
    unknown,       // a valid code no case has
    rate_limited,  // too many wrong codes from this address: wait `wait_s` seconds
    unavailable,   // the office's records could not be read just now
};

struct StatusPageInput {
    StatusOutcome outcome = StatusOutcome::form;
    i18n::Lang lang = i18n::Lang::th;
    std::string municipality;                 // in `lang`
    std::optional<store::PublicStatus> status;  // for found
    std::int64_t wait_s = 0;                  // for rate_limited
    // The path of this page in the other language ("/t/123456789012?lang=en"): the code is in it
    // only because the citizen's own URL already holds it.
    std::string other_lang_href;
    std::string form_action = "/t/";  // where the form sends ?code=
};

// HTTP status for the outcome: 200 found/form, 400 malformed/mistyped, 404 unknown, 429, 503.
int status_page_http_status(StatusOutcome outcome);

// The whole page, UTF-8, every text HTML-escaped.
std::string status_page_html(const StatusPageInput& in, const domain::Directory& dir);

}  // namespace siang::web
