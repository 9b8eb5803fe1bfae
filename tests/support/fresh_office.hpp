// siang-server on a fresh store, for the system tests and the upload bench: `siang init` and
// `siang server init` in a folder, the server started on ephemeral ports, kiosks added by the
// administrator. (StaffServer, staff_server.hpp, adds the seeded accounts and cases on top of
// the same steps for the staff API.) Header-only: the bench builds server_process.cpp alone.
#pragma once

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace siang::testing {

// A file's bytes ("" when it cannot be read): a server log for a failure message.
inline std::string read_whole_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A random UUID v4 as a kiosk mints one (libsodium initialised by the caller).
inline std::string random_uuid_v4() {
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    char s[37];
    std::snprintf(s, sizeof s,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return s;
}

class FreshOffice {
  public:
    // `cli`, `server`: the programs' paths (SIANG_CLI, SIANG_SERVER). The store is
    // `store` (default dir/siang.db); the server's port file and log go in `dir`.
    FreshOffice(std::string cli, std::string server, std::filesystem::path dir,
                std::filesystem::path store = {})
        : cli_(std::move(cli)),
          server_binary_(std::move(server)),
          dir_(std::move(dir)),
          store_(store.empty() ? dir_ / "siang.db" : std::move(store)) {}

    // `siang init` and `siang server init --json`; "" when both worked, else what failed.
    std::string init() {
        if (const ProgramRun r = cli({"init"}); r.exit_code != 0) return "siang init: " + r.err;
        const ProgramRun id = cli({"--json", "server", "init"});
        if (id.exit_code != 0) return "siang server init: " + id.err;
        const auto j = nlohmann::json::parse(id.out, nullptr, false);
        if (!j.is_object() || !j.contains("fingerprint") || !j.contains("certificate"))
            return "siang server init printed: " + id.out;
        fingerprint_ = j["fingerprint"];
        certificate_ = j["certificate"];
        return {};
    }
    // Starts siang-server (with `extra_args`) and waits for its ports; "" or what failed.
    std::string start(std::vector<std::string> extra_args = {}) {
        server_ =
            std::make_unique<ServerProcess>(server_binary_, store_, dir_, std::move(extra_args));
        if (!server_->start())
            return "siang-server did not start: " + read_whole_file(server_->log());
        return {};
    }

    // `siang --store STORE args…`, bounded.
    ProgramRun cli(std::vector<std::string> args,
                   std::chrono::milliseconds bound = std::chrono::seconds(60)) const {
        args.insert(args.begin(), {cli_, "--store", store_.string()});
        return run_program(args, bound);
    }
    // `siang kiosk add NAME --url URL`: the one-time enrolment code, "" when refused.
    std::string add_kiosk(const std::string& name) const {
        const ProgramRun add = cli({"--json", "kiosk", "add", name, "--url", url()});
        if (add.exit_code != 0) return {};
        const auto j = nlohmann::json::parse(add.out, nullptr, false);
        return j.is_object() ? j.value("enrolment_code", "") : "";
    }

    std::string url() const {
        return "https://127.0.0.1:" + std::to_string(server_ ? server_->office_port() : 0);
    }
    const std::string& fingerprint() const { return fingerprint_; }  // lower-case hex
    const std::string& certificate() const { return certificate_; }  // the PEM file's path
    const std::filesystem::path& store() const { return store_; }
    const std::filesystem::path& dir() const { return dir_; }
    ServerProcess& server() { return *server_; }

  private:
    std::string cli_, server_binary_;
    std::filesystem::path dir_, store_;
    std::string fingerprint_, certificate_;
    std::unique_ptr<ServerProcess> server_;
};

}  // namespace siang::testing
