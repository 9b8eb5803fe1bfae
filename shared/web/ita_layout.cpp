// The ITA pages' frame and style: calm, plain and printable (SPEC §11, §13).
#include "web/ita_layout.hpp"

#include <cstdio>

#include "i18n/domain_names.hpp"
#include "reports/ita_summary_page.hpp"

namespace siang::web::ita {
namespace {

using reports::html_escape;

// Contrast on white: text #1a1a1a 17:1, links #14558a 7.4:1, notes #4a4a4a 8.9:1; the header's
// white on #1F6FB2 5.2:1. System fonts that carry Thai on Debian, Windows, macOS and phones; no
// web font (the CSP allows none, and a static folder must stand alone). A4 with 15 mm margins.
constexpr std::string_view style = R"(
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#1a1a1a;font:17px/1.6 "Noto Sans Thai","Noto Sans Thai UI","Leelawadee UI",Thonburi,Laksaman,Loma,Garuda,sans-serif}
header{background:#1F6FB2;color:#fff;padding:12px max(20px,calc((100% - 50rem)/2 + 20px))}
header p{margin:0}
header .org{font-size:20px;font-weight:700}
header a{color:#fff}
nav{max-width:50rem;margin:0 auto;padding:8px 20px 0;font-size:15px}
nav a{color:#14558a;margin-right:16px}
main{max-width:50rem;margin:0 auto;padding:0 20px 16px}
a{color:#14558a}
h1{font-size:26px;line-height:1.35;margin:16px 0 8px}
h2{font-size:21px;margin:24px 0 8px;border-bottom:1px solid #8a8a8a}
h3{font-size:18px;margin:16px 0 6px}
p,li{max-width:46rem}
.note,footer{color:#4a4a4a;font-size:15px}
.drawn{font-weight:700}
table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:15px}
th,td{border:1px solid #8a8a8a;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#e8eef5}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700}
ol.steps li,ul.pages li{margin-bottom:6px}
footer{max-width:50rem;margin:0 auto;padding:8px 20px 24px;border-top:1px solid #8a8a8a}
@page{size:A4;margin:15mm}
table.counts{table-layout:fixed}
table.counts th:first-child{width:34%}
table.counts th:last-child{width:21%}
.block{break-inside:avoid}
@media print{body{font-size:13pt}header{background:#fff;color:#000;padding:0 0 4mm;border-bottom:2px solid #000}header a,nav{display:none}main,footer{max-width:none;padding:0}table{font-size:11pt}tr{break-inside:avoid}a{color:#000}}
)";

}  // namespace

std::string t(std::string_view key, i18n::Lang lang) {
    return html_escape(i18n::tr(key, lang));
}

std::string pick(const std::string& th, const std::string& en, i18n::Lang lang) {
    return html_escape(lang == i18n::Lang::th ? th : en);
}

const std::string& municipality(const ItaPageInput& in) {
    return in.lang == i18n::Lang::th ? in.config->municipality.name_th
                                     : in.config->municipality.name_en;
}

std::string href(ItaPage page, const ItaPageInput& in) {
    return html_escape(ita_page_file(page, in.lang) + in.link_query);
}

std::string drawn_at_html(const ItaPageInput& in) {
    using namespace std::chrono;
    const auto local = in.drawn_at + domain::bangkok_offset;
    const hh_mm_ss clock{local - floor<days>(local)};
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()));
    return "<time datetime=\"" + domain::format_iso_utc(in.drawn_at) + "\">" +
           html_escape(i18n::format(i18n::tr("web.ita.drawn_at", in.lang),
                                    {i18n::date_text(domain::local_date(in.drawn_at), in.lang),
                                     time})) +
           "</time>";
}

bool has_begun(const reports::PeriodStats& p, const ItaPageInput& in) {
    const auto today = domain::local_date(in.drawn_at);
    return p.first <= std::chrono::year_month{today.year(), today.month()};
}

std::string counts_table(std::string_view first_heading, const std::vector<CountsRow>& rows,
                         std::string_view empty_key, i18n::Lang lang) {
    std::string out = "<table class=\"counts\"><thead><tr><th scope=\"col\">" + html_escape(first_heading) +
                      "</th><th scope=\"col\">" + t("col.received", lang) +
                      "</th><th scope=\"col\">" + t("col.completed", lang) +
                      "</th><th scope=\"col\">" + t("col.in_progress", lang) +
                      "</th><th scope=\"col\">" + t("stats.note", lang) +
                      "</th></tr></thead><tbody>\n";
    for (const CountsRow& r : rows) {
        std::string note;
        if (!r.begun)
            note = t("web.ita.stats.not_yet", lang);
        else if (r.counts.received == 0)
            note = t(empty_key, lang);
        out += "<tr><td>" + html_escape(r.label) + "</td><td class=\"n\">" +
               std::to_string(r.counts.received) + "</td><td class=\"n\">" +
               std::to_string(r.counts.completed) + "</td><td class=\"n\">" +
               std::to_string(r.counts.in_progress) + "</td><td>" + note + "</td></tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string block(std::string_view heading_html, std::string_view table_html) {
    return "<div class=\"block\">" + std::string(heading_html) + std::string(table_html) + "</div>\n";
}

std::string document(ItaPage page, const ItaPageInput& in, std::string_view title,
                     std::string_view body) {
    const auto l = in.lang;
    const auto other = l == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
    const int fy = in.report->fiscal_year_be;
    const std::string period = i18n::format(
        i18n::tr("web.ita.period", l),
        {std::to_string(fy), i18n::date_text(domain::fiscal_year_start(fy), l),
         i18n::date_text(domain::fiscal_year_end(fy), l)});
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::lang_id(l)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" +
                      html_escape(title) + " · " + html_escape(municipality(in)) +
                      "</title>\n<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
    out += "<header><p class=\"org\">" + html_escape(municipality(in)) + "</p><p>" +
           html_escape(period) + "</p>";
    if (in.other_lang) {
        ItaPageInput o = in;
        o.lang = other;
        out += "<p><a href=\"" + href(page, o) + "\" hreflang=\"" +
               std::string(i18n::lang_id(other)) + "\" lang=\"" +
               std::string(i18n::lang_id(other)) + "\">" + t("web.ita.other_lang", l) + "</a></p>";
    }
    out += "</header>\n";
    if (page != ItaPage::index)
        out += "<nav><a href=\"" + href(ItaPage::index, in) + "\">" + t("web.ita.home", l) +
               "</a></nav>\n";
    out += "<main>\n<h1>" + html_escape(title) + "</h1>\n" + std::string(body) + "</main>\n";
    out += "<footer><p>" +
           html_escape(i18n::format(i18n::tr("web.ita.published_by", l), {municipality(in)})) +
           " · " + drawn_at_html(in) + "</p></footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace siang::web::ita
