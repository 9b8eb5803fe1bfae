// The ITA open-information pages (SPEC §13, issue 14 item 2): which pages there are, their file
// names, what each is made from, and one pure generator per page (ita_<page>_page.cpp). The
// public listener (/ita/) and `siang publish` (a static folder) both call ita_page_html, so the
// website and the server hand out the same bytes. No store, no network here: the caller loads the
// report (reports::load_ita_report, the one counting rule) and passes it in.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "config/config.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::web {

enum class ItaPage {
    index,
    corruption_channel,    // how to report corruption, protection, steps, unit, time frame
    complaint_statistics,  // complaints and corruption complaints by month/quarter/half/year
    eservice_statistics,   // e-service requests by service
    eservice_catalogue,    // the services and their target times
    privacy_notice,        // the kiosk's PDPA notice
    integrity_measures,    // the year's measures
};

inline constexpr std::array<ItaPage, 7> all_ita_pages{
    ItaPage::index,          ItaPage::corruption_channel, ItaPage::complaint_statistics,
    ItaPage::eservice_statistics, ItaPage::eservice_catalogue, ItaPage::privacy_notice,
    ItaPage::integrity_measures};

// The page's file: "corruption-channel.html" in Thai, "corruption-channel.en.html" in English
// (a static folder has no query string, so the language is in the name).
std::string ita_page_file(ItaPage page, i18n::Lang lang);

// The page and language a file name names, or nullopt ("index.en.html" → index, en).
std::optional<std::pair<ItaPage, i18n::Lang>> parse_ita_page_file(std::string_view file);

// Whether the page shows counts (the two statistics pages); the others need only the fiscal year
// of the report, so a server may pass reports::build_ita_report(fy, {}, dir) without counting.
bool ita_page_needs_counts(ItaPage page);

struct ItaPageInput {
    const config::Config* config = nullptr;          // municipality, directory, texts
    const reports::ItaReport* report = nullptr;      // the fiscal year's counts
    domain::TimePoint drawn_at{};                    // when the counts were read
    i18n::Lang lang = i18n::Lang::th;
    bool other_lang = true;  // the other language's pages exist: link to them
    // Appended to every link between the pages ("?fiscal_year=2568" when the server was asked
    // for a year other than the current one); "" in a static folder.
    std::string link_query;
};

// The whole page, UTF-8, every text HTML-escaped: valid HTML, lang set, headings h1 > h2 > h3,
// inline CSS only (A4 print styles, system Thai fonts), no script.
std::string ita_page_html(ItaPage page, const ItaPageInput& in);

// The generators, one per file.
std::string ita_index_page(const ItaPageInput& in);
std::string ita_corruption_channel_page(const ItaPageInput& in);
std::string ita_complaint_statistics_page(const ItaPageInput& in);
std::string ita_eservice_statistics_page(const ItaPageInput& in);
std::string ita_eservice_catalogue_page(const ItaPageInput& in);
std::string ita_privacy_notice_page(const ItaPageInput& in);
std::string ita_integrity_measures_page(const ItaPageInput& in);

}  // namespace siang::web
