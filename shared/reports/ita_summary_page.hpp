// A printable one-file HTML summary of the ITA statistics, for the notice board and the website.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::reports {

// The page as HTML (A4, print styles, Thai fonts by name; no scripts, no external files).
// `municipality` heads the page; `generated_on` is the date line ("25 พ.ย. 2569").
std::string ita_summary_html(const ItaReport& report, std::string_view municipality,
                             std::string_view generated_on, i18n::Lang lang);

// Writes the page into `file`, which the caller commits (export_ita_report). Errors: io_error.
Result<void> write_ita_summary_page(const ItaReport& report, std::string_view municipality,
                                    std::string_view generated_on, OutputFile& file,
                                    i18n::Lang lang);

// Escapes & < > " ' for HTML text and attributes.
std::string html_escape(std::string_view s);

}  // namespace siang::reports
