// The `siang` command line run as a separate process, as scripts do: the fixture every CLI test
// uses.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Single-quotes an argument for /bin/sh; the bytes pass through unchanged (invalid UTF-8 too).
std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) {
        if (c == '\'')
            q += "'\\''";
        else
            q += c;
    }
    return q + "'";
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A small tmpfs mounted for one test: a disk that really fills up (ENOSPC), as it would on a
// kiosk. Mounting needs root (CI and the README's commands run as root).
struct SmallDisk {
    fs::path where;
    bool mounted = false;
    SmallDisk(fs::path at, const char* size) : where(std::move(at)) {
        fs::create_directories(where);
        mounted = ::mount("tmpfs", where.c_str(), "tmpfs", 0, size) == 0;
    }
    ~SmallDisk() {
        if (mounted) ::umount2(where.c_str(), MNT_DETACH);
    }
};

class Cli : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("cli");
    fs::path store = dir / "siang.db";

    CliRun run(const std::vector<std::string>& args, const std::string& stdin_text = {}) {
        std::string cmd =
            std::string("LANG=C.UTF-8 ") + SIANG_CLI + " --store " + quote(store.string());
        for (const auto& a : args) cmd += " " + quote(a);
        fs::path in = dir / "stdin", err = dir / "stderr";
        std::ofstream(in, std::ios::binary) << stdin_text;
        cmd += " <" + quote(in.string()) + " 2>" + quote(err.string());
        CliRun r;
        FILE* p = ::popen(cmd.c_str(), "r");
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
        int status = ::pclose(p);
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.err = slurp(err);
        return r;
    }

    json run_json(const std::vector<std::string>& args) {
        std::vector<std::string> a{"--json"};
        a.insert(a.end(), args.begin(), args.end());
        CliRun r = run(a);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return json::parse(r.out);
    }

    json submit(const std::string& kind, const std::string& subject,
                std::vector<std::string> extra = {}) {
        std::vector<std::string> a{"submit",
                                   "--kind",
                                   kind,
                                   "--subject",
                                   subject,
                                   "--details",
                                   "รายละเอียดของเรื่อง " + subject};
        a.insert(a.end(), extra.begin(), extra.end());
        return run_json(a);
    }

    void SetUp() override { ASSERT_EQ(run({"init"}).exit_code, 0); }
};

// A store with a clerk (`somchai`) and an integrity officer (`malee`), both with staff_password,
// which $SIANG_PASSWORD gives to every `--user` run.
class CliWithStaff : public Cli {
  protected:
    static constexpr const char* staff_password = "kaeng-som-2569";

    void SetUp() override {
        Cli::SetUp();
        for (auto [name, role] : {std::pair{"somchai", "clerk"}, std::pair{"malee", "integrity"}})
            ASSERT_EQ(run({"user", "add", name, "--role", role, "--password-stdin"},
                          std::string(staff_password) + "\n")
                          .exit_code,
                      0);
        ::setenv("SIANG_PASSWORD", staff_password, 1);
    }
    void TearDown() override { ::unsetenv("SIANG_PASSWORD"); }
};

// Runs SQL on the store with the sqlite3 C API, as someone with the file and the shell would
// (the tampering tests: nothing of Siang stands in between).
[[maybe_unused]] void raw_sql(const fs::path& store, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    const std::string err = msg ? msg : "";
    sqlite3_free(msg);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << err;
}

}  // namespace
