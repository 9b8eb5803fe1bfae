// `siang doctor`'s checks of one installation (SPEC §14, issue 15): each looks at one thing and
// says in a catalogue sentence what it found and what to do. No printing here: the command
// (commands/doctor.cpp) turns the rows into text or JSON in the reader's language.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"

namespace siang::cli::doctor {

enum class Verdict { ok, warn, fail, skipped };
// "ok", "warn", "fail", "skipped" (the JSON names).
const char* verdict_name(Verdict v);

struct Row {
    Row(std::string c, Verdict v, std::string m, std::vector<std::string> a = {},
        std::optional<Error> e = std::nullopt)
        : check(std::move(c)), verdict(v), message(std::move(m)), args(std::move(a)),
          cause(std::move(e)) {}
    std::string check;  // "store", "key", "certificate", "server", "clock", "printer", "disk", ...
    Verdict verdict = Verdict::ok;
    std::string message;             // catalogue key, "doctor.*"
    std::vector<std::string> args;   // its {} arguments
    std::optional<Error> cause;      // what failed underneath, said after the message
};

// What the checks look at; the command fills it from the options and the configuration.
struct Installation {
    std::string store_path;
    std::string key_path;     // store_path + ".key"
    std::string cert_path;    // the server certificate beside the store
    std::string backup_dir;   // where siang-backup writes (its last-backup file)
    std::string server_url;   // the office API to reach; empty: not checked
    std::string fingerprint;  // pinned for server_url; empty: the certificate's beside the store
    std::chrono::system_clock::time_point now;
    std::chrono::hours backup_max_age{36};
    double disk_min_free_fraction = 0.05;
    unsigned long long disk_min_free_bytes = 512ull << 20;
};

// A file of the store that others may read (the key, the store): its mode, else nothing.
std::optional<unsigned> too_open_mode(const std::string& path);

Row check_store(const Installation& in);
Row check_key(const Installation& in);
Row check_certificate(const Installation& in);
// The server and the clock from one request: the office API's Date header against ours.
std::vector<Row> check_server_and_clock(const Installation& in);
// The configured receipt printer's real-time status (print::probe); skipped when none is set.
Row check_printer(const config::Printer& printer);
Row check_disk(const Installation& in);
Row check_backup(const Installation& in);
// systemctl is-active for the units of this machine's packages, when systemd runs.
std::vector<Row> check_units();

}  // namespace siang::cli::doctor
