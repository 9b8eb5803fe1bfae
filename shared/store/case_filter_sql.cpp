// The queue query: filters, confidential exclusion, search and sort as one SELECT.
#include "store/case_filter_sql.hpp"

#include "store/fts_match.hpp"
#include "store/store_impl.hpp"

namespace siang::store {

namespace {

constexpr std::string_view list_columns =
    "SELECT c.fiscal_year, c.sequence, c.kind, c.service, c.division, c.subject, c.status, "
    "c.filed_at, c.due_date FROM ";

// FROM + WHERE shared by list and count. With a search, the FTS table drives the join so that
// "newest first" walks the matches backwards by rowid and stops after one page.
void add_from_where(BoundSql& out, const Query& q, const Viewer& viewer,
                    domain::TimePoint today_at) {
    const std::string match = fts_match_expression(q.search);
    if (!match.empty()) {
        out.sql += "case_text t JOIN cases c ON c.id = t.rowid WHERE t.case_text MATCH ?";
        out.params.emplace_back(match);
    } else {
        out.sql += "cases c WHERE 1";
    }
    if (!viewer.may_see_confidential) out.sql += " AND c.kind <> 'corruption'";
    if (q.kind) {
        out.sql += " AND c.kind = ?";
        out.params.emplace_back(std::string(domain::kind_id(*q.kind)));
    }
    if (q.status) {
        out.sql += " AND c.status = ?";
        out.params.emplace_back(std::string(domain::status_id(*q.status)));
    }
    if (q.division) {
        out.sql += " AND c.division = ?";
        out.params.emplace_back(*q.division);
    }
    if (q.service) {
        out.sql += " AND c.service = ?";
        out.params.emplace_back(*q.service);
    }
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
    BoundSql out;
    out.sql = list_columns;
    add_from_where(out, q, viewer, today_at);
    // With a search, ordering by the FTS rowid (the same number as c.id) lets FTS5 walk its
    // doclist in that order and stop after one page instead of sorting every match.
    const bool searching = !fts_match_expression(q.search).empty();
    switch (q.sort) {
        case Sort::newest:
            out.sql += searching ? " ORDER BY t.rowid DESC" : " ORDER BY c.id DESC";
            break;
        case Sort::oldest:
            out.sql += searching ? " ORDER BY t.rowid ASC" : " ORDER BY c.id ASC";
            break;
        case Sort::due_soonest:
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
    add_from_where(out, q, viewer, today_at);
    return out;
}

ListRow read_list_row(const Statement& st) {
    ListRow r;
    r.number = domain::CaseNumber{st.column_int(0), st.column_int(1)};
    r.kind = domain::parse_kind(st.column_text(2)).value_or(domain::Kind::suggestion);
    r.service = st.column_text(3);
    r.division = st.column_text(4);
    r.subject = st.column_text(5);
    r.status = domain::parse_status(st.column_text(6)).value_or(domain::Status::received);
    r.filed_at = from_seconds(st.column_int64(7));
    r.due_date = date_from_text(st.column_text(8));
    return r;
}

}  // namespace siang::store
