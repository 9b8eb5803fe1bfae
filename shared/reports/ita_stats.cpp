// Folding per-month case counts into the fiscal periods the ITA asks for.
#include "reports/ita_stats.hpp"

#include <algorithm>
#include <string>

#include "domain/thai_calendar.hpp"
#include "i18n/catalog.hpp"

namespace siang::reports {
namespace {

using std::chrono::month;
using std::chrono::months;
using std::chrono::year;
using std::chrono::year_month;

using i18n::Lang;

// Fiscal year BE N starts in October of CE year N - 544.
year_month fiscal_month(int fy_be, int index /*0 = October*/) {
    return year_month{year{fy_be - 544}, month{10}} + months{index};
}

void add(Counts& c, const store::StatsRow& row) {
    c.received += row.count;
    if (domain::counts_as_completed(row.status))
        c.completed += row.count;
    else
        c.in_progress += row.count;
}

Breakdown& find_or_add(std::vector<Breakdown>& list, const std::string& key) {
    for (auto& b : list)
        if (b.key == key) return b;
    Breakdown b;
    b.key = key;
    if (key.empty()) {
        b.name_th = "-";
        b.name_en = "-";
    }
    list.push_back(std::move(b));
    return list.back();
}

PeriodStats make_period(std::string id, std::string th, std::string en, year_month first,
                        year_month last, const domain::Directory& dir) {
    PeriodStats p{std::move(id), std::move(th), std::move(en), first, last, {}, {}, {}, {}, {}};
    for (domain::Kind k : domain::all_kinds) {
        std::string key = "kind." + std::string(domain::kind_id(k));
        p.by_kind.push_back({std::string(domain::kind_id(k)),
                             std::string(i18n::tr(key, Lang::th)),
                             std::string(i18n::tr(key, Lang::en)),
                             {}});
    }
    for (const auto& s : dir.services) p.by_service.push_back({s.code, s.name_th, s.name_en, {}});
    p.eservice_by_service = p.by_service;
    for (const auto& d : dir.divisions) p.by_division.push_back({d.code, d.name_th, d.name_en, {}});
    return p;
}

void label_none(std::vector<Breakdown>& list, std::string_view key) {
    for (auto& b : list)
        if (b.key.empty()) {
            b.name_th = i18n::tr(key, Lang::th);
            b.name_en = i18n::tr(key, Lang::en);
        }
}

}  // namespace

ItaReport build_ita_report(int fy_be, std::span<const store::StatsRow> counts,
                           const domain::Directory& dir) {
    ItaReport report{fy_be, {}, std::nullopt};
    const std::string fy = std::to_string(fy_be);
    auto& periods = report.periods;
    periods.push_back(make_period("FY" + fy,
                                  i18n::format(i18n::tr("period.fiscal_year", Lang::th), {fy}),
                                  i18n::format(i18n::tr("period.fiscal_year", Lang::en), {fy}),
                                  fiscal_month(fy_be, 0), fiscal_month(fy_be, 11), dir));
    periods.push_back(make_period("H1", i18n::format(i18n::tr("period.half1", Lang::th), {fy}),
                                  i18n::format(i18n::tr("period.half1", Lang::en), {fy}),
                                  fiscal_month(fy_be, 0), fiscal_month(fy_be, 5), dir));
    periods.push_back(make_period("H2", i18n::format(i18n::tr("period.half2", Lang::th), {fy}),
                                  i18n::format(i18n::tr("period.half2", Lang::en), {fy}),
                                  fiscal_month(fy_be, 6), fiscal_month(fy_be, 11), dir));
    for (int q = 0; q < 4; ++q) {
        std::string n = std::to_string(q + 1);
        periods.push_back(
            make_period("Q" + n, i18n::format(i18n::tr("period.quarter", Lang::th), {n, fy}),
                        i18n::format(i18n::tr("period.quarter", Lang::en), {n, fy}),
                        fiscal_month(fy_be, 3 * q), fiscal_month(fy_be, 3 * q + 2), dir));
    }
    for (int m = 0; m < 12; ++m) {
        year_month ym = fiscal_month(fy_be, m);
        int be = static_cast<int>(ym.year()) + 543;
        std::string mkey = "month." + std::to_string(static_cast<unsigned>(ym.month()));
        std::string id = std::to_string(be) + "-" +
                         (static_cast<unsigned>(ym.month()) < 10 ? "0" : "") +
                         std::to_string(static_cast<unsigned>(ym.month()));
        periods.push_back(make_period(
            id, std::string(i18n::tr(mkey, Lang::th)) + " " + std::to_string(be),
            std::string(i18n::tr(mkey, Lang::en)) + " " + std::to_string(be), ym, ym, dir));
    }

    for (const store::StatsRow& row : counts) {
        year_month ym{year{row.year}, month{static_cast<unsigned>(row.month)}};
        for (PeriodStats& p : periods) {
            if (ym < p.first || ym > p.last) continue;
            add(p.total, row);
            add(find_or_add(p.by_kind, std::string(domain::kind_id(row.kind))).counts, row);
            if (domain::is_confidential(row.kind)) continue;
            add(find_or_add(p.by_service, row.service).counts, row);
            if (row.kind == domain::Kind::eservice)
                add(find_or_add(p.eservice_by_service, row.service).counts, row);
            add(find_or_add(p.by_division, row.division).counts, row);
        }
    }
    for (PeriodStats& p : periods) {
        label_none(p.by_service, "stats.no_service");
        label_none(p.eservice_by_service, "stats.no_service");
        label_none(p.by_division, "stats.no_division");
    }
    return report;
}

Result<ItaReport> load_ita_report(store::Store& store, const store::Viewer& viewer, int fy_be,
                                  const domain::Directory& dir, domain::TimePoint now) {
    // One instant for both the rows and the note, so they agree across midnight of the 1st.
    if (now == domain::TimePoint{})
        now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    auto rows = store.stats_rows(domain::fiscal_year_start(fy_be), domain::fiscal_year_end(fy_be),
                                 viewer, now);
    if (!rows) return std::unexpected(rows.error());
    ItaReport report = build_ita_report(fy_be, *rows, dir);
    const auto withheld = store::corruption_month_withheld(viewer, now);
    if (withheld && *withheld >= fiscal_month(fy_be, 0) && *withheld <= fiscal_month(fy_be, 11))
        report.corruption_withheld = withheld;
    return report;
}

bool lacks_withheld(const ItaReport& report, const PeriodStats& p) {
    return report.corruption_withheld && *report.corruption_withheld >= p.first &&
           *report.corruption_withheld <= p.last;
}

std::string period_label(const ItaReport& report, const PeriodStats& p, Lang lang) {
    std::string name = lang == Lang::th ? p.name_th : p.name_en;
    if (lacks_withheld(report, p)) name += " *";
    return name;
}

std::string withheld_note(const ItaReport& report, Lang lang) {
    if (!report.corruption_withheld) return {};
    // Named as its month's period is, e.g. "พ.ย. 2569" / "Nov 2569".
    std::string month;
    for (const PeriodStats& p : report.periods)
        if (p.first == p.last && p.first == *report.corruption_withheld)
            month = lang == Lang::th ? p.name_th : p.name_en;
    return i18n::format(i18n::tr("stats.corruption_withheld", lang), {month});
}

}  // namespace siang::reports
