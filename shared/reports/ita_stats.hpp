// ITA disclosure statistics: received / completed / in-progress counts per fiscal period (SPEC §6).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "i18n/catalog.hpp"
#include "store/stats_row.hpp"
#include "store/store.hpp"

namespace siang::reports {

struct Counts {
    std::int64_t received = 0;     // filed in the period
    std::int64_t completed = 0;    // of those, resolved, rejected or forwarded by now
    std::int64_t in_progress = 0;  // of those, still open
};

struct Breakdown {
    std::string key;  // kind id, service code or division code ("" = none)
    std::string name_th;
    std::string name_en;
    Counts counts;
};

struct PeriodStats {
    std::string id;  // "FY2569", "H1", "H2", "Q1".."Q4", "2568-10".."2569-09" (BE months)
    std::string name_th;
    std::string name_en;
    std::chrono::year_month first;  // CE months, inclusive
    std::chrono::year_month last;
    Counts total;
    std::vector<Breakdown> by_kind;      // all four kinds, always, zeros included
    std::vector<Breakdown> by_service;   // every catalogue service (+ "no service" if any)
    std::vector<Breakdown> by_division;  // every division (+ "no division" if any)
    // E-service requests only, by catalogue service (the ITA's e-service statistics): by_service
    // above also counts complaints and suggestions that name a service.
    std::vector<Breakdown> eservice_by_service;
};

struct ItaReport {
    int fiscal_year_be = 0;
    std::vector<PeriodStats> periods;  // fiscal year, two halves, four quarters, twelve months
    // The (CE) month of this fiscal year whose corruption complaints the counts leave out, because
    // the viewer may not see them and the month is still in progress; every output says so.
    std::optional<std::chrono::year_month> corruption_withheld;
};

// Builds the report for fiscal year `fy_be` from the store's grouped counts (rows outside the
// year are ignored).
// Corruption complaints appear only as numbers: in the totals and by kind, never by service or
// division, so no breakdown narrows them down to a handful of people.
ItaReport build_ita_report(int fy_be, std::span<const store::StatsRow> counts,
                           const domain::Directory& dir);

// Builds the report of fiscal year `fy_be` from store.stats_rows through `viewer` at `now` (zero:
// the system clock), and records in corruption_withheld the month whose corruption complaints the
// store left out for that viewer (store::corruption_month_withheld) when it lies in the year.
// Every front end builds its report here, so none can forget the note. Errors: the store's.
Result<ItaReport> load_ita_report(store::Store& store, const store::Viewer& viewer, int fy_be,
                                  const domain::Directory& dir, domain::TimePoint now = {});

// Whether period `p` of `report` contains the withheld month, so its figures lack those cases.
bool lacks_withheld(const ItaReport& report, const PeriodStats& p);

// The period's name in `lang`, with " *" when it lacks the withheld month's corruption complaints.
std::string period_label(const ItaReport& report, const PeriodStats& p, i18n::Lang lang);

// The footnote explaining the " *" marks, naming the withheld month, in `lang`; "" when nothing
// was withheld.
std::string withheld_note(const ItaReport& report, i18n::Lang lang);

}  // namespace siang::reports
