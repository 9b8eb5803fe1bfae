// `siang export`, `siang stats -o` and `siang demo` and the audit log (issue 10 item 3): an export
// exists only with its audit row, and demo data is recorded under the administrator who added it.
#include <vector>

#include "tools/cli_fixture.hpp"

namespace {

// The first column of the first row of `sql`, as text ("" when there is none).
std::string raw_text(const fs::path& store, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(store.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW)
        if (const unsigned char* t = sqlite3_column_text(st, 0))
            out = reinterpret_cast<const char*>(t);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

// Every file in `dir` whose name starts with `prefix` (temporaries are ".NAME.tmp-XXXXXX").
std::vector<std::string> files_starting(const fs::path& dir, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().starts_with(prefix))
            out.push_back(e.path().filename().string());
    return out;
}

class CliAuditedExport : public Cli {
  protected:
    void SetUp() override {
        Cli::SetUp();
        submit("complaint", "ถนนชำรุดเป็นหลุมบ่อ");
    }
    // The audit head no longer matches its seal: every append is refused with audit_broken.
    void break_the_audit_seal() { raw_sql(store, "UPDATE audit_seal SET rows = rows - 1"); }
};

TEST_F(CliAuditedExport, ExportWhoseAuditRowIsRefusedLeavesNoFileAndExits8) {
    break_the_audit_seal();
    const fs::path out = dir / "cases.csv";
    const CliRun r = run({"--lang", "en", "export", "--csv", "-o", out.string()});
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_NE(r.err.find("siang audit verify"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
    EXPECT_TRUE(files_starting(dir, ".cases.csv").empty());
}

TEST_F(CliAuditedExport, RefusedExportLeavesAnEarlierFileAsItWas) {
    const fs::path out = dir / "cases.csv";
    ASSERT_EQ(run({"export", "-o", out.string()}).exit_code, 0);
    const std::string before = slurp(out);
    submit("complaint", "ไฟดับทั้งซอย");
    break_the_audit_seal();
    EXPECT_EQ(run({"export", "-o", out.string()}).exit_code, 8);
    EXPECT_EQ(slurp(out), before);
    EXPECT_TRUE(files_starting(dir, ".cases.csv").empty());
}

TEST_F(CliAuditedExport, StatisticsWhoseAuditRowIsRefusedLeaveNoFileInAnyFormat) {
    break_the_audit_seal();
    for (const std::string name : {"ita.csv", "ita.xlsx", "ita.html"}) {
        const fs::path out = dir / name;
        const CliRun r = run({"--lang", "en", "stats", "-o", out.string()});
        EXPECT_EQ(r.exit_code, 8) << name << ": " << r.err;
        EXPECT_FALSE(fs::exists(out)) << name;
        EXPECT_TRUE(files_starting(dir, "." + name).empty()) << name;
    }
}

TEST_F(CliAuditedExport, EachExportIsWrittenWithItsAuditRow) {
    const fs::path csv = dir / "cases.csv", stats = dir / "ita.xlsx";
    ASSERT_EQ(run({"export", "-o", csv.string()}).exit_code, 0);
    EXPECT_EQ(raw_text(store,
                       "SELECT target FROM audit_log WHERE action = 'export' ORDER BY id "
                       "DESC LIMIT 1"),
              csv.string());
    ASSERT_EQ(run({"stats", "-o", stats.string()}).exit_code, 0);
    EXPECT_EQ(raw_text(store,
                       "SELECT target FROM audit_log WHERE action = 'export' ORDER BY id "
                       "DESC LIMIT 1"),
              stats.string());
    EXPECT_TRUE(fs::exists(csv));
    EXPECT_TRUE(fs::exists(stats));
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(CliAuditedExport, DemoDataIsAuditedUnderTheAdministratorWhoAddedIt) {
    ASSERT_EQ(
        run({"user", "add", "wichai", "--role", "admin", "--password-stdin"}, "kaeng-som-2569\n")
            .exit_code,
        0);
    ::setenv("SIANG_PASSWORD", "kaeng-som-2569", 1);
    const CliRun r = run({"--user", "wichai", "demo", "5"});
    ::unsetenv("SIANG_PASSWORD");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(raw_text(store,
                       "SELECT actor FROM audit_log WHERE action = 'import' ORDER BY id "
                       "DESC LIMIT 1"),
              "wichai");
}

}  // namespace
