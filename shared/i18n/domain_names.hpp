// Names of domain values (kinds, statuses, services, divisions, dates) in the reader's language.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "domain/directory.hpp"
#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "i18n/catalog.hpp"

namespace siang::i18n {

std::string_view kind_name(domain::Kind k, Lang lang);
std::string_view status_name(domain::Status s, Lang lang);
// The service's or division's configured name; the code itself when unknown, "-" when empty.
std::string service_name(const domain::Directory& dir, std::string_view code, Lang lang);
std::string division_name(const domain::Directory& dir, std::string_view code, Lang lang);
// "25 พ.ย. 2569" / "25 Nov 2569": Buddhist Era in both languages, as Thai offices write dates.
std::string date_text(std::chrono::year_month_day d, Lang lang);

}  // namespace siang::i18n
