// Transaction guard: BEGIN on construction, ROLLBACK in the destructor unless committed.
#pragma once

#include "core/error.hpp"
#include "store/sqlite_db.hpp"

namespace siang::store {

class Transaction {
  public:
    // immediate: BEGIN IMMEDIATE, taking the write lock now (waiting up to the busy timeout)
    // so a write never fails half-way on a lock; otherwise a deferred read transaction.
    static Result<Transaction> begin(SqliteDb& db, bool immediate = true);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    // COMMIT; with synchronous=FULL the data is on disk when this returns.
    Result<void> commit();

  private:
    explicit Transaction(SqliteDb& db) : db_(&db) {}
    SqliteDb* db_;
    bool active_ = true;
};

}  // namespace siang::store
