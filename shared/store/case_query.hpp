// The staff queue's query (filters, search, sort, paging) and the rows it returns.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/case_number.hpp"
#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::store {

enum class Sort {
    newest,       // most recently filed first
    oldest,       // first filed first
    due_soonest,  // earliest due date first (most overdue at the top); fastest with
                  // overdue_only or broad filters, as it walks the due dates in order
};

struct Query {
    std::optional<domain::Kind> kind;
    std::optional<domain::Status> status;
    std::optional<std::string> division;              // division code
    std::optional<std::string> service;               // service code
    std::optional<std::chrono::year_month_day> from;  // Bangkok local filing date, inclusive
    std::optional<std::chrono::year_month_day> to;    // Bangkok local filing date, inclusive
    bool overdue_only = false;  // open (received/in_review/in_progress) and past the due date
    std::string search;         // free text; Thai is segmented into words, each a prefix term
    Sort sort = Sort::newest;
    int limit = 50;
    int offset = 0;
    bool count_total = false;  // COUNT(*) costs a scan; only when the screen shows a total
    // "Today" for overdue; empty = the system clock (tests pass a fixed instant).
    std::optional<domain::TimePoint> as_of;
};

// One line of the queue.
struct ListRow {
    domain::CaseNumber number;
    domain::Kind kind = domain::Kind::suggestion;
    std::string service;
    std::string division;
    std::string subject;
    domain::Status status = domain::Status::received;
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};
    bool overdue = false;
};

struct Page {
    std::vector<ListRow> rows;
    std::optional<std::size_t> total;  // set only when Query::count_total
};

}  // namespace siang::store
