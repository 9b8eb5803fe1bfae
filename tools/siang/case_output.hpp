// How cases look on the command line: JSON for scripts, aligned text for people.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <span>

#include "domain/directory.hpp"
#include "i18n/catalog.hpp"
#include "store/store.hpp"

namespace siang::cli {

nlohmann::json to_json(const store::ListRow& row);
nlohmann::json to_json(const store::CaseDetail& c);
nlohmann::json to_json(const store::PublicStatus& s);

// A table of queue rows; the subject is shortened for the terminal only.
void print_rows(std::ostream& out, std::span<const store::ListRow> rows,
                const domain::Directory& dir, i18n::Lang lang);
// Everything about a case, for staff.
void print_detail(std::ostream& out, const store::CaseDetail& c, const domain::Directory& dir,
                  i18n::Lang lang);
// What the kiosk may show for a tracking code.
void print_public(std::ostream& out, const store::PublicStatus& s, const domain::Directory& dir,
                  i18n::Lang lang);
// The answer to a tracking code on stdout, from the store (`siang show --code`) or the office
// (`siang outbox track`): to_json's object with `json`, else print_public's text.
void print_tracked(const store::PublicStatus& s, bool json, const domain::Directory& dir,
                   i18n::Lang lang);

}  // namespace siang::cli
