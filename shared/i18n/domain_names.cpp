// Names of domain values in Thai or English.
#include "i18n/domain_names.hpp"

#include "domain/thai_calendar.hpp"

namespace siang::i18n {
namespace {

template <class Entry>
std::string configured_name(const Entry* e, std::string_view code, Lang lang) {
    if (code.empty()) return "-";
    if (!e) return std::string(code);
    return lang == Lang::th ? e->name_th : e->name_en;
}

}  // namespace

std::string_view kind_name(domain::Kind k, Lang lang) {
    return tr("kind." + std::string(domain::kind_id(k)), lang);
}

std::string_view status_name(domain::Status s, Lang lang) {
    return tr("status." + std::string(domain::status_id(s)), lang);
}

std::string service_name(const domain::Directory& dir, std::string_view code, Lang lang) {
    return configured_name(dir.find_service(code), code, lang);
}

std::string division_name(const domain::Directory& dir, std::string_view code, Lang lang) {
    return configured_name(dir.find_division(code), code, lang);
}

std::string date_text(std::chrono::year_month_day d, Lang lang) {
    return domain::format_thai_date(d, lang == Lang::en);
}

}  // namespace siang::i18n
