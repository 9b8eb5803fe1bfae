// End-to-end tests of `siang stats` for a clerk: every output says this month's corruption
// complaints are not in it yet, and an integrity officer's has them all and no note.
#include "tools/cli_fixture.hpp"

namespace {

constexpr const char* note_th = "ยังไม่รวมเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่รับในเดือน";
constexpr const char* note_en = "do not include the corruption complaints filed in";

class CliStatsNote : public CliWithStaff {
  protected:
    void SetUp() override {
        CliWithStaff::SetUp();
        submit("corruption", "เรียกรับเงินใต้โต๊ะ");
        submit("complaint", "ถนนชำรุด");
    }

    std::string output(const std::string& user, const std::string& name,
                       const std::string& lang = "th") {
        const std::string path = (dir / name).string();
        CliRun r = run({"--lang", lang, "--user", user, "stats", "-o", path});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return slurp(path);
    }
};

TEST_F(CliStatsNote, ClerksScreenTableSaysThisMonthsCorruptionComplaintsAreLeftOut) {
    CliRun th = run({"--lang", "th", "--user", "somchai", "stats"});
    ASSERT_EQ(th.exit_code, 0) << th.err;
    EXPECT_NE(th.out.find(note_th), std::string::npos) << th.out;
    EXPECT_NE(th.out.find(" *\n"), std::string::npos) << th.out;  // the affected periods marked
    CliRun en = run({"--lang", "en", "--user", "somchai", "stats"});
    EXPECT_NE(en.out.find(note_en), std::string::npos) << en.out;
}

TEST_F(CliStatsNote, ClerksCsvHasItsBomAndANoteRow) {
    std::string th = output("somchai", "clerk.csv");
    EXPECT_TRUE(th.starts_with("\xEF\xBB\xBF")) << th.substr(0, 8);
    EXPECT_NE(th.find("\r\nหมายเหตุ,"), std::string::npos) << th;
    EXPECT_NE(th.find(note_th), std::string::npos);
    std::string en = output("somchai", "clerk-en.csv", "en");
    EXPECT_NE(en.find("\r\nNote,"), std::string::npos) << en;
    EXPECT_NE(en.find(note_en), std::string::npos);
}

TEST_F(CliStatsNote, ClerksWorkbookAndPrintablePageStateTheNote) {
    std::string html = output("somchai", "clerk.html");
    EXPECT_NE(html.find(note_th), std::string::npos) << html;
    // An .xlsx is a zip of deflated XML; unzip it with Python as an independent reader.
    const std::string path = (dir / "clerk.xlsx").string();
    ASSERT_EQ(run({"--lang", "en", "--user", "somchai", "stats", "-o", path}).exit_code, 0);
    std::string cmd =
        "/usr/bin/python3 -c \"import sys, zipfile; "
        "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode())\" '" +
        path + "'";
    std::string strings;
    FILE* p = ::popen(cmd.c_str(), "r");
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) strings.append(buf, n);
    ::pclose(p);
    EXPECT_NE(strings.find(note_en), std::string::npos) << strings;
}

TEST_F(CliStatsNote, ClerksJsonNamesTheWithheldMonth) {
    json clerk = run_json({"--user", "somchai", "stats"});
    ASSERT_TRUE(clerk.contains("corruption_withheld")) << clerk.dump();
    ASSERT_TRUE(clerk["corruption_withheld"].is_string()) << clerk.dump();
    EXPECT_EQ(clerk["corruption_withheld"].get<std::string>().size(), 7u);  // "2569-11"
    json full = run_json({"--user", "malee", "stats"});
    EXPECT_TRUE(full["corruption_withheld"].is_null()) << full.dump();
}

TEST_F(CliStatsNote, IntegrityOfficersOutputsHaveTheFullCountsAndNoNote) {
    CliRun screen = run({"--lang", "th", "--user", "malee", "stats"});
    ASSERT_EQ(screen.exit_code, 0) << screen.err;
    EXPECT_EQ(screen.out.find(note_th), std::string::npos) << screen.out;
    EXPECT_EQ(screen.out.find(" *\n"), std::string::npos);
    std::string csv = output("malee", "full.csv");
    EXPECT_EQ(csv.find("หมายเหตุ"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",ร้องเรียนการทุจริตและประพฤติมิชอบ,1,"), std::string::npos) << csv;
    EXPECT_EQ(output("malee", "full.html").find(note_th), std::string::npos);
    // The local administrator sees everything too.
    EXPECT_EQ(run({"--lang", "th", "stats"}).out.find(note_th), std::string::npos);
}

}  // namespace
