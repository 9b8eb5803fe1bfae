// End-to-end tests of the `siang` command line: filing, showing, workflow, export and the store's files.
#include "tools/cli_fixture.hpp"

namespace {

TEST_F(Cli, InitCreatesStoreAndPrivateKeyAndIsIdempotent) {
    EXPECT_TRUE(fs::exists(store));
    auto perms = fs::status(store.string() + ".key").permissions();
    EXPECT_EQ(perms & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    CliRun again = run({"init"});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_NE(again.out.find("already exists"), std::string::npos);
}

TEST_F(Cli, SubmitPrintsCaseNumberAndCodeThatShowFinds) {
    json filed =
        submit("eservice", "ไฟฟ้าสาธารณะดับหน้าวัด",
               {"--service", "streetlight", "--name", "สมศรี ใจดี", "--phone", "๐๘๑๒๓๔๕๖๗๘"});
    std::string number = filed["case_number"];
    std::string code = filed["tracking_code"];
    EXPECT_EQ(code.size(), 12u);
    json staff = run_json({"show", number});
    EXPECT_EQ(staff["subject"], "ไฟฟ้าสาธารณะดับหน้าวัด");
    EXPECT_EQ(staff["division"], "works");
    EXPECT_EQ(staff["contact"]["phone"], "0812345678");
    json pub = run_json(
        {"show", "--code", code.substr(0, 4) + "-" + code.substr(4, 4) + " " + code.substr(8)});
    EXPECT_EQ(pub["kind"], "eservice");
    EXPECT_EQ(pub["status"], "received");
}

TEST_F(Cli, ShowByCodeNeverRevealsDetailsContactOrNotes) {
    json filed = submit("complaint", "พนักงานพูดจาไม่สุภาพ",
                        {"--name", "นายทดสอบ ลับมาก", "--phone", "0899999999"});
    std::string number = filed["case_number"];
    ASSERT_EQ(run({"status", number, "in_review", "--note", "บันทึกภายในห้ามเผยแพร่", "--reply",
                   "รับเรื่องไว้พิจารณาแล้ว"})
                  .exit_code,
              0);
    CliRun pub = run({"show", "--code", filed["tracking_code"]});
    ASSERT_EQ(pub.exit_code, 0) << pub.err;
    EXPECT_EQ(pub.out.find("รายละเอียดของเรื่อง"), std::string::npos);
    EXPECT_EQ(pub.out.find("ลับมาก"), std::string::npos);
    EXPECT_EQ(pub.out.find("0899999999"), std::string::npos);
    EXPECT_EQ(pub.out.find("บันทึกภายใน"), std::string::npos);
    EXPECT_NE(pub.out.find("รับเรื่องไว้พิจารณาแล้ว"), std::string::npos);
}

TEST_F(Cli, MistypedCodeAndUnknownCodeAreDifferentErrors) {
    json filed = submit("suggestion", "ควรเพิ่มถังขยะในตลาด");
    std::string code = filed["tracking_code"];
    std::string typo = code;
    typo[3] = typo[3] == '9' ? '0' : static_cast<char>(typo[3] + 1);
    CliRun mistyped = run({"--lang", "en", "show", "--code", typo});
    EXPECT_EQ(mistyped.exit_code, 3);
    EXPECT_NE(mistyped.err.find("typing mistake"), std::string::npos) << mistyped.err;
    CliRun unknown = run({"--lang", "en", "show", "--code", "000000000000"});  // valid Damm digit
    EXPECT_EQ(unknown.exit_code, 4);
    EXPECT_NE(unknown.err.find("No case matches"), std::string::npos) << unknown.err;
}

TEST_F(Cli, InvalidUtf8IsRefusedWithAThaiMessageNamingTheField) {
    CliRun r = run({"--lang", "th", "submit", "--kind", "complaint", "--subject", "ถนน",
                    "--details", "abc\xff\xfe"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("รายละเอียด"), std::string::npos) << r.err;
    EXPECT_EQ(run_json({"list"})["total"], 0);
}

TEST_F(Cli, OverlongSubjectIsRefusedNotTruncated) {
    std::string subject;
    for (int i = 0; i < 201; ++i) subject += "ที่";  // 201 user-perceived characters
    CliRun r = run(
        {"--lang", "en", "submit", "--kind", "complaint", "--subject", subject, "--details", "x"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("201"), std::string::npos) << r.err;
    subject.resize(subject.size() - std::string("ที่").size());
    EXPECT_EQ(
        run({"submit", "--kind", "complaint", "--subject", subject, "--details", "x"}).exit_code,
        0);
}

TEST_F(Cli, HostileTextIsStoredVerbatim) {
    std::string evil = "'); DROP TABLE cases; -- %s%n%x {}";
    json filed = submit("complaint", evil);
    json back = run_json({"show", filed["case_number"]});
    EXPECT_EQ(back["subject"], evil);
    EXPECT_EQ(run_json({"list"})["total"], 1);
}

TEST_F(Cli, SubmitReadsAJsonObjectFromStdin) {
    json in = {{"kind", "corruption"},
               {"subject", "เรียกรับเงินเพื่อเร่งใบอนุญาต"},
               {"details", "มีการเรียกรับเงินใต้โต๊ะ"},
               {"location", "อาคารสำนักงาน"}};
    CliRun r = run({"--json", "submit", "--input", "-"}, in.dump());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json filed = json::parse(r.out);
    EXPECT_EQ(run_json({"show", filed["case_number"]})["kind"], "corruption");
    CliRun bad = run({"submit", "--input", "-"}, R"({"kind":"complaint","subjekt":"x"})");
    EXPECT_EQ(bad.exit_code, 3);  // the input was refused; the command line was fine
    EXPECT_NE(bad.err.find("subjekt"), std::string::npos);
}

TEST_F(Cli, IllegalTransitionAndMissingReasonAreRefused) {
    std::string number = submit("complaint", "ไม่เก็บขยะ")["case_number"];
    CliRun skip = run({"--lang", "en", "status", number, "resolved"});
    EXPECT_EQ(skip.exit_code, 3);
    EXPECT_NE(skip.err.find("cannot change from Received to Resolved"), std::string::npos)
        << skip.err;
    EXPECT_EQ(run({"status", number, "rejected"}).exit_code, 3);
    EXPECT_EQ(run({"status", number, "rejected", "--reason", "ซ้ำกับเรื่องเดิม"}).exit_code, 0);
    EXPECT_EQ(run_json({"show", number})["status"], "rejected");
}

TEST_F(Cli, ReissuedCodeReplacesTheOldOne) {
    json filed = submit("eservice", "ขอข้อมูลงบประมาณ", {"--service", "info"});
    json fresh = run_json({"reissue-code", filed["case_number"]});
    EXPECT_NE(fresh["tracking_code"], filed["tracking_code"]);
    EXPECT_EQ(run({"show", "--code", filed["tracking_code"]}).exit_code, 4);
    EXPECT_EQ(run({"show", "--code", fresh["tracking_code"]}).exit_code, 0);
}

TEST_F(Cli, ListFiltersAndFindsThaiWordsInsideLongerRuns) {
    submit("complaint", "ถนนชำรุดเป็นหลุมบ่อ");
    submit("eservice", "ขอให้ซ่อมไฟฟ้าสาธารณะ", {"--service", "streetlight"});
    submit("suggestion", "ควรปลูกต้นไม้ริมถนน");
    json found = run_json({"list", "--search", "ถนน"});
    EXPECT_EQ(found["total"], 2);
    json kind = run_json({"list", "--kind", "eservice"});
    ASSERT_EQ(kind["rows"].size(), 1u);
    EXPECT_EQ(kind["rows"][0]["service"], "streetlight");
    EXPECT_EQ(run({"list", "--status", "done"}).exit_code, 3);
}

TEST_F(Cli, QrPngDecodesToTheCodeWithZbar) {
    std::string code = submit("suggestion", "ทดสอบคิวอาร์")["tracking_code"];
    fs::path png = dir / "code.png";
    ASSERT_EQ(run({"qr", code, "-o", png.string(), "--size", "300"}).exit_code, 0);
    FILE* p = ::popen(("zbarimg --raw -q " + quote(png.string())).c_str(), "r");
    char buf[256] = {};
    std::size_t n = std::fread(buf, 1, sizeof buf - 1, p);
    ::pclose(p);
    std::string decoded(buf, n);
    while (!decoded.empty() && decoded.back() == '\n') decoded.pop_back();
    EXPECT_EQ(decoded, code);
}

TEST_F(Cli, ExportWritesCsvWithBomAndThaiAndIsAudited) {
    submit("complaint", "น้ำประปาไม่ไหล");
    fs::path csv = dir / "cases.csv";
    ASSERT_EQ(run({"--lang", "th", "export", "--csv", "-o", csv.string()}).exit_code, 0);
    std::string text = slurp(csv);
    EXPECT_TRUE(
        text.starts_with("\xEF\xBB\xBF"
                         "เลขที่เรื่อง,"));
    EXPECT_NE(text.find("น้ำประปาไม่ไหล"), std::string::npos);
    EXPECT_GE(run_json({"audit", "verify"})["rows"].get<int>(), 2);  // the submit and the export
}

TEST_F(Cli, StatsCountsTheCurrentFiscalYearWithZerosForEmptyKinds) {
    submit("complaint", "ไฟดับ");
    submit("complaint", "ขยะล้น");
    json stats = run_json({"stats"});
    const json& fy = stats["periods"][0];
    EXPECT_EQ(fy["total"]["received"], 2);
    for (const auto& k : fy["by_kind"])
        EXPECT_EQ(k["counts"]["received"], k["key"] == "complaint" ? 2 : 0);
}

TEST_F(Cli, DemoFillsEveryKindAcrossTwoFiscalYears) {
    CliRun demo = run({"demo", "400", "--seed", "7"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    EXPECT_EQ(run_json({"list", "--limit", "1"})["total"], 400);
    for (const char* kind : {"eservice", "suggestion", "complaint", "corruption"})
        EXPECT_GT(run_json({"list", "--kind", kind, "--limit", "1"})["total"].get<int>(), 0)
            << kind;
    // The demo runs up to today, and a year back reaches into the previous fiscal year.
    const json stats = run_json({"stats"});
    const json current = stats["periods"][0];
    const int year = stats["fiscal_year"].get<int>();
    const json previous =
        run_json({"stats", "--fiscal-year", std::to_string(year - 1)})["periods"][0];
    EXPECT_GT(current["total"]["received"].get<int>(), 0);
    EXPECT_GT(previous["total"]["received"].get<int>(), 0);
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(Cli, ListFiltersAndSortsOnTheCommandLine) {
    ASSERT_EQ(run({"demo", "300", "--seed", "11"}).exit_code, 0);
    json page = run_json(
        {"list", "--kind", "complaint", "--status", "received", "--sort", "due", "--limit", "20"});
    ASSERT_GT(page["rows"].size(), 1u);
    std::string last_due;
    for (const auto& row : page["rows"]) {
        EXPECT_EQ(row["kind"], "complaint");
        EXPECT_EQ(row["status"], "received");
        EXPECT_GE(row["due_date"].get<std::string>(), last_due);  // due soonest first
        last_due = row["due_date"];
    }
    for (const auto& row : run_json({"list", "--overdue", "--limit", "50"})["rows"])
        EXPECT_TRUE(row["overdue"].get<bool>()) << row["case_number"];
    json works = run_json({"list", "--division", "works", "--limit", "50"});
    for (const auto& row : works["rows"]) EXPECT_EQ(row["division"], "works");
    // A date range: every row filed inside it, and --json after the subcommand works too.
    CliRun ranged = run({"list", "--from", "2026-11-01", "--to", "2026-11-15", "--json"});
    ASSERT_EQ(ranged.exit_code, 0) << ranged.err;
    const json in_range = json::parse(ranged.out)["rows"];
    ASSERT_FALSE(in_range.empty());
    for (const auto& row : in_range) {
        const std::string at = row["filed_at"];
        EXPECT_GE(at, "2026-10-31T17:00:00Z") << at;  // 1 Nov 00:00 in Bangkok
        EXPECT_LT(at, "2026-11-15T17:00:00Z") << at;  // through the end of 15 Nov
    }
}

TEST_F(Cli, StatsFilesForTheItaAreCsvWithBomXlsxAndAPrintablePage) {
    submit("complaint", "ไฟดับ");
    const std::string year = std::to_string(run_json({"stats"})["fiscal_year"].get<int>());
    fs::path csv = dir / "ita.csv", xlsx = dir / "ita.xlsx", html = dir / "ita.html";
    ASSERT_EQ(run({"stats", "--fiscal-year", year, "--csv", "-o", csv.string()}).exit_code, 0);
    ASSERT_EQ(run({"stats", "--fiscal-year", year, "-o", xlsx.string()}).exit_code, 0);
    ASSERT_EQ(run({"stats", "--fiscal-year", year, "-o", html.string()}).exit_code, 0);
    EXPECT_TRUE(slurp(csv).starts_with("\xEF\xBB\xBF"));
    EXPECT_NE(slurp(csv).find(year), std::string::npos);
    EXPECT_TRUE(slurp(xlsx).starts_with("PK\x03\x04"));  // a zip, as every .xlsx is
    const std::string page = slurp(html);
    EXPECT_NE(page.find("<html"), std::string::npos);
    EXPECT_NE(page.find(year), std::string::npos);
}

TEST_F(Cli, BackupAndRestoreBringBackTheCases) {
    std::string number = submit("complaint", "ก่อนสำรองข้อมูล")["case_number"];
    fs::path backup = dir / "backup.db";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    submit("complaint", "หลังสำรองข้อมูล");
    ASSERT_EQ(run({"restore", backup.string()}).exit_code, 0);
    json all = run_json({"list"});
    EXPECT_EQ(all["total"], 1);
    EXPECT_EQ(all["rows"][0]["case_number"], number);
}

TEST_F(Cli, CorruptStoreGivesTheRestoreCommandAndExitCode5) {
    submit("complaint", "เรื่องก่อนไฟล์เสีย");
    {
        std::fstream f(store, std::ios::in | std::ios::out | std::ios::binary);
        std::string garbage(4096, '\x5a');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    fs::remove(store.string() + "-wal");
    fs::remove(store.string() + "-shm");
    CliRun r = run({"--lang", "en", "list"});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("siang restore BACKUP_FILE --store " + store.string()), std::string::npos)
        << r.err;
}

TEST_F(Cli, MissingStoreSaysHowToCreateIt) {
    store = dir / "nothing-here.db";
    CliRun r = run({"--lang", "en", "list"});
    EXPECT_EQ(r.exit_code, 5);  // a store problem, not "no such case" (issue 10 item 6)
    EXPECT_NE(r.err.find("siang init --store"), std::string::npos) << r.err;
}

TEST_F(Cli, AuditVerifyNamesTheFirstEditedRow) {
    submit("complaint", "หนึ่ง");
    submit("complaint", "สอง");
    submit("complaint", "สาม");
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    // What someone with the sqlite3 shell could do: drop the guard triggers, then edit a row.
    std::string sql;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'", -1, &st,
        nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        sql += "DROP TRIGGER \"" +
               std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) + "\";";
    sqlite3_finalize(st);
    sql += "UPDATE audit_log SET actor = 'someone-else' WHERE id = 2;";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg), SQLITE_OK) << (msg ? msg : "");
    sqlite3_close(db);
    CliRun r = run({"--json", "audit", "verify"});
    EXPECT_EQ(r.exit_code, 8);
    EXPECT_EQ(json::parse(r.out)["first_broken"], 2);
}

TEST_F(Cli, LockedStoreReportsBusyAndLosesNothing) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr), SQLITE_OK);
    CliRun r = run(
        {"--lang", "en", "submit", "--kind", "complaint", "--subject", "ล็อก", "--details", "x"});
    sqlite3_exec(db, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("busy"), std::string::npos) << r.err;
    EXPECT_EQ(
        run({"submit", "--kind", "complaint", "--subject", "ล็อก", "--details", "x"}).exit_code, 0);
}

TEST_F(Cli, InitCreatesAFirstAdminWhoCanLogIn) {
    store = dir / "fresh.db";
    json init = run_json({"init"});
    std::string password = init["admin_password"];
    EXPECT_EQ(init["admin_user"], "admin");
    EXPECT_GE(password.size(), 12u);
    ::setenv("SIANG_PASSWORD", password.c_str(), 1);
    CliRun ok = run({"--user", "admin", "user", "list"});
    ::setenv("SIANG_PASSWORD", "wrong-password", 1);
    CliRun wrong = run({"--lang", "en", "--user", "admin", "list"});
    ::unsetenv("SIANG_PASSWORD");
    EXPECT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_NE(ok.out.find("admin"), std::string::npos);
    EXPECT_EQ(wrong.exit_code, 7);
    EXPECT_NE(wrong.err.find("Wrong username or password"), std::string::npos) << wrong.err;
    EXPECT_FALSE(run_json({"init"}).contains("admin_password"));  // only ever shown once
}

TEST_F(Cli, ClerkNeitherListsShowsCountsNorExportsCorruptionComplaints) {
    ASSERT_EQ(
        run({"user", "add", "somchai", "--role", "clerk", "--password-stdin"}, "clerk-password\n")
            .exit_code,
        0);
    std::string secret = submit("corruption", "เรียกรับเงินใต้โต๊ะ")["case_number"];
    submit("complaint", "ถนนชำรุด");
    ::setenv("SIANG_PASSWORD", "clerk-password", 1);
    json list = run_json({"--user", "somchai", "list", "--search", "เงิน"});
    json all = run_json({"--user", "somchai", "list"});
    CliRun show = run({"--user", "somchai", "show", secret});
    CliRun reissue = run({"--user", "somchai", "reissue-code", secret});
    CliRun add =
        run({"--user", "somchai", "user", "add", "x1", "--role", "admin", "--password-stdin"},
            "kaeng-som-2569\n");
    fs::path csv = dir / "clerk.csv";
    CliRun exported = run({"--user", "somchai", "export", "--csv", "-o", csv.string()});
    ::unsetenv("SIANG_PASSWORD");
    EXPECT_EQ(list["total"], 0);
    EXPECT_EQ(all["total"], 1);
    EXPECT_EQ(show.exit_code, 4);
    EXPECT_EQ(reissue.exit_code, 4);
    EXPECT_EQ(add.exit_code, 7);
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    EXPECT_EQ(slurp(csv).find("เรียกรับเงิน"), std::string::npos);
    EXPECT_EQ(run_json({"list"})["total"], 2);  // the local administrator sees both
}

TEST_F(Cli, OnlyAnAdministratorBacksUpRestoresOrFillsTheWholeStore) {
    for (auto [name, role] : {std::pair{"somchai", "clerk"}, std::pair{"malee", "integrity"},
                              std::pair{"anan", "admin"}})
        ASSERT_EQ(run({"user", "add", name, "--role", role, "--password-stdin"}, "kaeng-som-2569\n")
                      .exit_code,
                  0);
    submit("corruption", "เรียกรับเงินใต้โต๊ะ");
    fs::path copy = dir / "copy.db";
    ::setenv("SIANG_PASSWORD", "kaeng-som-2569", 1);
    for (const char* staff : {"somchai", "malee"}) {
        EXPECT_EQ(run({"--user", staff, "backup", "-o", copy.string()}).exit_code, 7) << staff;
        EXPECT_FALSE(fs::exists(copy)) << staff;
        EXPECT_EQ(run({"--user", staff, "demo", "5"}).exit_code, 7) << staff;
    }
    CliRun by_admin = run({"--user", "anan", "backup", "-o", copy.string()});
    CliRun restore_by_clerk = run({"--user", "somchai", "restore", copy.string()});
    ::unsetenv("SIANG_PASSWORD");
    ASSERT_EQ(by_admin.exit_code, 0) << by_admin.err;
    EXPECT_TRUE(fs::exists(copy));
    EXPECT_EQ(restore_by_clerk.exit_code, 7);
    EXPECT_EQ(run_json({"list"})["total"], 1);  // the clerk's demo added nothing
}

TEST_F(Cli, FullDiskIsReportedClearlyAndLosesNothingAlreadyFiled) {
    // The empty store with its write-ahead log takes about 400 KiB since schema step 10.
    SmallDisk disk(dir / "small-disk", "size=800k");
    if (!disk.mounted) GTEST_SKIP() << "mounting a tmpfs needs root";
    store = disk.where / "siang.db";
    ASSERT_EQ(run({"init"}).exit_code, 0);
    std::vector<std::string> filed;
    for (int i = 0; i < 3; ++i)
        filed.push_back(submit("complaint", "ก่อนดิสก์เต็ม " + std::to_string(i))["case_number"]);
    std::string details;
    for (int i = 0; i < 700; ++i) details += "ข้อมูลยาว";  // 4,900 characters
    CliRun full;
    int filled = 0;
    for (; filled < 100; ++filled) {
        full = run({"--lang", "en", "submit", "--kind", "complaint", "--subject",
                    "ใหญ่ " + std::to_string(filled), "--details", details});
        if (full.exit_code != 0) break;
    }
    ASSERT_LT(filled, 100) << "800 KiB never filled up";
    EXPECT_EQ(full.exit_code, 5);
    EXPECT_NE(full.err.find("The disk is full"), std::string::npos) << full.err;
    EXPECT_NE(full.err.find("siang.db"), std::string::npos) << full.err;  // names the file
    EXPECT_EQ(run({"check"}).exit_code, 0);
    for (const auto& number : filed) EXPECT_EQ(run({"show", number}).exit_code, 0) << number;
    // Every filing that said it succeeded is there; the one that failed left nothing behind.
    EXPECT_EQ(run_json({"list", "--limit", "1"})["total"], 3 + filled);
}

}  // namespace
