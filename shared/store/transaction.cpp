// BEGIN/COMMIT/ROLLBACK guard.
#include "store/transaction.hpp"

namespace siang::store {

Result<Transaction> Transaction::begin(SqliteDb& db, bool immediate) {
    auto r = db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!r) return std::unexpected(r.error());
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_), active_(other.active_) {
    other.active_ = false;
}

Transaction::~Transaction() {
    // A destructor cannot report: a ROLLBACK that failed leaves the transaction open, and the
    // connection's next BEGIN fails with that error.
    if (active_) (void)db_->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
    auto r = db_->exec("COMMIT");
    if (!r) return r;  // still active: the destructor rolls back
    active_ = false;
    return {};
}

}  // namespace siang::store
