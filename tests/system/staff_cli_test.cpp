// The staff CLI over the network (issue 12 item 5): `siang --server URL --fingerprint HEX --user
// NAME list|show|status|note|reissue-code|export|stats …` prints what the same command prints on the server box
// and exits alike; the server, not the CLI, decides what the user may see.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"

namespace {

using nlohmann::json;
using siang::testing::ProgramRun;
using siang::testing::StaffServer;
namespace t = siang::testing;
using namespace std::chrono_literals;

class StaffCli : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }

    ProgramRun run(std::vector<std::string> args, const std::string& password) const {
        args.insert(args.begin(), SIANG_CLI);
        return t::run_program(args, 60s, {}, {{"SIANG_PASSWORD", password}, {"LANG", "en_US.UTF-8"}});
    }
    // The command on the server box (the store file) as `user`.
    ProgramRun local(const std::string& user, std::vector<std::string> args,
                     const std::string& password = t::staff_password) const {
        args.insert(args.begin(), {"--store", server.store().string(), "--user", user});
        return run(std::move(args), password);
    }
    // The command over the office API as `user`.
    ProgramRun remote(const std::string& user, std::vector<std::string> args,
                      const std::string& password = t::staff_password) const {
        args.insert(args.begin(), {"--server", server.url(), "--fingerprint", server.fingerprint(),
                                   "--user", user});
        return run(std::move(args), password);
    }
};

TEST_F(StaffCli, AWrongPasswordIsRefusedOverTheNetworkAsOnTheServerBox) {
    const auto here = local(t::clerk_user, {"list"}, "not-the-password");
    const auto there = remote(t::clerk_user, {"list"}, "not-the-password");
    EXPECT_NE(here.exit_code, 0);
    EXPECT_EQ(there.exit_code, here.exit_code) << there.err;
    EXPECT_EQ(there.err, here.err);
    EXPECT_TRUE(there.out.empty());
}

TEST_F(StaffCli, OverTheNetworkSomeoneLogsInAndTheServerIsPinned) {
    std::vector<std::string> no_user{"--server", server.url(), "--fingerprint", server.fingerprint(),
                                     "list"};
    const auto anonymous = run(no_user, t::staff_password);
    EXPECT_EQ(anonymous.exit_code, 2) << anonymous.err;  // a usage error: who is asking?
    EXPECT_NE(anonymous.err.find("--user"), std::string::npos) << anonymous.err;
    const auto unpinned = run({"--server", server.url(), "--user", t::clerk_user, "list"},
                              t::staff_password);
    EXPECT_EQ(unpinned.exit_code, 2) << unpinned.err;
    EXPECT_NE(unpinned.err.find("--fingerprint"), std::string::npos) << unpinned.err;
    const auto wrong_pin = run({"--server", server.url(), "--fingerprint", std::string(64, 'a'),
                                "--user", t::clerk_user, "list"},
                               t::staff_password);
    EXPECT_NE(wrong_pin.exit_code, 0);
    EXPECT_TRUE(wrong_pin.out.empty());
    // The kiosk's view of a tracking code stays on the server box.
    const auto code = remote(t::clerk_user, {"show", "--code", server.ordinary_case().code.str()});
    EXPECT_EQ(code.exit_code, 2) << code.err;
}

TEST_F(StaffCli, ListShowStatusAndReissueOverTheNetworkPrintAndExitAsOnTheServerBox) {
    const std::string ordinary = server.ordinary_case().number.str();
    const std::string corruption = server.corruption_case().number.str();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"}, {"--json", "list"}, {"list", "--search", t::corruption_only_word},
          {"show", ordinary}, {"--json", "show", ordinary}, {"show", corruption},
          {"--json", "show", corruption}, {"show", "2569-999999"}}) {
        for (const char* user : {t::clerk_user, t::integrity_user}) {
            const auto here = local(user, args);
            const auto there = remote(user, args);
            EXPECT_EQ(there.exit_code, here.exit_code) << user << " " << args.back() << there.err;
            EXPECT_EQ(there.out, here.out) << user << " " << args.back();
            EXPECT_EQ(there.err, here.err) << user << " " << args.back();
        }
    }
    // A clerk over the network cannot show the corruption complaint: as for no such case.
    const auto hidden = remote(t::clerk_user, {"show", corruption});
    EXPECT_EQ(hidden.exit_code, remote(t::clerk_user, {"show", "2569-999999"}).exit_code);
    EXPECT_EQ(hidden.out.find(t::corruption_only_word), std::string::npos);
    EXPECT_EQ(remote(t::clerk_user, {"list", "--search", t::corruption_only_word})
                  .out.find(corruption),
              std::string::npos);
    // A status change with a note over the network; the case reads the same from both sides.
    const auto moved = remote(t::clerk_user, {"status", ordinary, "in_review", "--note", "โทรแล้ว"});
    ASSERT_EQ(moved.exit_code, 0) << moved.err;
    EXPECT_EQ(remote(t::clerk_user, {"--json", "show", ordinary}).out,
              local(t::clerk_user, {"--json", "show", ordinary}).out);
    const auto refused = remote(t::clerk_user, {"status", ordinary, "in_review"});
    EXPECT_EQ(refused.exit_code, local(t::clerk_user, {"status", ordinary, "in_review"}).exit_code);
    EXPECT_NE(refused.exit_code, 0);
    const auto reissued = remote(t::clerk_user, {"--json", "reissue-code", ordinary});
    ASSERT_EQ(reissued.exit_code, 0) << reissued.err;
    EXPECT_EQ(json::parse(reissued.out).at("case_number"), ordinary);
}

