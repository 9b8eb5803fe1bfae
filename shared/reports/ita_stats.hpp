// ITA disclosure statistics: received / completed / in-progress counts per fiscal period (SPEC §6).
#pragma once

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "domain/directory.hpp"
#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "store/stats_row.hpp"

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
};

struct ItaReport {
    int fiscal_year_be = 0;
    std::vector<PeriodStats> periods;  // fiscal year, two halves, four quarters, twelve months
};

// Builds the report for fiscal year `fy_be` from the store's grouped counts (rows outside the
// year are ignored).
// Corruption complaints appear only as numbers: in the totals and by kind, never by service or
// division, so no breakdown narrows them down to a handful of people.
ItaReport build_ita_report(int fy_be, std::span<const store::StatsRow> counts,
                           const domain::Directory& dir);

}  // namespace siang::reports
