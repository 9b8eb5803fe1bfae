// What every `siang` command shares: global options, opening the store, printing results/errors.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "office/console/office_client.hpp"
#include "staff/staff_accounts.hpp"
#include "store/store.hpp"

namespace siang::cli {

// The exit codes are siang::ExitCode (core/error.hpp): one table for the three programs.

struct GlobalOptions {
    std::optional<std::string> store_path;  // not given: the configuration's, else the default
    std::string config_path;  // empty: built-in defaults
    std::string lang;         // "th" | "en" | empty (from the environment)
    std::string user;         // act as this staff member (password: $SIANG_PASSWORD or prompt)
    std::string server;       // --server URL: the staff commands go through the office API
    std::string fingerprint;  // --fingerprint HEX: the server certificate to expect there
    bool json = false;
};

class CliContext {
  public:
    GlobalOptions options;

    // Loads the configuration and resolves the store path and language; call once after parsing.
    Result<void> prepare();

    const config::Config& config() const { return *config_; }
    const std::string& store_path() const { return store_path_; }
    i18n::Lang lang() const { return lang_; }

    // Opens the store, or says how to create it when missing; with --user, logs that user in
    // (permission_denied when the password is wrong or the account disabled).
    Result<store::Store> open_store();
    // The office data as the staff commands (list, show, status, reissue-code) read and change
    // it: over the office API with --server (ApiClient, logged in as --user: the server decides
    // every role rule), else the store file (StoreClient over open_store()). Held for the rest
    // of the run. Errors: open_store()'s; with --server, invalid_argument for no --user or no
    // --fingerprint, the login's (permission_denied "login" / "login_wait") and the network's.
    Result<office::OfficeClient*> office();
    // Remote with --server, or with `[office] server` in the configuration (an office PC's
    // siang.toml, as siang-office reads it); --fingerprint, else `server_fingerprint`, pins it.
    bool remote() const { return !server_url().empty(); }
    std::string server_url() const;
    std::string server_fingerprint() const;

    // For commands that copy, replace or fill the whole store (`what` names the command):
    // permission_denied unless the CLI acts as an administrator. With --user it logs in first,
    // which needs a readable store; without, the CLI is the local administrator.
    Result<void> require_store_administrator(std::string_view what);

    // Prints `err` as one line on stderr, i18n::report_error's sentence (and with --json, unless
    // the command already printed its own JSON result, {"error": name, "message": sentence,
    // and its error_facts} on stdout); returns its exit code.
    int report(const Error& err, bool as_json_too = true) const;
    // {"error": name, its error_facts, "message": the sentence}: what report() prints as JSON.
    nlohmann::json error_json(const Error& err) const;
    // Prints a catalogue sentence with arguments (text mode only).
    void say(std::string_view key, std::initializer_list<std::string_view> args) const;
    // Prints JSON to stdout, indented, UTF-8.
    static void print_json(const nlohmann::json& j);

    // Who the CLI acts as: the --user logged in by open_store(), else the local administrator.
    const staff::StaffUser& user() const { return user_; }
    store::Viewer viewer() const { return staff::viewer_for(user_.username, user_.role); }
    const std::string& actor() const { return user_.username; }

  private:
    std::optional<config::Config> config_;
    std::string store_path_;
    i18n::Lang lang_ = i18n::Lang::en;
    staff::StaffUser user_ = staff::local_administrator();
    std::optional<store::Store> store_;              // office() without --server
    std::unique_ptr<office::OfficeClient> office_;
};

// Who a `--user` login comes from, for the back-off per source: "cli:OSUSER@TTY".
std::string login_source();
// The password for --user: $SIANG_PASSWORD, else asked on the terminal without echo.
std::string read_password(std::string_view prompt);
// One line from standard input without its line ending (for --password-stdin).
std::string read_stdin_line();

}  // namespace siang::cli
