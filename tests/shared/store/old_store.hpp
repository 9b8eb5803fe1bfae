// Test support: stores as older versions of Siang wrote them, built from the SQL of their steps.
#pragma once

#include <sqlite3.h>
#include <sys/stat.h>

#include <string>

#include "domain/tracking_code.hpp"
#include "store/audit_chain.hpp"
#include "store/fts_match.hpp"
#include "store/schema_migrations.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {

// A store written by version 3 (one register for every kind), built from the SQL of its steps.
inline void make_version3_store(const std::string& path) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    auto exec = [&](const std::string& sql) {
        char* err = nullptr;
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
            << (err ? err : "") << "\n"
            << sql;
        sqlite3_free(err);
    };
    const auto steps = schema_migrations();
    ASSERT_GE(steps.size(), 3u);
    for (std::size_t v = 0; v < 3; ++v) exec(std::string(steps[v]));
    const auto at = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(bangkok(2026, 11, 20).time_since_epoch())
            .count());
    // 2570-000002 is a corruption complaint numbered in the one register of version 3.
    const char* kinds[] = {"complaint", "corruption", "suggestion"};
    for (int i = 1; i <= 3; ++i) {
        exec(
            "INSERT INTO cases(id, fiscal_year, sequence, kind, subject, details, status, "
            "filed_at, due_date, code_hash) VALUES(" +
            std::to_string(i) + ", 2570, " + std::to_string(i) + ", '" + kinds[i - 1] +
            "', 'เรื่องที่ " + std::to_string(i) + "', 'รายละเอียด', 'received', " + at +
            ", '2026-12-05', randomblob(32))");
        exec("INSERT INTO case_history(case_id, status, at, actor) VALUES(" + std::to_string(i) +
             ", 'received', " + at + ", 'kiosk')");
        exec("INSERT INTO case_notes(case_id, at, actor, body) VALUES(" + std::to_string(i) + ", " +
             at + ", 'clerk1', 'บันทึก " + std::to_string(i) + "')");
        exec("INSERT INTO case_text(rowid, body) VALUES(" + std::to_string(i) + ", '" +
             fts_index_text(kinds[i - 1], "ถนนชำรุด") + "')");
    }
    exec("INSERT INTO case_counter(fiscal_year, last_sequence) VALUES(2570, 3)");
    // What version 3 also kept: a private file, its code key, and a sealed audit row per filing.
    ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
    auto key = domain::load_code_key(path + ".key", true);
    ASSERT_TRUE(key);
    auto hex = [](const AuditHash& h) {
        static constexpr char digits[] = "0123456789abcdef";
        std::string out = "X'";
        for (auto b : h) (out += digits[b >> 4]) += digits[b & 0xF];
        return out + "'";
    };
    AuditHash prev = audit_genesis;
    for (int i = 1; i <= 3; ++i) {
        const AuditEntry e{
            i, bangkok(2026, 11, 20), "kiosk", "submit", "2570-00000" + std::to_string(i), ""};
        const AuditHash hash = audit_link_hash(prev, e);
        exec(
            "INSERT INTO audit_log(id, at, actor, action, target, detail, prev_hash, hash) "
            "VALUES(" +
            std::to_string(i) + ", " + at + ", 'kiosk', 'submit', '" + e.target + "', '', " +
            hex(prev) + ", " + hex(hash) + ")");
        prev = hash;
    }
    exec("INSERT INTO audit_seal(id, rows, mac) VALUES(1, 3, " +
         hex(audit_seal_mac(*key, 3, prev)) + ")");
    exec("PRAGMA user_version = 3");
    sqlite3_close(db);
}

// A store at schema version `version` (3 or later): version 3's rows, then the later steps'
// SQL run as the programs of those versions ran them (foreign keys off, as migrate() has them).
inline void make_old_store(const std::string& path, int version) {
    make_version3_store(path);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const auto steps = schema_migrations();
    ASSERT_LE(static_cast<std::size_t>(version), steps.size());
    for (int v = 3; v < version; ++v) {
        char* err = nullptr;
        EXPECT_EQ(sqlite3_exec(db, std::string(steps[static_cast<std::size_t>(v)]).c_str(), nullptr,
                               nullptr, &err),
                  SQLITE_OK)
            << (err ? err : "");
        sqlite3_free(err);
    }
    const std::string set = "PRAGMA user_version = " + std::to_string(version);
    EXPECT_EQ(sqlite3_exec(db, set.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace siang::store::testing
