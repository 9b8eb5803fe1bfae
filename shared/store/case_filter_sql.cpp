// The queue query: filters, confidential exclusion, search and sort as one SELECT.
#include "store/case_filter_sql.hpp"

#include "store/fts_match.hpp"
#include "store/store_impl.hpp"

namespace siang::store {

namespace {

constexpr std::string_view list_columns =
    "SELECT c.fiscal_year, c.sequence, c.kind, c.service, c.division, c.subject, c.status, "
    "c.filed_at, c.due_date, c.register, c.id FROM ";

// How the SELECT finds its rows; chosen here rather than left to statistics, which a growing
// kiosk database mostly lacks.
enum class Drive {
    by_filed_at,  // a filter's (column, filed_at) index, or cases_by_filed_at, walked in order
    by_due_date,  // cases_by_due (or, for overdue only, the open-items partial index) walked
                  // in due order, filters checked per row: INDEXED BY, because a filter's own
                  // index looks cheaper to the planner and then every match must be sorted
    by_search,    // FTS5 drives: matches walked by rowid, which follows filing order
    for_count,    // no order: any index may serve
};

Drive choose_drive(const Query& q, bool searching, bool counting) {
    if (counting) return Drive::for_count;
    if (q.sort == Sort::due_soonest) return Drive::by_due_date;
    return searching ? Drive::by_search : Drive::by_filed_at;
}

// FROM + WHERE shared by list and count.
void add_from_where(BoundSql& out, const Query& q, const Viewer& viewer, domain::TimePoint today_at,
                    Drive drive) {
    const std::string match = fts_match_expression(q.search);
    if (drive == Drive::by_due_date) {
        out.sql += q.overdue_only ? "cases c INDEXED BY cases_open_by_due"
                                  : "cases c INDEXED BY cases_by_due";
        // The matches become a set probed while walking the due dates.
        out.sql += match.empty()
                       ? " WHERE 1"
                       : " WHERE c.id IN (SELECT rowid FROM case_text WHERE case_text MATCH ?)";
    } else if (!match.empty()) {
        out.sql += "case_text t JOIN cases c ON c.id = t.rowid WHERE t.case_text MATCH ?";
    } else {
        out.sql += "cases c WHERE 1";
    }
    if (!match.empty()) out.params.emplace_back(match);
    auto equals = [&](std::string_view column, std::string value) {
        out.sql += " AND c.";
        out.sql += column;
        out.sql += " = ?";
        out.params.emplace_back(std::move(value));
    };
    // coalesce: a NULL kind is damage to report, not a row to leave out silently.
    if (!viewer.may_see_confidential)
        (out.sql += " AND NOT ") += confidential_kind_sql("coalesce(c.kind, '')");
    if (q.kind) equals("kind", std::string(domain::kind_id(*q.kind)));
    if (q.status) equals("status", std::string(domain::status_id(*q.status)));
    if (q.division) equals("division", *q.division);
    if (q.service) equals("service", *q.service);
    if (q.from) {
        out.sql += " AND c.filed_at >= ?";
        out.params.emplace_back(to_seconds(local_midnight(*q.from)));
    }
    if (q.to) {
        const auto next =
            std::chrono::year_month_day{std::chrono::sys_days{*q.to} + std::chrono::days{1}};
        out.sql += " AND c.filed_at < ?";
        out.params.emplace_back(to_seconds(local_midnight(next)));
    }
    if (q.overdue_only) {
        // Written exactly as the partial index cases_open_by_due is, so the planner can use it.
        out.sql += " AND c.status IN ";
        out.sql += open_status_sql;
        out.sql += " AND c.due_date < ?";
        out.params.emplace_back(date_text(domain::local_date(today_at)));
    }
}

}  // namespace

void BoundSql::bind_to(Statement& st) const {
    st.reset();
    int index = 0;
    for (const auto& p : params) std::visit([&](const auto& v) { st.bind(++index, v); }, p);
}

BoundSql case_list_sql(const Query& q, const Viewer& viewer, domain::TimePoint today_at,
                       bool paged) {
    const bool searching = !fts_match_expression(q.search).empty();
    const Drive drive = choose_drive(q, searching, false);
    BoundSql out;
    out.sql = list_columns;
    add_from_where(out, q, viewer, today_at, drive);
    const bool newest = q.sort == Sort::newest;
    switch (drive) {
        case Drive::by_search:
            out.sql += newest ? " ORDER BY t.rowid DESC" : " ORDER BY t.rowid ASC";
            break;
        case Drive::by_filed_at:
            out.sql += newest ? " ORDER BY c.filed_at DESC, c.id DESC"
                              : " ORDER BY c.filed_at ASC, c.id ASC";
            break;
        case Drive::by_due_date:
        case Drive::for_count:
            out.sql += " ORDER BY c.due_date ASC, c.id ASC";
            break;
    }
    if (paged) {
        out.sql += " LIMIT ? OFFSET ?";
        out.params.emplace_back(std::int64_t{q.limit < 0 ? 0 : q.limit});
        out.params.emplace_back(std::int64_t{q.offset < 0 ? 0 : q.offset});
    }
    return out;
}

BoundSql case_count_sql(const Query& q, const Viewer& viewer, domain::TimePoint today_at) {
    BoundSql out;
    out.sql = "SELECT count(*) FROM ";
    add_from_where(out, q, viewer, today_at, Drive::for_count);
    return out;
}

Result<ListRow> read_list_row(const Statement& st) {
    const std::int64_t id = st.column_int64(10);
    auto book = stored_register(st.column_text(9), "cases.register", id);
    if (!book) return std::unexpected(book.error());
    auto kind = stored_kind(st.column_text(2), "cases.kind", id);
    if (!kind) return std::unexpected(kind.error());
    auto status = stored_status(st.column_text(6), "cases.status", id);
    if (!status) return std::unexpected(status.error());
    auto due = stored_date(st.column_text(8), "cases.due_date", id);
    if (!due) return std::unexpected(due.error());
    ListRow r;
    r.number = domain::CaseNumber{st.column_int(0), st.column_int(1), *book};
    r.kind = *kind;
    r.service = st.column_text(3);
    r.division = st.column_text(4);
    r.subject = st.column_text(5);
    r.status = *status;
    r.filed_at = from_seconds(st.column_int64(7));
    r.due_date = *due;
    return r;
}

}  // namespace siang::store
