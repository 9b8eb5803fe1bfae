// The catalogue keys the kiosk shows, and the sentences it shows a citizen for an error.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/kind.hpp"
#include "i18n/catalog.hpp"
#include "kiosk/flow/field.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

// "kiosk.title.<screen_id>": the heading of each screen.
std::string screen_title_key(Screen s);
// "kiosk.next.<kind_id>": one sentence on what happens after filing this kind.
std::string kind_next_key(domain::Kind k);
// "kiosk.label.<field_id>" and "kiosk.hint.<field_id>": a field's label and its explanation.
std::string field_label_key(Field f);
std::string field_hint_key(Field f);

// The sentence a citizen reads about `err` on `screen`: field and code errors as the catalogue
// words them (error_message), store failures in kiosk words without paths or database names
// ("cannot check the status now" on the tracking screens, busy / full / broken when filing).
std::string citizen_message(const Error& err, Screen screen, i18n::Lang lang);

// A date as the citizen reads it, Buddhist Era in both languages: "25 พ.ย. 2569" and
// "25 Nov 2569 B.E." (an English reader would otherwise take 2569 for a typing mistake).
std::string citizen_date(std::chrono::year_month_day d, i18n::Lang lang);

// Every key the kiosk flow can show: the functions above over every screen, kind and field, the
// kind and status names, the error sentences the flow can produce and the fixed texts (buttons,
// notices, receipt, tracking, still-there). For the catalogue completeness test and the screens.
std::vector<std::string> flow_catalog_keys();

}  // namespace siang::flow
