// Writing the ITA statistics workbook with libxlsxwriter.
#include "reports/ita_xlsx.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <memory>

#include "core/output_file.hpp"

namespace siang::reports {
namespace {

// workbook_close() both writes and frees; a workbook never closed is freed without writing.
struct WorkbookCloser {
    void operator()(lxw_workbook* wb) const {
        if (wb) workbook_close(wb);
    }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookCloser>;

const std::string& name_in(const Breakdown& b, i18n::Lang lang) {
    return lang == i18n::Lang::th ? b.name_th : b.name_en;
}

void write_sheet(lxw_workbook* wb, const ItaReport& r, const char* sheet_key,
                 const std::vector<Breakdown> PeriodStats::*list, i18n::Lang lang,
                 lxw_format* heading, lxw_format* bold) {
    std::string sheet_name(i18n::tr(sheet_key, lang));
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    worksheet_freeze_panes(ws, 2, 1);
    const std::string received(i18n::tr("col.received", lang));
    const std::string completed(i18n::tr("col.completed", lang));
    const std::string in_progress(i18n::tr("col.in_progress", lang));
    lxw_col_t col = 1;
    for (const PeriodStats& p : r.periods) {
        worksheet_merge_range(ws, 0, col, 0, static_cast<lxw_col_t>(col + 2),
                              period_label(r, p, lang).c_str(), heading);
        worksheet_write_string(ws, 1, col, received.c_str(), bold);
        worksheet_write_string(ws, 1, col + 1, completed.c_str(), bold);
        worksheet_write_string(ws, 1, col + 2, in_progress.c_str(), bold);
        worksheet_set_column(ws, col, static_cast<lxw_col_t>(col + 2), 12, nullptr);
        const auto& items = p.*list;
        lxw_row_t row = 2;
        for (const Breakdown& b : items) {
            if (col == 1) worksheet_write_string(ws, row, 0, name_in(b, lang).c_str(), nullptr);
            worksheet_write_number(ws, row, col, static_cast<double>(b.counts.received), nullptr);
            worksheet_write_number(ws, row, col + 1, static_cast<double>(b.counts.completed),
                                   nullptr);
            worksheet_write_number(ws, row, col + 2, static_cast<double>(b.counts.in_progress),
                                   nullptr);
            ++row;
        }
        if (col == 1)
            worksheet_write_string(ws, row, 0, std::string(i18n::tr("col.total", lang)).c_str(),
                                   bold);
        worksheet_write_number(ws, row, col, static_cast<double>(p.total.received), bold);
        worksheet_write_number(ws, row, col + 1, static_cast<double>(p.total.completed), bold);
        worksheet_write_number(ws, row, col + 2, static_cast<double>(p.total.in_progress), bold);
        col = static_cast<lxw_col_t>(col + 3);
    }
    // Under the table, on every sheet, so no sheet copied on its own loses it.
    if (const std::string note = withheld_note(r, lang); !note.empty()) {
        const auto below = static_cast<lxw_row_t>(2 + (r.periods.front().*list).size() + 2);
        worksheet_write_string(ws, below, 0, std::string(i18n::tr("stats.note", lang)).c_str(),
                               bold);
        worksheet_write_string(ws, below + 1, 0, note.c_str(), nullptr);
    }
}

}  // namespace

Result<void> write_ita_xlsx(const ItaReport& report, OutputFile& file, i18n::Lang lang) {
    const std::string& path = file.path();
    // libxlsxwriter writes by name: it truncates the private temporary and keeps its mode.
    Workbook wb(workbook_new(file.temp_path().c_str()));
    if (!wb) return fail(Errc::io_error, path);
    lxw_format* heading = workbook_add_format(wb.get());
    format_set_bold(heading);
    format_set_align(heading, LXW_ALIGN_CENTER);
    format_set_bg_color(heading, 0xDDEBF7);
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    write_sheet(wb.get(), report, "stats.by_kind", &PeriodStats::by_kind, lang, heading, bold);
    write_sheet(wb.get(), report, "stats.by_service", &PeriodStats::by_service, lang, heading,
                bold);
    write_sheet(wb.get(), report, "stats.by_division", &PeriodStats::by_division, lang, heading,
                bold);
    lxw_error err = workbook_close(wb.release());
    if (err != LXW_NO_ERROR) return fail(Errc::io_error, path + ": " + lxw_strerror(err));
    return {};
}

}  // namespace siang::reports
