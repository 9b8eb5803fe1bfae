// Help requests from kiosks: recorded by the kiosk, listed and acknowledged by the console.
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

Result<std::int64_t> Store::add_help_request(std::string_view kiosk_name, domain::TimePoint at,
                                             std::string_view screen) {
    if (kiosk_name.empty()) return fail(Errc::internal, "empty kiosk name");
    const auto when = at == domain::TimePoint{} ? now_seconds() : at;
    if (screen.empty()) screen = "";  // bound as '' (NOT NULL), never as NULL from a null view
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto ins = impl_->statement("INSERT INTO help_requests(kiosk, at, screen) VALUES(?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(kiosk_name, to_seconds(when), screen);
    if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
    const std::int64_t id = sqlite3_last_insert_rowid(impl_->db.get());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return id;
}

Result<std::vector<HelpRequest>> Store::open_help_requests() {
    // A plain read outside any transaction: the console polls this every few seconds and must
    // never hold a lock between polls.
    auto st = impl_->statement(
        "SELECT id, kiosk, at, screen FROM help_requests WHERE acknowledged_at IS NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    std::vector<HelpRequest> out;
    auto walked = (*st)->for_each_row([&](const Statement& s) {
        out.push_back({s.column_int64(0), s.column_text(1), from_seconds(s.column_int64(2)),
                       s.column_text(3)});
    });
    if (!walked) return std::unexpected(walked.error());
    return out;
}

Result<void> Store::acknowledge_help_request(std::int64_t id, std::string_view actor,
                                             domain::TimePoint at, std::string_view audit_detail) {
    const auto when = at == domain::TimePoint{} ? now_seconds() : at;
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto upd = impl_->statement(
        "UPDATE help_requests SET acknowledged_at = ?, acknowledged_by = ? "
        "WHERE id = ? AND acknowledged_at IS NULL");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(to_seconds(when), actor, id);
    if (auto r = (*upd)->run(); !r) return r;
    // Someone else may have acknowledged it a moment earlier: that is not an error.
    if (sqlite3_changes(impl_->db.get()) == 0) return {};
    if (auto r = impl_->audit(when, actor, "acknowledge_help", std::to_string(id), audit_detail);
        !r)
        return r;
    return txn->commit();
}

Result<bool> Store::help_request_acknowledged(std::int64_t id) {
    // A plain read like open_help_requests: polled every few seconds, never holding a lock.
    auto st =
        impl_->statement("SELECT acknowledged_at IS NOT NULL FROM help_requests WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(id);
    std::optional<bool> seen;
    auto walked = (*st)->for_each_row([&](const Statement& s) { seen = s.column_int64(0) != 0; });
    if (!walked) return std::unexpected(walked.error());
    if (!seen) return fail(Errc::not_found, "help request " + std::to_string(id));
    return *seen;
}

Result<bool> Store::help_request_acknowledged(std::int64_t id, std::string_view kiosk_name) {
    auto st = impl_->statement(
        "SELECT acknowledged_at IS NOT NULL FROM help_requests WHERE id = ? AND kiosk = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(id, kiosk_name);
    std::optional<bool> seen;
    auto walked = (*st)->for_each_row([&](const Statement& s) { seen = s.column_int64(0) != 0; });
    if (!walked) return std::unexpected(walked.error());
    if (!seen) return fail(Errc::not_found, "help request " + std::to_string(id));
    return *seen;
}

}  // namespace siang::store
