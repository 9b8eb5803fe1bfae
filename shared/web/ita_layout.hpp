// What every ITA page shares: the printable frame (a header naming the municipality and the
// fiscal year, the language link, the way home, a footer with the time the figures were drawn),
// the style sheet, links between the pages and the table of counts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/ita_stats.hpp"
#include "web/ita_site.hpp"

namespace siang::web::ita {

// The catalogue's text of `key`, HTML-escaped.
std::string t(std::string_view key, i18n::Lang lang);

// The text in the page's language, HTML-escaped.
std::string pick(const std::string& th, const std::string& en, i18n::Lang lang);

// The municipality's name in the page's language (not escaped).
const std::string& municipality(const ItaPageInput& in);

// The relative link to `page` in the page's language, with the input's link_query.
std::string href(ItaPage page, const ItaPageInput& in);

// "ข้อมูล ณ วันที่ 2 ธ.ค. 2569 เวลา 14:05 น." in a <time> element carrying the UTC instant.
std::string drawn_at_html(const ItaPageInput& in);

// Whether period `p` has begun by the time the figures were drawn (later months are "not yet").
bool has_begun(const reports::PeriodStats& p, const ItaPageInput& in);

struct CountsRow {
    std::string label;  // plain text
    reports::Counts counts;
    bool begun = true;
};

// A table of received / completed / in progress with a note column saying `empty_key`'s text
// ("ไม่มีเรื่องร้องเรียน") for a begun period with nothing received, "not yet" for a later one.
std::string counts_table(std::string_view first_heading, const std::vector<CountsRow>& rows,
                         std::string_view empty_key, i18n::Lang lang);

// Headings and the table they head, kept on one printed page (`heading_html` is h2/h3 markup).
std::string block(std::string_view heading_html, std::string_view table_html);

// The whole document: `title` is the <title> and the <h1>; `body` the page's own HTML (h2, h3…).
std::string document(ItaPage page, const ItaPageInput& in, std::string_view title,
                     std::string_view body);

}  // namespace siang::web::ita
