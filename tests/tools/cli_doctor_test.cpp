// `siang doctor` against broken installations (issue 15): each problem named plainly in its row,
// with a non-zero exit; a sound one exits 0.
#include <sys/stat.h>

#include <chrono>
#include <ctime>
#include <map>

#include "cli_fixture.hpp"
#include "support/fake_printer.hpp"

namespace {

// "2026-12-02T14:00:00Z" for now minus `ago`.
std::string utc_stamp(std::chrono::hours ago) {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - ago);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// The rows of doctor's JSON by their check name.
std::map<std::string, json> by_check(const std::string& out) {
    const json j = json::parse(out);  // kept alive: the loop below reads into it
    std::map<std::string, json> rows;
    for (const auto& row : j.at("checks")) rows[row.at("check").get<std::string>()] = row;
    return rows;
}

class Doctor : public Cli {
  protected:
    fs::path backups = dir / "backups";
    void SetUp() override {
        ASSERT_EQ(run({"init"}).exit_code, 0);
        backup_result(std::chrono::hours(2), "ok");
    }
    void backup_result(std::chrono::hours ago, const std::string& result) {
        fs::create_directories(backups);
        std::ofstream(backups / "last-backup")
            << utc_stamp(ago) << " " << result << " " << (backups / "siang-x.db").string() << "\n";
    }
    // The doctor's JSON rows by check name, and its exit code.
    std::map<std::string, json> doctor(std::vector<std::string> extra, int* exit_code) {
        std::vector<std::string> a{"--json", "doctor", "--backups", backups.string()};
        a.insert(a.end(), extra.begin(), extra.end());
        CliRun r = run(a);
        *exit_code = r.exit_code;
        return by_check(r.out);
    }
};

TEST_F(Doctor, ASoundInstallationIsAllWellAndExitsZero) {
    int rc = -1;
    auto rows = doctor({"--no-server"}, &rc);
    EXPECT_EQ(rc, 0);
    for (const char* c : {"store", "key", "disk", "backup"}) EXPECT_EQ(rows[c]["verdict"], "ok") << c;
    EXPECT_EQ(rows["printer"]["verdict"], "skipped");  // no [printer] configured here
    CliRun text = run({"--lang", "th", "doctor", "--no-server", "--backups", backups.string()});
    EXPECT_NE(text.out.find("ทุกอย่างปกติ"), std::string::npos) << text.out;
}

TEST_F(Doctor, AWorldReadableKeyIsNamedWithItsMode) {
    fs::permissions(store.string() + ".key", fs::perms(0644));
    int rc = -1;
    auto rows = doctor({"--no-server"}, &rc);
    EXPECT_EQ(rc, 1);
    EXPECT_EQ(rows["key"]["verdict"], "fail");
    EXPECT_EQ(rows["key"]["code"], "doctor.key_mode");
    EXPECT_NE(rows["key"]["message"].get<std::string>().find("0644"), std::string::npos);
}

TEST_F(Doctor, ACorruptStoreIsNamed) {
    {
        std::fstream f(store, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(0);
        f << std::string(100, 'X');  // the header: SQLite no longer sees a database
    }
    int rc = -1;
    auto rows = doctor({"--no-server"}, &rc);
    EXPECT_EQ(rc, 1);
    EXPECT_EQ(rows["store"]["verdict"], "fail");
    EXPECT_EQ(rows["store"]["code"], "doctor.store_broken");
}

TEST_F(Doctor, AServerThatIsDownIsNamedAndTheClockLeftUnchecked) {
    // Port 1 on loopback: nothing listens there.
    CliRun r = run({"--json", "--server", "https://127.0.0.1:1", "--fingerprint", std::string(64, 'a'),
                    "doctor", "--backups", backups.string()});
    EXPECT_EQ(r.exit_code, 1);
    auto got = by_check(r.out);
    EXPECT_EQ(got["server"]["code"], "doctor.server_down");
    EXPECT_EQ(got["clock"]["verdict"], "skipped");
}

TEST_F(Doctor, AStaleOrFailedBackupOrNoneIsNamed) {
    int rc = -1;
    backup_result(std::chrono::hours(24 * 3), "ok");
    EXPECT_EQ(doctor({"--no-server"}, &rc)["backup"]["code"], "doctor.backup_stale");
    EXPECT_EQ(rc, 1);
    backup_result(std::chrono::hours(1), "failed");
    EXPECT_EQ(doctor({"--no-server"}, &rc)["backup"]["code"], "doctor.backup_failed");
    EXPECT_EQ(rc, 1);
    fs::remove(backups / "last-backup");
    EXPECT_EQ(doctor({"--no-server"}, &rc)["backup"]["code"], "doctor.backup_never");
    EXPECT_EQ(rc, 1);
}

TEST_F(Doctor, ANearlyFullDiskIsNamed) {
    SmallDisk disk(dir / "small-disk", "size=4m");
    if (!disk.mounted) GTEST_SKIP() << "mounting a tmpfs needs root";
    store = disk.where / "siang.db";
    ASSERT_EQ(run({"init"}).exit_code, 0);
    int rc = -1;
    EXPECT_EQ(doctor({"--no-server"}, &rc)["disk"]["code"], "doctor.disk_full");  // 4 MiB < 512 MiB
    EXPECT_EQ(rc, 1);
}

TEST_F(Doctor, TheReceiptPrintersStateIsAskedAndAProblemIsNamed) {
    siang::testing::FakePrinter printer;
    const fs::path cfg = dir / "printer.toml";
    std::ofstream(cfg) << "[printer]\naddress = \"" << printer.address() << "\"\n";
    int rc = -1;
    auto rows = doctor({"--config", cfg.string(), "--no-server"}, &rc);
    EXPECT_EQ(rows["printer"]["verdict"], "ok") << rows["printer"];
    EXPECT_EQ(rows["printer"]["code"], "doctor.printer_ready");
    EXPECT_EQ(rc, 0);
    printer.set_state(siang::testing::FakePrinter::State::paper_out);
    rows = doctor({"--config", cfg.string(), "--no-server"}, &rc);
    EXPECT_EQ(rows["printer"]["verdict"], "fail");
    EXPECT_EQ(rc, 1);
    CliRun text = run({"--lang", "th", "--config", cfg.string(), "doctor", "--no-server",
                       "--backups", backups.string()});
    EXPECT_NE(text.out.find("กระดาษหมด"), std::string::npos) << text.out;
    printer.set_state(siang::testing::FakePrinter::State::silent);
    rows = doctor({"--config", cfg.string(), "--no-server"}, &rc);
    EXPECT_EQ(rows["printer"]["verdict"], "fail");
}

}  // namespace
