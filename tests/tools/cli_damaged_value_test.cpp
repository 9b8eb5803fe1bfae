// `siang` on a store holding a kind it does not know: refused, reported by `siang check` (issue
// 10).
#include "tools/cli_fixture.hpp"

namespace {

// Writes past the schema's CHECK constraints with the sqlite3 C API, as a tool editing the file.
void damage(const fs::path& store, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    const std::string all = "PRAGMA ignore_check_constraints = ON; " + sql;
    const int rc = sqlite3_exec(db, all.c_str(), nullptr, nullptr, &msg);
    const std::string err = msg ? msg : "";
    sqlite3_free(msg);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << err;
}

class CliDamagedValue : public CliWithStaff {};

TEST_F(CliDamagedValue, ADamagedKindIsRefusedToAClerkAndCheckNamesTheRow) {
    const json filed = submit("complaint", "ถนนชำรุด");
    damage(store, "UPDATE cases SET kind = 'corruptionx' WHERE id = 1");
    const std::string number = filed["case_number"];

    const CliRun shown = run({"--lang", "en", "--user", "somchai", "show", number});
    EXPECT_EQ(shown.exit_code, 5) << shown.out << shown.err;
    EXPECT_EQ(shown.out.find("ถนนชำรุด"), std::string::npos) << shown.out;
    EXPECT_NE(shown.err.find("siang check"), std::string::npos) << shown.err;
    const CliRun listed = run({"--lang", "en", "--user", "somchai", "list"});
    EXPECT_EQ(listed.exit_code, 5) << listed.out << listed.err;
    EXPECT_EQ(listed.out.find("ถนนชำรุด"), std::string::npos) << listed.out;
    const CliRun thai = run({"--lang", "th", "--user", "malee", "show", number});
    EXPECT_EQ(thai.exit_code, 5);
    EXPECT_NE(thai.err.find("ข้อมูลในฐานข้อมูลเสียหาย"), std::string::npos) << thai.err;

    const CliRun checked = run({"--lang", "en", "check"});
    EXPECT_EQ(checked.exit_code, 8) << checked.err;
    EXPECT_NE(checked.err.find("cases.kind row 1"), std::string::npos) << checked.err;
    const CliRun as_json = run({"--json", "check"});
    EXPECT_EQ(as_json.exit_code, 8);
    const json report = json::parse(as_json.out);
    EXPECT_FALSE(report["ok"].get<bool>());
    EXPECT_EQ(report["damaged_values"], json::array({"cases.kind row 1"}));
}

}  // namespace
