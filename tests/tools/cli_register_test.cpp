// End-to-end tests of the corruption register through `siang` (SPEC §5): a clerk's numbers have
// no gaps, the integrity officer's corruption complaints run ทจ 1..m, every command takes both
// written forms, and nothing a clerk can run brings the hidden cases back.
#include <functional>

#include "tools/cli_fixture.hpp"

namespace {

class CliRegister : public CliWithStaff {
  protected:
    // Files the kinds in this order and returns their case numbers.
    std::vector<std::string> file(const std::vector<std::string>& kinds) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            std::vector<std::string> extra;
            if (kinds[i] == "eservice") extra = {"--service", "streetlight"};
            out.push_back(submit(kinds[i], "เรื่องที่ " + std::to_string(i + 1), extra)["case_number"]);
        }
        return out;
    }

    std::vector<std::string> listed(const std::string& user, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"--user", user, "list", "--sort", "oldest"};
        args.insert(args.end(), extra.begin(), extra.end());
        json page = run_json(args);
        std::vector<std::string> out;
        for (const auto& r : page["rows"]) out.push_back(r["case_number"]);
        EXPECT_EQ(page["total"], out.size());
        return out;
    }
};

std::string fiscal_year_of(const std::string& general_number) {
    return general_number.substr(0, 4);
}

std::vector<std::string> running(const std::string& prefix, const std::string& fy, int n) {
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i) {
        char seq[16];
        std::snprintf(seq, sizeof seq, "%06d", i);
        out.push_back(prefix + fy + "-" + seq);
    }
    return out;
}

TEST_F(CliRegister, ClerksNumbersRunWithoutGapsAndCorruptionComplaintsRunTheirOwnRegister) {
    const auto numbers = file({"complaint", "corruption", "suggestion", "corruption", "eservice",
                               "corruption", "complaint"});
    const std::string fy = fiscal_year_of(numbers[0]);
    EXPECT_EQ(numbers[1], "ทจ " + fy + "-000001");
    EXPECT_EQ(numbers[5], "ทจ " + fy + "-000003");
    EXPECT_EQ(listed("somchai"), running("", fy, 4));
    EXPECT_EQ(listed("malee", {"--kind", "corruption"}), running("ทจ ", fy, 3));
    // The local administrator's list holds both registers, each without gaps.
    json all = run_json({"list", "--sort", "oldest"});
    EXPECT_EQ(all["total"], 7);
}

TEST_F(CliRegister, EveryCommandTakesTheThaiFormWithOrWithoutSpaceAndTheAsciiAlias) {
    const auto numbers = file({"complaint", "corruption"});
    const std::string fy = fiscal_year_of(numbers[0]);
    const std::string canonical = "ทจ " + fy + "-000001";
    for (const std::string& typed :
         {canonical, "ทจ" + fy + "-1", "TJ-" + fy + "-1", "tj-" + fy + "-000001"}) {
        json shown = run_json({"--user", "malee", "show", typed});
        EXPECT_EQ(shown["case_number"], canonical) << typed;
        EXPECT_EQ(shown["kind"], "corruption") << typed;
    }
    json moved = run_json({"--user", "malee", "status", "TJ-" + fy + "-1", "in_review"});
    EXPECT_EQ(moved["case_number"], canonical);
    json reissued = run_json({"--user", "malee", "reissue-code", "ทจ" + fy + "-000001"});
    EXPECT_EQ(reissued["case_number"], canonical);
    // The same digits without the prefix are the general register's case.
    EXPECT_EQ(run_json({"--user", "malee", "show", fy + "-1"})["kind"], "complaint");
    CliRun plain = run({"--user", "malee", "show", "TJ-" + fy + "-1"});
    ASSERT_EQ(plain.exit_code, 0) << plain.err;
    EXPECT_NE(plain.out.find(canonical), std::string::npos) << plain.out;
}

// A clerk guessing ทจ numbers learns nothing: an existing one fails exactly as a free one does.
TEST_F(CliRegister, ClerkGuessingCorruptionNumbersCannotTellTakenFromFree) {
    const auto numbers = file({"corruption", "complaint"});
    const std::string fy = fiscal_year_of(numbers[1]);
    const std::string taken = "ทจ " + fy + "-000001";
    const std::string free = "ทจ " + fy + "-000002";
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"show"}, {"status"}, {"reissue-code"}}) {
        auto attempt = [&](const std::string& number) {
            std::vector<std::string> args{"--lang", "en", "--user", "somchai"};
            args.insert(args.end(), command.begin(), command.end());
            args.push_back(number);
            if (command[0] == "status") args.push_back("in_review");
            return run(args);
        };
        CliRun a = attempt(taken), b = attempt(free);
        EXPECT_EQ(a.exit_code, 4) << command[0] << a.err;
        EXPECT_EQ(a.exit_code, b.exit_code) << command[0];
        std::string a_err = a.err, b_err = b.err;
        a_err.replace(a_err.find(taken), taken.size(), "N");
        b_err.replace(b_err.find(free), free.size(), "N");
        EXPECT_EQ(a_err, b_err) << command[0];
    }
}

