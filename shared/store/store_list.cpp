// The staff queue: one page, the streaming export walk and the statistics groups.
#include "store/case_filter_sql.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

Result<Page> Store::list(const Query& query, const Viewer& viewer) {
    const auto today_at = query.as_of.value_or(now_seconds());
    // One snapshot for the page and its total.
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    Page page;
    const auto sql = case_list_sql(query, viewer, today_at, true);
    auto st = impl_->statement(sql.sql);
    if (!st) return std::unexpected(st.error());
    sql.bind_to(**st);
    Result<void> readable;
    auto rows = (*st)->for_each_row([&](const Statement& s) {
        auto r = read_list_row(s);
        if (!r) {
            readable = std::unexpected(r.error());
            return false;
        }
        r->overdue = is_overdue(r->status, r->due_date, today_at);
        page.rows.push_back(std::move(*r));
        return true;
    });
    if (!rows) return std::unexpected(rows.error());
    if (!readable) return std::unexpected(readable.error());
    if (query.count_total) {
        const auto count = case_count_sql(query, viewer, today_at);
        auto cs = impl_->statement(count.sql);
        if (!cs) return std::unexpected(cs.error());
        count.bind_to(**cs);
        auto row = (*cs)->step();
        if (!row) return std::unexpected(row.error());
        page.total = static_cast<std::size_t>((*cs)->column_int64(0));
        (*cs)->reset();
    }
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return page;
}

Result<void> Store::for_each_case(const Query& query, const Viewer& viewer,
                                  const std::function<bool(const ListRow&)>& callback) {
    const auto today_at = query.as_of.value_or(now_seconds());
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    const auto sql = case_list_sql(query, viewer, today_at, false);
    // Not from the cache: the callback may call back into the store.
    auto st = Statement::prepare(impl_->db.get(), sql.sql);
    if (!st) return std::unexpected(st.error());
    sql.bind_to(*st);
    Result<void> readable;
    auto rows = st->for_each_row([&](const Statement& s) {
        auto r = read_list_row(s);
        if (!r) {
            readable = std::unexpected(r.error());
            return false;
        }
        r->overdue = is_overdue(r->status, r->due_date, today_at);
        return callback(*r);
    });
    if (!rows) return rows;
    if (!readable) return readable;
    return txn->commit();
}

Result<std::vector<StatsRow>> Store::stats_rows(std::chrono::year_month_day from,
                                                std::chrono::year_month_day to,
                                                const Viewer& viewer, domain::TimePoint now) {
    const auto end = std::chrono::year_month_day{std::chrono::sys_days{to} + std::chrono::days{1}};
    const auto withheld = corruption_month_withheld(viewer, now);
    // For a viewer who may see them nothing is withheld; the bound below is then never used.
    const auto month_started = local_midnight(withheld ? *withheld / 1 : from);
    // The local month is computed from Bangkok time (UTC+7). For a viewer who may not see
    // corruption complaints, their service and division are blanked in SQL so only the counts
    // per month and status reach the caller, and the month in progress is left out of them.
    // A damaged kind is not confidential here, so it reaches the read below and refuses the
    // whole result rather than being counted as anything.
    static const std::string confidential = confidential_kind_sql("c.kind");
    static const std::string sql =
        "SELECT CAST(strftime('%Y', c.filed_at + 25200, 'unixepoch') AS INTEGER) AS y, "
        "CAST(strftime('%m', c.filed_at + 25200, 'unixepoch') AS INTEGER) AS m, c.kind, "
        "CASE WHEN " +
        confidential +
        " AND NOT ? THEN '' ELSE c.service END AS s, "
        "CASE WHEN " +
        confidential +
        " AND NOT ? THEN '' ELSE c.division END AS d, "
        "c.status, count(*) FROM cases c WHERE c.filed_at >= ? AND c.filed_at < ? "
        "AND NOT (" +
        confidential +
        " AND NOT ? AND c.filed_at >= ?) "
        "GROUP BY y, m, c.kind, s, d, c.status ORDER BY y, m, c.kind, s, d, c.status";
    auto st = impl_->statement(sql);
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(viewer.may_see_confidential, viewer.may_see_confidential,
                    to_seconds(local_midnight(from)), to_seconds(local_midnight(end)),
                    viewer.may_see_confidential, to_seconds(month_started));
    std::vector<StatsRow> out;
    Result<void> readable;
    auto rows = (*st)->for_each_row([&](const Statement& s) {
        auto kind = stored_kind(s.column_text(2), "cases.kind");
        auto status = stored_status(s.column_text(5), "cases.status");
        if (!kind || !status) {
            readable = std::unexpected(!kind ? kind.error() : status.error());
            return false;
        }
        out.push_back(StatsRow{s.column_int(0), s.column_int(1), *kind, s.column_text(3),
                               s.column_text(4), *status, s.column_int64(6)});
        return true;
    });
    if (!rows) return std::unexpected(rows.error());
    if (!readable) return std::unexpected(readable.error());
    return out;
}

std::optional<std::chrono::year_month> corruption_month_withheld(const Viewer& viewer,
                                                                 domain::TimePoint now) {
    if (viewer.may_see_confidential) return std::nullopt;
    const auto today = domain::local_date(now == domain::TimePoint{} ? now_seconds() : now);
    return today.year() / today.month();
}

}  // namespace siang::store
