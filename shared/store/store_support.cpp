// Shared internals of the Store: statement cache, case lookup, numbering, codes, dates.
#include <fmt/format.h>

#include <utility>

#include "domain/case_number.hpp"
#include "store/store_impl.hpp"

namespace siang::store {

domain::TimePoint now_seconds() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

std::string date_text(std::chrono::year_month_day d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::optional<std::chrono::year_month_day> date_from_text(std::string_view s) {
    // Exactly the layout date_text writes; anything else is damage, not a date to guess at.
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int fields[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f)
        for (std::size_t i = starts[f]; i < starts[f] + lengths[f]; ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            fields[f] = fields[f] * 10 + (s[i] - '0');
        }
    const std::chrono::year_month_day d{std::chrono::year{fields[0]},
                                        std::chrono::month{static_cast<unsigned>(fields[1])},
                                        std::chrono::day{static_cast<unsigned>(fields[2])}};
    if (!d.ok()) return std::nullopt;
    return d;
}

namespace {

std::unexpected<Error> damaged(std::string_view column, std::optional<std::int64_t> row) {
    std::string where(column);
    if (row) where += " row " + std::to_string(*row);
    return fail(Errc::store_damaged_value, std::move(where));
}

template <class T>
std::string id_list_sql(std::span<const T> values, std::string_view (*id)(T)) {
    std::string out = "(";
    for (const T v : values) {
        if (out.size() > 1) out += ',';
        (out += '\'') += id(v);
        out += '\'';
    }
    return out + ")";
}

}  // namespace

Result<domain::Kind> stored_kind(std::string_view text, std::string_view column,
                                 std::optional<std::int64_t> row) {
    if (auto k = domain::parse_kind(text)) return *k;
    return damaged(column, row);
}

Result<domain::Status> stored_status(std::string_view text, std::string_view column,
                                     std::optional<std::int64_t> row) {
    if (auto s = domain::parse_status(text)) return *s;
    return damaged(column, row);
}

Result<domain::Register> stored_register(std::string_view text, std::string_view column,
                                         std::optional<std::int64_t> row) {
    if (auto r = domain::parse_register(text)) return *r;
    return damaged(column, row);
}

Result<std::chrono::year_month_day> stored_date(std::string_view text, std::string_view column,
                                                std::optional<std::int64_t> row) {
    if (auto d = date_from_text(text)) return *d;
    return damaged(column, row);
}

std::string kind_list_sql(std::span<const domain::Kind> kinds) {
    return id_list_sql(kinds, &domain::kind_id);
}

std::string status_list_sql(std::span<const domain::Status> statuses) {
    return id_list_sql(statuses, &domain::status_id);
}

std::string role_list_sql() {
    std::string out = "(";
    for (const std::string_view r : stored_roles) {
        if (out.size() > 1) out += ',';
        ((out += '\'') += r) += '\'';
    }
    return out + ")";
}

std::string confidential_kind_sql(std::string_view column) {
    return std::string(column) + " IN " + kind_list_sql(domain::confidential_kinds);
}

domain::TimePoint local_midnight(std::chrono::year_month_day d) {
    return domain::TimePoint{std::chrono::sys_days{d}.time_since_epoch()} - domain::bangkok_offset;
}

Result<Statement*> Store::Impl::statement(std::string_view sql) {
    const std::string key_text(sql);
    auto it = cache.find(key_text);
    if (it == cache.end()) {
        auto stmt = Statement::prepare(db.get(), sql, true);
        if (!stmt) return std::unexpected(stmt.error());
        it = cache.emplace(key_text, std::move(*stmt)).first;
    }
    it->second.reset();
    return &it->second;
}

Result<int> Store::Impl::next_sequence(domain::Register book, int fy_be) {
    // The counter row is updated under the write lock of the caller's IMMEDIATE transaction, so
    // two processes can never draw the same number, and a rolled-back filing returns its number.
    auto st = statement(
        "INSERT INTO case_counter(register, fiscal_year, last_sequence) VALUES(?, ?, 1) "
        "ON CONFLICT(register, fiscal_year) DO UPDATE SET last_sequence = last_sequence + 1 "
        "RETURNING last_sequence");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(domain::register_id(book), fy_be);
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    const int seq = (*st)->column_int(0);
    (*st)->reset();
    return seq;
}

Result<std::pair<domain::TrackingCode, domain::CodeHash>> Store::Impl::fresh_code() {
    auto st = statement("SELECT 1 FROM cases WHERE code_hash = ?");
    if (!st) return std::unexpected(st.error());
    // 10^11 codes: a collision is rare, but a duplicate would hand one citizen another's case.
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto code = code_source ? code_source() : domain::generate_tracking_code();
        auto hash = domain::hash_tracking_code(code, key);
        (*st)->bind_all(std::span<const std::uint8_t>(hash));
        auto taken = (*st)->step();
        (*st)->reset();
        if (!taken) return std::unexpected(taken.error());
        if (!*taken) return std::pair{code, hash};
    }
    return fail(Errc::store_failed, "no unused tracking code after 16 attempts");
}

void Store::set_code_source_for_screenshots(std::function<domain::TrackingCode()> next) {
    impl_->code_source = std::move(next);
}

Result<Store::Impl::CaseRef> Store::Impl::find_case(const domain::CaseNumber& number,
                                                    bool may_see_confidential) {
    // Every number of the corruption register is hidden from such a viewer: refused before the
    // store is read, so neither the answer nor the time it takes tells a taken number from a
    // free one.
    if (number.book == domain::Register::corruption && !may_see_confidential)
        return fail(Errc::not_found, number.str());
    auto st = statement(
        "SELECT id, kind, status FROM cases "
        "WHERE register = ? AND fiscal_year = ? AND sequence = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(domain::register_id(number.book), number.fiscal_year_be, number.sequence);
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::not_found, number.str());
    CaseRef ref;
    ref.id = (*st)->column_int64(0);
    auto kind = stored_kind((*st)->column_text(1), "cases.kind", ref.id);
    auto status = stored_status((*st)->column_text(2), "cases.status", ref.id);
    (*st)->reset();
    // Refused to every viewer: whether it was a corruption complaint cannot be told.
    if (!kind) return std::unexpected(kind.error());
    if (!status) return std::unexpected(status.error());
    ref.kind = *kind;
    ref.status = *status;
    // A hidden case is reported exactly like a missing one: its existence is not disclosed.
    if (domain::is_confidential(ref.kind) && !may_see_confidential)
        return fail(Errc::not_found, number.str());
    return ref;
}

}  // namespace siang::store
