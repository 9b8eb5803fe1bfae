// Failed staff logins kept for the back-off, with their audit rows.
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

Result<std::vector<domain::TimePoint>> failure_times(Store::Impl& impl, std::string_view sql,
                                                     std::string_view who,
                                                     domain::TimePoint since) {
    auto st = impl.statement(sql);
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(who, to_seconds(since));
    std::vector<domain::TimePoint> out;
    auto rows = (*st)->for_each_row(
        [&](const Statement& s) { out.push_back(from_seconds(s.column_int64(0))); });
    if (!rows) return std::unexpected(rows.error());
    return out;
}

}  // namespace

Result<LoginFailures> Store::login_failures(std::string_view username, std::string_view source,
                                            domain::TimePoint since) {
    auto user = failure_times(
        *impl_, "SELECT at FROM login_failures WHERE username = ? AND at >= ?", username, since);
    if (!user) return std::unexpected(user.error());
    auto from = failure_times(*impl_, "SELECT at FROM login_failures WHERE source = ? AND at >= ?",
                              source, since);
    if (!from) return std::unexpected(from.error());
    return LoginFailures{std::move(*user), std::move(*from)};
}

Result<void> Store::record_login_failure(std::string_view username, std::string_view source,
                                         domain::TimePoint at, std::string_view audit_detail,
                                         domain::TimePoint forget_before) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto old = impl_->statement("DELETE FROM login_failures WHERE at < ?");
    if (!old) return std::unexpected(old.error());
    (*old)->bind_all(to_seconds(forget_before));
    if (auto r = (*old)->run(); !r) return r;
    auto ins = impl_->statement("INSERT INTO login_failures(username, source, at) VALUES(?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(username, source, to_seconds(at));
    if (auto r = (*ins)->run(); !r) return r;
    if (auto r = impl_->audit(now_seconds(), username, "login_failed", username, audit_detail); !r)
        return r;
    return txn->commit();
}

Result<void> Store::clear_login_failures(std::string_view username) {
    auto del = impl_->statement("DELETE FROM login_failures WHERE username = ?");
    if (!del) return std::unexpected(del.error());
    (*del)->bind_all(username);
    return (*del)->run();
}

}  // namespace siang::store