std::string file_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST_F(StaffCli, NoteExportAndStatsOverTheNetworkAreTheServerBoxsOnesAndKeepTheRoleRules) {
    const std::string ordinary = server.ordinary_case().number.str();
    const std::string corruption = server.corruption_case().number.str();
    const auto dir = server.store().parent_path() / "cli_exports";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);

    // A note over the network lands in the case as a note made on the server box would.
    const auto noted = remote(t::clerk_user, {"note", ordinary, "โทรหาผู้ร้องแล้ว นัดตรวจพรุ่งนี้"});
    ASSERT_EQ(noted.exit_code, 0) << noted.err;
    EXPECT_NE(noted.out.find(ordinary), std::string::npos) << noted.out;
    EXPECT_NE(local(t::integrity_user, {"--json", "show", ordinary}).out.find("นัดตรวจพรุ่งนี้"),
              std::string::npos);
    // A clerk's note on the corruption complaint is refused as for a case that does not exist.
    const auto hidden_note = remote(t::clerk_user, {"note", corruption, "x"});
    EXPECT_NE(hidden_note.exit_code, 0);
    EXPECT_EQ(hidden_note.exit_code, remote(t::clerk_user, {"note", "2569-999999", "x"}).exit_code);
    EXPECT_EQ(hidden_note.exit_code, local(t::clerk_user, {"note", corruption, "x"}).exit_code);

    // The export: the same file from both sides, the clerk's without the corruption complaint.
    for (const char* user : {t::clerk_user, t::integrity_user}) {
        const auto here_file = dir / (std::string(user) + "-here.csv");
        const auto there_file = dir / (std::string(user) + "-there.csv");
        const auto here = local(user, {"--json", "export", "-o", here_file.string()});
        const auto there = remote(user, {"--json", "export", "-o", there_file.string()});
        ASSERT_EQ(here.exit_code, 0) << here.err;
        ASSERT_EQ(there.exit_code, 0) << there.err;
        EXPECT_EQ(file_text(there_file), file_text(here_file)) << user;
        EXPECT_EQ(json::parse(there.out).at("cases"), json::parse(here.out).at("cases")) << user;
        const bool sees = file_text(there_file).find(corruption) != std::string::npos;
        EXPECT_EQ(sees, std::string(user) == t::integrity_user) << user;
        EXPECT_NE(file_text(there_file).find(ordinary), std::string::npos);
    }
    // The server wrote the download's audit row under the user, naming the download, not a
    // temporary file of its own.
    const auto rows = t::run_program(
        {"/usr/bin/sqlite3", "-readonly", server.store().string(),
         "SELECT actor || ' ' || target FROM audit_log WHERE action = 'export' ORDER BY id"},
        30s);
    EXPECT_NE(rows.out.find(std::string(t::clerk_user) + " download:siang-cases.csv"),
              std::string::npos)
        << rows.out;
    EXPECT_EQ(rows.out.find("siang-export-"), std::string::npos) << rows.out;

    // Statistics: the same figures and the same file over the network, the clerk's without the
    // corruption complaint's count.
    for (const char* user : {t::clerk_user, t::integrity_user}) {
        const auto here = local(user, {"--json", "stats"});
        const auto there = remote(user, {"--json", "stats"});
        ASSERT_EQ(there.exit_code, 0) << there.err;
        EXPECT_EQ(there.out, here.out) << user;
        const auto csv_here = dir / (std::string(user) + "-stats-here.csv");
        const auto csv_there = dir / (std::string(user) + "-stats-there.csv");
        ASSERT_EQ(local(user, {"stats", "-o", csv_here.string()}).exit_code, 0);
        const auto written = remote(user, {"stats", "-o", csv_there.string()});
        ASSERT_EQ(written.exit_code, 0) << written.err;
        EXPECT_EQ(file_text(csv_there), file_text(csv_here)) << user;
    }
    EXPECT_NE(remote(t::clerk_user, {"--json", "stats"}).out,
              remote(t::integrity_user, {"--json", "stats"}).out);
    std::filesystem::remove_all(dir);
}

TEST_F(StaffCli, AnOfficePcsConfigurationNamesTheServerSoNoFlagIsNeeded) {
    const auto dir = server.store().parent_path() / "cli_office_pc";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto cfg = dir / "siang.toml";
    {
        std::ofstream out(cfg);
        out << "[office]\nserver = \"" << server.url() << "\"\nserver_fingerprint = \""
            << server.fingerprint() << "\"\n";
    }
    // No --server, no --fingerprint, and no store on this "PC": the list comes over the API.
    const auto there = run({"--config", cfg.string(), "--store", (dir / "none.db").string(),
                            "--user", t::clerk_user, "list"},
                           t::staff_password);
    ASSERT_EQ(there.exit_code, 0) << there.err;
    EXPECT_EQ(there.out, local(t::clerk_user, {"list"}).out);
    EXPECT_FALSE(std::filesystem::exists(dir / "none.db"));
    std::filesystem::remove_all(dir);
}

}  // namespace
