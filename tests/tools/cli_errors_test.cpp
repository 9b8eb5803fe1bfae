// `siang`'s one error contract end to end (issue 10 item 6): each failure exits with its own code
// from the README table and says its own sentence, read from the error's typed payload.
#include "tools/cli_fixture.hpp"

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

TEST_F(Cli, AMissingStoreExitsAsAStoreProblemAndSaysHowToCreateIt) {
    store = dir / "nothing-here.db";
    CliRun r = run({"--lang", "en", "list"});
    EXPECT_EQ(r.exit_code, 5) << r.err;  // 4 would say "no such case"
    EXPECT_EQ(r.err, "siang: There is no store at " + store.string() +
                         ". Create one with: siang init --store " + store.string() + "\n");
    CliRun j = run({"--json", "list"});
    EXPECT_EQ(j.exit_code, 5);
    const json e = json::parse(j.out);
    EXPECT_EQ(e["error"], "store_missing");
    EXPECT_EQ(e["detail"], store.string());  // the path, not a sentence
    EXPECT_FALSE(fs::exists(store));
}

TEST_F(Cli, ATakenUsernameIsRefusedInputWithItsOwnSentence) {
    ASSERT_EQ(run({"user", "add", "somchai", "--role", "clerk", "--password-stdin"},
                  "kaeng-som-2569\n")
                  .exit_code,
              0);
    CliRun r = run({"--lang", "en", "user", "add", "somchai", "--role", "clerk", "--password-stdin"},
                   "kaeng-som-2569\n");
    EXPECT_EQ(r.exit_code, 3) << r.err;  // not 2, "bad command line"
    EXPECT_EQ(r.err, "siang: The username \"somchai\" is already taken. Please choose another.\n");
    CliRun th = run({"--lang", "th", "--json", "user", "add", "somchai", "--role", "clerk",
                     "--password-stdin"},
                    "kaeng-som-2569\n");
    EXPECT_EQ(th.exit_code, 3);
    EXPECT_EQ(th.err, "siang: ชื่อผู้ใช้ \"somchai\" มีผู้ใช้แล้ว กรุณาเลือกชื่ออื่น\n");
    const json e = json::parse(th.out);
    EXPECT_EQ(e["error"], "username_taken");
    EXPECT_EQ(e["detail"], "somchai");
}

TEST_F(Cli, AMalformedUsernameIsRefusedInputNotABadCommandLine) {
    CliRun r = run({"--lang", "en", "user", "add", "Som Chai", "--role", "clerk",
                    "--password-stdin"},
                   "kaeng-som-2569\n");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("\"Som Chai\" cannot be used"), std::string::npos) << r.err;
}

TEST_F(Cli, AnAdministratorDisablingThemselfIsNotAllowed) {
    // Without --user the CLI is the local administrator, "siang".
    CliRun r = run({"--lang", "en", "--json", "user", "disable", "siang"});
    EXPECT_EQ(r.exit_code, 7) << r.err;  // a refusal, not "bad command line"
    EXPECT_EQ(r.err,
              "siang: An administrator cannot disable their own account; another administrator "
              "must do it.\n");
    EXPECT_EQ(json::parse(r.out)["error"], "permission_denied");
}

TEST_F(Cli, ATooLongFieldSaysItsCountAndLimitFromThePayload) {
    CliRun r = run({"--lang", "en", "--json", "submit", "--kind", "complaint", "--subject",
                    repeat("ก", 250), "--details", "x"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_EQ(r.err,
              "siang: Please shorten the subject: it has 250 characters and the limit is 200.\n");
    const json e = json::parse(r.out);
    EXPECT_EQ(e["error"], "field_too_long");
    EXPECT_EQ(e["field"], "subject");
    EXPECT_EQ(e["count"], 250);
    EXPECT_EQ(e["limit"], 200);
    EXPECT_FALSE(e.contains("detail"));  // nothing packed into it
}

TEST_F(Cli, UnknownJsonInputIsRefusedInputNamingTheKey) {
    CliRun r = run({"--lang", "en", "submit", "--input", "-"},
                   R"({"kind":"complaint","subjekt":"x"})");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_EQ(r.err,
              "siang: The JSON input has a key \"subjekt\" that Siang does not know. Please check "
              "its name.\n");
}

}  // namespace
