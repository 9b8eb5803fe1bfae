// The queue view's state (filters, search, sort, page, selection) and the store query it makes.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "office/console/office_client.hpp"
#include "store/store.hpp"

namespace siang::office {

// What the staff member has chosen to narrow the queue to; empty means "all".
struct QueueFilters {
    std::optional<domain::Kind> kind;
    std::optional<domain::Status> status;
    std::optional<std::string> division;
    std::optional<std::string> service;
    std::optional<std::chrono::year_month_day> from;  // local filing date, inclusive
    std::optional<std::chrono::year_month_day> to;
    bool overdue_only = false;
    std::string search;  // Thai or English words; the store segments Thai

    bool operator==(const QueueFilters&) const = default;
};

// Pages of 50 rows fetched on demand: at 1,000,000 records only one page is ever in memory, and
// the store walks an index in the page's order (no COUNT, no full sort).
class QueueModel {
  public:
    static constexpr int page_size = 50;

    const QueueFilters& filters() const { return filters_; }
    // New filters start again at the first page, first row.
    void set_filters(const QueueFilters& f);
    store::Sort sort() const { return sort_; }
    void set_sort(store::Sort s);

    // The store query for the current page: one extra row tells whether a next page exists.
    store::Query query(std::optional<domain::TimePoint> as_of = {}) const;

    // Fetches the current page through `viewer` (role filtering happens in the store's SQL).
    Result<void> refresh(OfficeClient& client, const store::Viewer& viewer,
                         std::optional<domain::TimePoint> as_of = {});
    // True after a change of filters, sort or page until the next refresh().
    bool stale() const { return stale_; }
    // True when the page must be fetched again: stale(), or `changes` (the store's
    // case_changes()) moved since the page was fetched, by this console or another process.
    bool out_of_date(std::int64_t changes) const { return stale_ || changes != loaded_changes_; }

    const std::vector<store::ListRow>& rows() const { return rows_; }
    int page() const { return page_; }
    bool has_next_page() const { return has_next_; }
    void next_page();
    void previous_page();

    // Keyboard selection (j/k, arrows); clamped to the page's rows.
    int selected() const { return selected_; }
    void select(int row);
    void move_selection(int delta);
    std::optional<domain::CaseNumber> selected_case() const;

  private:
    QueueFilters filters_;
    store::Sort sort_ = store::Sort::newest;
    int page_ = 0;
    int selected_ = 0;
    bool stale_ = true;
    std::int64_t loaded_changes_ = -1;  // the store's case_changes() when rows_ were fetched
    bool has_next_ = false;
    std::vector<store::ListRow> rows_;
};

}  // namespace siang::office
