// The ITA pages' file names and the one dispatch from a page to its generator.
#include "web/ita_site.hpp"

namespace siang::web {
namespace {

std::string_view slug(ItaPage page) {
    switch (page) {
        case ItaPage::index:
            return "index";
        case ItaPage::corruption_channel:
            return "corruption-channel";
        case ItaPage::complaint_statistics:
            return "complaint-statistics";
        case ItaPage::eservice_statistics:
            return "eservice-statistics";
        case ItaPage::eservice_catalogue:
            return "eservices";
        case ItaPage::privacy_notice:
            return "privacy-notice";
        case ItaPage::integrity_measures:
            break;
    }
    return "integrity-measures";
}

}  // namespace

std::string ita_page_file(ItaPage page, i18n::Lang lang) {
    return std::string(slug(page)) + (lang == i18n::Lang::en ? ".en.html" : ".html");
}

std::optional<std::pair<ItaPage, i18n::Lang>> parse_ita_page_file(std::string_view file) {
    for (ItaPage page : all_ita_pages)
        for (i18n::Lang lang : {i18n::Lang::th, i18n::Lang::en})
            if (file == ita_page_file(page, lang)) return std::pair{page, lang};
    return std::nullopt;
}

bool ita_page_needs_counts(ItaPage page) {
    return page == ItaPage::complaint_statistics || page == ItaPage::eservice_statistics;
}

std::string ita_page_html(ItaPage page, const ItaPageInput& in) {
    switch (page) {
        case ItaPage::index:
            return ita_index_page(in);
        case ItaPage::corruption_channel:
            return ita_corruption_channel_page(in);
        case ItaPage::complaint_statistics:
            return ita_complaint_statistics_page(in);
        case ItaPage::eservice_statistics:
            return ita_eservice_statistics_page(in);
        case ItaPage::eservice_catalogue:
            return ita_eservice_catalogue_page(in);
        case ItaPage::privacy_notice:
            return ita_privacy_notice_page(in);
        case ItaPage::integrity_measures:
            break;
    }
    return ita_integrity_measures_page(in);
}

}  // namespace siang::web
