// Private to siang_store: builds the queue's SELECT from constant fragments plus bound values.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "store/case_query.hpp"
#include "store/sqlite_statement.hpp"
#include "store/viewer.hpp"

namespace siang::store {

// SQL text and the values for its "?" placeholders, in order. No value is ever in `sql`.
struct BoundSql {
    std::string sql;
    std::vector<std::variant<std::int64_t, std::string>> params;

    // Binds params to a statement prepared from sql.
    void bind_to(Statement& st) const;
};

// The columns of ListRow, in the order read_list_row() expects.
// `paged`: add LIMIT/OFFSET from the query; otherwise every row.
BoundSql case_list_sql(const Query& q, const Viewer& viewer, domain::TimePoint today_at,
                       bool paged);

// SELECT count(*) over the same filters.
BoundSql case_count_sql(const Query& q, const Viewer& viewer, domain::TimePoint today_at);

// Reads the current row of a statement from case_list_sql(); store_damaged_value (the row's
// kind, status, register or due date is not one the program knows) refuses it.
Result<ListRow> read_list_row(const Statement& st);

}  // namespace siang::store
