// RAII prepared statement (sqlite3_stmt*) with typed bind and column helpers.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/error.hpp"

namespace siang::store {

// Every value reaches SQL through bind(): SQL text is only ever built from constant fragments.
class Statement {
  public:
    // Prepares one statement. `persistent` hints SQLite that it will be reused many times.
    static Result<Statement> prepare(sqlite3* db, std::string_view sql, bool persistent = false);

    // Bind by 1-based parameter index. Text and blobs are copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bind(int index, std::nullopt_t);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // Binds the arguments to parameters 1, 2, … in order, after clearing the previous run.
    template <class... Args>
    Statement& bind_all(const Args&... args) {
        reset();
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances: true when a row is available, false when done. The first bind error, if any,
    // is reported here.
    Result<bool> step();
    // Steps to completion, ignoring rows, then resets (for INSERT/UPDATE/DELETE).
    Result<void> run();
    // Calls fn(*this) for every row until done, then resets. fn returns void, or bool where false
    // stops early.
    template <class Fn>
    Result<void> for_each_row(Fn&& fn) {
        for (;;) {
            auto row = step();
            if (!row) {
                reset();
                return std::unexpected(row.error());
            }
            if (!*row) break;
            if constexpr (std::is_same_v<decltype(fn(*this)), bool>) {
                if (!fn(*this)) break;
            } else {
                fn(*this);
            }
        }
        reset();
        return {};
    }
    // Rewinds and clears bindings so a cached statement can be reused.
    void reset();

    std::int64_t column_int64(int col) const;
    int column_int(int col) const;
    bool column_is_null(int col) const;
    std::string column_text(int col) const;
    std::vector<std::uint8_t> column_blob(int col) const;

    sqlite3_stmt* get() const { return stmt_.get(); }

  private:
    struct Finalize {
        void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
    };
    void note_bind(int rc);

    std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
    sqlite3* db_ = nullptr;
    int bind_rc_ = SQLITE_OK;
};

}  // namespace siang::store
