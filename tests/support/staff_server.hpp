// siang-server running on a fresh store with one staff member of each role and a handful of
// cases of every kind — a corruption complaint among them, with words no other case has — for the
// staff API's tests (issue 12): curl against the raw API, and the console's ApiClient.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/case_number.hpp"
#include "domain/tracking_code.hpp"
#include "support/server_process.hpp"

namespace siang::testing {

// The accounts StaffServer makes (passwords pass the policy; the admin's is set by the fixture,
// not the one `siang init` printed).
inline constexpr const char* clerk_user = "somchai";
inline constexpr const char* integrity_user = "malee";
inline constexpr const char* admin_user = "admin";
inline constexpr const char* staff_password = "Khao-Niao-Mamuang-42";

// A word only the corruption complaint's subject and details hold (Thai, for the search tests).
inline constexpr const char* corruption_only_word = "สินบนค่าใบอนุญาต";

struct SeededCase {
    domain::CaseNumber number;
    domain::TrackingCode code;
    bool corruption = false;
};

struct CurlAnswer {
    int status = 0;          // 0: curl could not connect or was cut
    nlohmann::json body;     // null when the body was not JSON
    std::string raw;         // the body as it came
    std::string headers;     // the response headers as they came
};

class StaffServer {
  public:
    // `cli`, `server`: the programs' paths (SIANG_CLI, SIANG_SERVER from CMake). Makes the store
    // in `dir`, the accounts and cases, the TLS identity, and starts the server; ready() says
    // whether all of that worked, error() what did not.
    StaffServer(std::string cli, std::string server, std::filesystem::path dir,
                std::vector<std::string> server_args = {});

    bool ready() const { return error_.empty(); }
    const std::string& error() const { return error_; }

    const std::filesystem::path& store() const { return store_; }
    const std::filesystem::path& dir() const { return dir_; }
    ServerProcess& process() { return *server_; }
    std::string url() const;                   // https://127.0.0.1:PORT
    const std::string& fingerprint() const { return fingerprint_; }  // lower-case hex
    const std::vector<SeededCase>& cases() const { return cases_; }
    const SeededCase& corruption_case() const;  // the seeded corruption complaint
    const SeededCase& ordinary_case() const;    // a complaint a clerk may see

    // `siang --store STORE args…` (bounded), as the server box's administrator.
    ProgramRun cli(std::vector<std::string> args) const;
    // One request with curl: the server's key pinned, `token` as the bearer when not empty,
    // `body` as JSON when not empty (POST), else GET (or `method` when given); from
    // `source_address` (curl --interface, e.g. "127.0.0.2": another machine as far as the
    // server can tell) when given.
    CurlAnswer curl(const std::string& path, const std::string& body = {},
                    const std::string& token = {}, const std::string& method = {},
                    const std::string& source_address = {}) const;
    // curl's --max-time for curl(): a test that expects no answer (a long poll that must keep
    // waiting) lowers it; a timed-out request answers status 0.
    int curl_max_time_s = 30;
    // Logs `user` in with staff_password through curl: the session token, "" when refused.
    std::string login(const std::string& user) const;

  private:
    std::string cli_;
    std::filesystem::path dir_, store_;
    std::string fingerprint_, pin_, error_;
    std::vector<SeededCase> cases_;
    std::unique_ptr<ServerProcess> server_;
};

}  // namespace siang::testing
