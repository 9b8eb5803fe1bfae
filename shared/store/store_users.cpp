// Staff accounts: add, find, update, list. Password hashes arrive already hashed.
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

constexpr std::string_view user_columns =
    "SELECT id, username, display_name, role, password_hash, disabled, created_at FROM users";

UserRecord read_user(const Statement& s) {
    return UserRecord{s.column_int64(0),
                      s.column_text(1),
                      s.column_text(2),
                      s.column_text(3),
                      s.column_text(4),
                      s.column_int(5) != 0,
                      from_seconds(s.column_int64(6))};
}

// The audit detail of an account change: never the password hash.
std::string user_detail(const UserRecord& u) {
    return "role=" + u.role + (u.disabled ? " disabled" : "");
}

}  // namespace

Result<std::int64_t> Store::add_user(const UserRecord& user, std::string_view actor) {
    if (user.username.empty()) return fail(Errc::invalid_username, "");
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto taken = impl_->statement("SELECT 1 FROM users WHERE username = ?");
    if (!taken) return std::unexpected(taken.error());
    (*taken)->bind_all(user.username);
    auto exists = (*taken)->step();
    (*taken)->reset();
    if (!exists) return std::unexpected(exists.error());
    if (*exists) return fail(Errc::username_taken, user.username);

    const auto created = user.created_at == domain::TimePoint{} ? now_seconds() : user.created_at;
    auto ins = impl_->statement(
        "INSERT INTO users(username, display_name, role, password_hash, disabled, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    (*ins)->bind_all(user.username, user.display_name, user.role, user.password_hash, user.disabled,
                     to_seconds(created));
    if (auto r = (*ins)->run(); !r) return std::unexpected(r.error());
    const std::int64_t id = sqlite3_last_insert_rowid(impl_->db.get());
    if (auto r = impl_->audit(now_seconds(), actor, "add_user", user.username, user_detail(user));
        !r)
        return std::unexpected(r.error());
    if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    return id;
}

Result<UserRecord> Store::find_user(std::string_view username) {
    auto st = impl_->statement(std::string(user_columns) + " WHERE username = ?");
    if (!st) return std::unexpected(st.error());
    (*st)->bind_all(username);
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::not_found, std::string(username));
    auto user = read_user(**st);
    (*st)->reset();
    return user;
}

Result<void> Store::update_user(const UserRecord& user, std::string_view actor) {
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto upd = impl_->statement(
        "UPDATE users SET display_name = ?, role = ?, password_hash = ?, disabled = ? "
        "WHERE username = ?");
    if (!upd) return std::unexpected(upd.error());
    (*upd)->bind_all(user.display_name, user.role, user.password_hash, user.disabled,
                     user.username);
    if (auto r = (*upd)->run(); !r) return r;
    if (sqlite3_changes(impl_->db.get()) == 0) return fail(Errc::not_found, user.username);
    if (auto r =
            impl_->audit(now_seconds(), actor, "update_user", user.username, user_detail(user));
        !r)
        return r;
    return txn->commit();
}

Result<std::vector<UserRecord>> Store::list_users() {
    auto st = impl_->statement(std::string(user_columns) + " ORDER BY username");
    if (!st) return std::unexpected(st.error());
    std::vector<UserRecord> out;
    auto rows = (*st)->for_each_row([&](const Statement& s) { out.push_back(read_user(s)); });
    if (!rows) return std::unexpected(rows.error());
    return out;
}

}  // namespace siang::store
