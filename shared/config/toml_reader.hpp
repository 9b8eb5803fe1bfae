// Reading one TOML table into typed values while noting every problem with its line and key.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang::config {

// Problems found in one file; the earliest by line is the one reported, so a person fixes the
// file top to bottom.
class Problems {
  public:
    explicit Problems(std::string file) : file_(std::move(file)) {}

    // Records "key: problem" at `line` (1-based; 0 when unknown).
    void add(std::uint32_t line, std::string_view key, std::string_view problem);
    bool empty() const { return entries_.empty(); }
    // Errc::config_invalid with detail "FILE:LINE: KEY: problem" for the earliest problem.
    Error first() const;

  private:
    struct Entry {
        std::uint32_t line;
        std::string text;
    };
    std::string file_;
    std::vector<Entry> entries_;
};

// Reads the keys of one table. Every key asked for is remembered, so reject_unknown_keys() can
// name the typos. A key that is absent leaves the output unchanged (the default stays).
class TableReader {
  public:
    // `path` is how the table is named in messages: "" for the root, "kiosk", "service[2]".
    TableReader(const toml::table& table, std::string path, Problems& problems);

    void read(std::string_view key, std::string& out);
    void read(std::string_view key, int& out, int min, int max);
    void read(std::string_view key, double& out, double min, double max);
    void read(std::string_view key, bool& out);
    // An array of strings.
    void read(std::string_view key, std::vector<std::string>& out);

    // The sub-table under `key`; nullptr when absent or not a table (then a problem is noted).
    const toml::table* table(std::string_view key);
    // The array of tables under `key` ([[key]] in the file); nullptr when absent or wrong.
    const toml::array* table_array(std::string_view key);

    bool has(std::string_view key) const { return table_.contains(key); }
    // Notes `problem` about `key`, at the key's line (the table's line when the key is absent).
    void problem(std::string_view key, std::string_view text);
    // Notes every key in the table that no read/table call asked for.
    void reject_unknown_keys();

    // A reader for a table inside this one, reporting to the same Problems.
    TableReader nested(const toml::table& table, std::string path) const {
        return TableReader(table, std::move(path), problems_);
    }

    // "kiosk.name" for key "name" of table "kiosk".
    std::string full_key(std::string_view key) const;
    // The line of the table's header (0 for the root).
    std::uint32_t line() const { return table_.source().begin.line; }

  private:
    const toml::node* lookup(std::string_view key);
    void wrong_type(std::string_view key, std::string_view expected);

    const toml::table& table_;
    std::string path_;
    Problems& problems_;
    std::set<std::string, std::less<>> known_;
};

}  // namespace siang::config
