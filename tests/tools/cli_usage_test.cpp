// `siang`'s usage errors (issue 10 item 6): each rule of the command line has its own sentence in
// the user's language, chosen by the error's field; the detail carries only the value given.
#include "tools/cli_fixture.hpp"

namespace {

TEST_F(Cli, CsvWithoutAnOutputFileSaysHowToNameOneInEnglishAndThai) {
    CliRun en = run({"--lang", "en", "stats", "--csv"});
    EXPECT_EQ(en.exit_code, 2) << en.err;
    EXPECT_EQ(en.err, "siang: --csv needs an output file: add -o FILE.csv.\n");
    CliRun th = run({"--lang", "th", "stats", "--csv"});
    EXPECT_EQ(th.exit_code, 2) << th.err;
    EXPECT_EQ(th.err, "siang: ตัวเลือก --csv ต้องระบุไฟล์ผลลัพธ์ด้วย กรุณาเพิ่ม -o ชื่อไฟล์.csv\n");
}

TEST_F(Cli, AnUnknownSortOrderNamesWhatWasGivenAndTheChoices) {
    CliRun th = run({"--lang", "th", "list", "--sort", "sideways"});
    EXPECT_EQ(th.exit_code, 2) << th.err;
    EXPECT_EQ(th.err,
              "siang: ไม่รู้จักการเรียงลำดับ \"sideways\" กรุณาระบุ --sort เป็น newest, oldest "
              "หรือ due\n");
    CliRun en = run({"--lang", "en", "list", "--sort", "sideways"});
    EXPECT_EQ(en.err,
              "siang: Unknown sort order \"sideways\": give --sort newest, oldest or due.\n");
}

TEST_F(Cli, AUsageErrorInJsonCarriesTheRuleAndTheValueNotASentence) {
    CliRun r = run({"--json", "--lang", "en", "list", "--limit", "0"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    const json e = json::parse(r.out);
    EXPECT_EQ(e["error"], "invalid_argument");
    EXPECT_EQ(e["field"], "limit");
    EXPECT_EQ(e["detail"], "0");
    EXPECT_EQ(e["message"], "--limit 0 cannot be used: give a number from 1 to 10000.");
}

TEST_F(Cli, AnUnknownLanguageIsSaidInTheEnvironmentsLanguage) {
    CliRun r = run({"--lang", "fr", "list"});  // the fixture runs with LANG=C.UTF-8: English
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err, "siang: Unknown language \"fr\": use --lang th or --lang en.\n");
}

}  // namespace
