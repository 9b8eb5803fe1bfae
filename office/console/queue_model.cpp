// Queue state → store query, and paging and selection over the fetched page.
#include "office/console/queue_model.hpp"

#include <algorithm>

namespace siang::office {

void QueueModel::set_filters(const QueueFilters& f) {
    if (f == filters_) return;
    filters_ = f;
    page_ = 0;
    selected_ = 0;
    stale_ = true;
}

void QueueModel::set_sort(store::Sort s) {
    if (s == sort_) return;
    sort_ = s;
    page_ = 0;
    selected_ = 0;
    stale_ = true;
}

store::Query QueueModel::query(std::optional<domain::TimePoint> as_of) const {
    store::Query q;
    q.kind = filters_.kind;
    q.status = filters_.status;
    q.division = filters_.division;
    q.service = filters_.service;
    q.from = filters_.from;
    q.to = filters_.to;
    q.overdue_only = filters_.overdue_only;
    q.search = filters_.search;
    q.sort = sort_;
    q.limit = page_size + 1;
    q.offset = page_ * page_size;
    q.as_of = as_of;
    return q;
}

Result<void> QueueModel::refresh(OfficeClient& client, const store::Viewer& viewer,
                                 std::optional<domain::TimePoint> as_of) {
    // The counter first: a change between it and the list is caught by the next out_of_date().
    auto changes = client.case_changes();
    if (!changes) return std::unexpected(changes.error());
    auto page = client.list(query(as_of), viewer);
    if (!page) return std::unexpected(page.error());
    loaded_changes_ = *changes;
    rows_ = std::move(page->rows);
    has_next_ = rows_.size() > static_cast<std::size_t>(page_size);
    if (has_next_) rows_.resize(page_size);
    stale_ = false;
    select(selected_);
    return {};
}

void QueueModel::next_page() {
    if (!has_next_) return;
    ++page_;
    selected_ = 0;
    stale_ = true;
}

void QueueModel::previous_page() {
    if (page_ == 0) return;
    --page_;
    selected_ = page_size - 1;
    stale_ = true;
}

void QueueModel::select(int row) {
    const int last = static_cast<int>(rows_.size()) - 1;
    selected_ = std::clamp(row, 0, std::max(last, 0));
}

void QueueModel::move_selection(int delta) {
    const int target = selected_ + delta;
    // Moving past the page's edge turns the page, as a long list would scroll.
    if (target >= static_cast<int>(rows_.size()) && has_next_) {
        next_page();
        return;
    }
    if (target < 0 && page_ > 0) {
        previous_page();
        return;
    }
    select(target);
}

std::optional<domain::CaseNumber> QueueModel::selected_case() const {
    if (rows_.empty() || stale_) return std::nullopt;
    return rows_[static_cast<std::size_t>(selected_)].number;
}

}  // namespace siang::office