TEST_F(CliRegister, ExportsAndStatisticsKeepTheRegisters) {
    const auto numbers = file({"complaint", "corruption", "suggestion"});
    const std::string fy = fiscal_year_of(numbers[0]);
    fs::path clerk_csv = dir / "clerk.csv", officer_csv = dir / "officer.csv";
    ASSERT_EQ(run({"--user", "somchai", "export", "--csv", "-o", clerk_csv.string()}).exit_code, 0);
    ASSERT_EQ(run({"--user", "malee", "export", "--csv", "-o", officer_csv.string()}).exit_code, 0);
    const std::string clerk = slurp(clerk_csv), officer = slurp(officer_csv);
    EXPECT_NE(clerk.find(fy + "-000002"), std::string::npos);
    EXPECT_EQ(clerk.find("ทจ"), std::string::npos);
    EXPECT_NE(officer.find("ทจ " + fy + "-000001"), std::string::npos);
    EXPECT_NE(officer.find(fy + "-000002"), std::string::npos);
}

// Row ids follow filing order across both registers, so one shown anywhere would bring the gaps
// back: no JSON a clerk gets carries a number under a key naming an id (the statistics' period
// ids are labels such as "FY2570" and "2569-11").
TEST_F(CliRegister, ClerksJsonCarriesNoInternalRowIds) {
    const auto numbers = file({"complaint", "corruption", "complaint"});
    ASSERT_EQ(run({"--user", "somchai", "status", numbers[2], "in_review", "--note", "ตรวจแล้ว"})
                  .exit_code,
              0);
    std::function<void(const json&, const std::string&)> no_ids = [&](const json& j,
                                                                      const std::string& where) {
        if (j.is_object()) {
            for (const auto& [key, value] : j.items()) {
                if (key.find("id") != std::string::npos) {
                    EXPECT_FALSE(value.is_number()) << where << "." << key;
                }
                no_ids(value, where + "." + key);
            }
        } else if (j.is_array()) {
            for (const auto& v : j) no_ids(v, where + "[]");
        }
    };
    no_ids(run_json({"--user", "somchai", "list"}), "list");
    no_ids(run_json({"--user", "somchai", "list", "--search", "เรื่อง"}), "search");
    no_ids(run_json({"--user", "somchai", "show", numbers[2]}), "show");
    no_ids(run_json({"--user", "somchai", "stats"}), "stats");
}

// Filed now, so always in the month in progress: the officer counts it, a clerk not yet.
TEST_F(CliRegister, ClerksStatisticsLeaveOutThisMonthsCorruptionComplaints) {
    file({"corruption", "complaint"});
    auto received = [&](const std::string& user, const std::string& kind) {
        json stats = run_json({"--user", user, "stats"});
        for (const auto& k : stats["periods"][0]["by_kind"])
            if (k["key"] == kind) return k["counts"]["received"].get<int>();
        return -1;
    };
    EXPECT_EQ(received("malee", "corruption"), 1);
    EXPECT_EQ(received("somchai", "corruption"), 0);
    EXPECT_EQ(received("somchai", "complaint"), 1);
}

// The audit log grows with every filing, so its row count would time each hidden one.
TEST_F(CliRegister, ClerkCannotReadTheAuditLogsSizeThroughCheckOrVerify) {
    file({"corruption"});
    CliRun verify = run({"--json", "--user", "somchai", "audit", "verify"});
    CliRun check = run({"--json", "--user", "somchai", "check"});
    EXPECT_EQ(verify.exit_code, 7) << verify.out;
    EXPECT_EQ(check.exit_code, 7) << check.out;
    EXPECT_EQ(verify.out.find("rows"), std::string::npos) << verify.out;
    EXPECT_EQ(check.out.find("audit_rows"), std::string::npos) << check.out;
    EXPECT_EQ(run({"audit", "verify"}).exit_code, 0);  // the local administrator may
}

}  // namespace
