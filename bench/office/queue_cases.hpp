// The queue pages and Thai searches the console benches time at 1,000,000 records (SPEC §10):
// office_bench through the store, staff_api_bench through the store and the office API.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "office/console/queue_model.hpp"

namespace siang::bench {

struct QueueCase {
    std::string name;
    std::function<void(office::QueueFilters&, store::Sort&)> set;
    int page = 0;
    bool confidential = false;
    const char* target = "<= 20";      // SPEC §10 in the store
    const char* api_target = "<= 30";  // and end to end over the office API
};

inline std::vector<QueueCase> queue_cases() {
    using F = office::QueueFilters;
    using S = store::Sort;
    return {
        {"queue: newest, no filter", [](F&, S&) {}},
        {"queue: newest, no filter (integrity)", [](F&, S&) {}, 0, true},
        {"queue: most overdue first", [](F&, S& sort) { sort = S::due_soonest; }},
        {"queue: overdue only, most overdue first",
         [](F& f, S& sort) {
             f.overdue_only = true;
             sort = S::due_soonest;
         }},
        {"queue: kind=complaint", [](F& f, S&) { f.kind = domain::Kind::complaint; }},
        {"queue: status=in_progress, oldest",
         [](F& f, S& sort) {
             f.status = domain::Status::in_progress;
             sort = S::oldest;
         }},
        {"queue: division=works, most overdue first",
         [](F& f, S& sort) {
             f.division = "works";
             sort = S::due_soonest;
         }},
        {"queue: service=waste + March 2026",
         [](F& f, S&) {
             f.service = "waste";
             f.from = std::chrono::year_month_day{std::chrono::year{2026} / 3 / 1};
             f.to = std::chrono::year_month_day{std::chrono::year{2026} / 3 / 31};
         }},
        {"queue: kind=corruption (integrity)", [](F& f, S&) { f.kind = domain::Kind::corruption; },
         0, true},
        {"queue: newest, page 20", [](F&, S&) {}, 19},
        {"search: ถนน", [](F& f, S&) { f.search = "ถนน"; }, 0, false, "<= 50", "<= 60"},
        {"search: ไฟฟ้าดับ", [](F& f, S&) { f.search = "ไฟฟ้าดับ"; }, 0, false, "<= 50", "<= 60"},
        {"search: ขยะ + kind=complaint",
         [](F& f, S&) {
             f.search = "ขยะ";
             f.kind = domain::Kind::complaint;
         },
         0, false, "<= 50", "<= 60"},
        {"search: สะพาน, most overdue first",
         [](F& f, S& sort) {
             f.search = "สะพาน";
             sort = S::due_soonest;
         },
         0, false, "<= 50", "<= 60"},
        {"search: ถนน, page 5", [](F& f, S&) { f.search = "ถนน"; }, 4, false, "<= 50", "<= 60"},
    };
}

}  // namespace siang::bench
