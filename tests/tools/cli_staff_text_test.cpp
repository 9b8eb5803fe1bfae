// `siang status` leaves staff text to the store's one rule (issue 10 item 5): control characters
// refused with a sentence in the user's language, CRLF and edges cleaned before storing.
#include "tools/cli_fixture.hpp"

namespace {

TEST_F(Cli, StatusNoteWithAnEscapeIsRefusedAndNothingIsWritten) {
    const json filed = submit("complaint", "ถนนชำรุด");
    const std::string number = filed["case_number"];
    CliRun r = run({"--json", "status", number, "in_review", "--note", "\x1b[2Jโทรแล้ว"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    const json e = json::parse(r.out.empty() ? r.err : r.out, nullptr, false);
    EXPECT_EQ(e["error"], "control_character");
    EXPECT_EQ(e["detail"], "note");
    r = run({"--lang", "th", "status", number, "rejected", "--reason", "ซ้ำ\x07"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("เหตุผลมีอักขระควบคุม"), std::string::npos) << r.err;
    EXPECT_EQ(run_json({"show", number})["history"].size(), 1u);
}

TEST_F(Cli, StatusTextIsStoredTrimmedWithCrLfNormalised) {
    const json filed = submit("complaint", "ถนนชำรุด");
    const std::string number = filed["case_number"];
    ASSERT_EQ(
        run({"status", number, "in_review", "--reply", "  รับเรื่องแล้ว\r\nจะซ่อมภายในสัปดาห์นี้ \r\n"})
            .exit_code,
        0);
    const json shown = run_json({"show", number});
    ASSERT_EQ(shown["history"].size(), 2u);
    EXPECT_EQ(shown["history"][1]["public_reply"], "รับเรื่องแล้ว\nจะซ่อมภายในสัปดาห์นี้");
}

}  // namespace
