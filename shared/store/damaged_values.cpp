// Finding stored values the program does not know, for check() and a migration that refuses them.
#include "domain/case_number.hpp"
#include "store/store_impl.hpp"

namespace siang::store {

namespace {

bool has_column(SqliteDb& db, std::string_view table, std::string_view column) {
    auto st = Statement::prepare(db.get(), "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
    if (!st) return false;
    st->bind_all(table, column);
    auto row = st->step();
    return row && *row;
}

}  // namespace

Result<std::vector<std::string>> find_damaged_values(SqliteDb& db) {
    static constexpr std::array<domain::Register, 2> registers{domain::Register::general,
                                                               domain::Register::corruption};
    std::string register_list = "(";
    for (const auto r : registers) {
        if (register_list.size() > 1) register_list += ',';
        ((register_list += '\'') += domain::register_id(r)) += '\'';
    }
    register_list += ')';
    // What the readers refuse (stored_kind, stored_status, stored_register, stored_date), as
    // SQL; date() gives back its argument only for a valid "YYYY-MM-DD". The lists are our own
    // constants, never input.
    struct Probe {
        std::string_view table, column;
        std::string where;
    };
    const std::vector<Probe> probes{
        {"cases", "kind", "coalesce(kind, '') NOT IN " + kind_list_sql(domain::all_kinds)},
        {"cases", "status", "coalesce(status, '') NOT IN " + status_list_sql(domain::all_statuses)},
        {"cases", "register", "coalesce(register, '') NOT IN " + register_list},
        {"cases", "due_date", "date(due_date) IS NOT due_date OR length(due_date) <> 10"},
        {"cases", "occurred_on",
         "occurred_on IS NOT NULL AND (date(occurred_on) IS NOT occurred_on OR "
         "length(occurred_on) <> 10)"},
        {"case_history", "status",
         "coalesce(status, '') NOT IN " + status_list_sql(domain::all_statuses)},
        {"users", "role", "coalesce(role, '') NOT IN " + role_list_sql()},
    };
    std::vector<std::string> out;
    for (const auto& p : probes) {
        // A store from before a column existed has nothing damaged in it.
        if (!has_column(db, p.table, p.column)) continue;
        auto st = Statement::prepare(db.get(), "SELECT id FROM " + std::string(p.table) +
                                                   " WHERE " + p.where + " ORDER BY id");
        if (!st) return std::unexpected(st.error());
        auto rows = st->for_each_row([&](const Statement& s) {
            out.push_back(std::string(p.table) + "." + std::string(p.column) + " row " +
                          std::to_string(s.column_int64(0)));
        });
        if (!rows) return std::unexpected(rows.error());
    }
    return out;
}

}  // namespace siang::store
