// The one error contract (issue 10 item 6): every code has a name that round-trips, an exit code
// and a sentence in both languages, and sentences read the typed payload, never a packed detail.
#include <gtest/gtest.h>

#include <set>

#include "core/error.hpp"
#include "i18n/catalog.hpp"

namespace siang {
namespace {

TEST(ErrorContract, ErrcCountCoversTheWholeEnum) {
    // A code added after the last one without bumping errc_count has a name here.
    EXPECT_EQ(error_name(static_cast<Errc>(errc_count)), "unknown");
    EXPECT_NE(error_name(static_cast<Errc>(errc_count - 1)), "unknown");
}

TEST(ErrorContract, EveryCodeHasAUniqueNameThatRoundTrips) {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < errc_count; ++i) {
        const auto code = static_cast<Errc>(i);
        const std::string_view name = error_name(code);
        EXPECT_NE(name, "unknown") << i;
        EXPECT_TRUE(names.insert(name).second) << name;
        EXPECT_EQ(errc_from_name(name), code) << name;
    }
    EXPECT_EQ(errc_from_name("no_such_error"), std::nullopt);
}

TEST(ErrorContract, EveryCodeHasAThaiAndAnEnglishSentenceThatAreNotItsKey) {
    for (std::size_t i = 0; i < errc_count; ++i) {
        const Error e{static_cast<Errc>(i), "x"};
        const std::string key = "error." + std::string(error_name(e.code));
        ASSERT_TRUE(i18n::has_key(key)) << key;
        const std::string th = i18n::report_error(e, i18n::Lang::th);
        const std::string en = i18n::report_error(e, i18n::Lang::en);
        EXPECT_NE(th, key);
        EXPECT_NE(en, key);
        EXPECT_NE(th, en) << key;
    }
}

TEST(ErrorContract, EveryCodeHasAnExitCodeFromTheReadmeTable) {
    for (std::size_t i = 0; i < errc_count; ++i) {
        const int c = exit_code(static_cast<Errc>(i));
        EXPECT_GE(c, exit_failure) << error_name(static_cast<Errc>(i));
        EXPECT_LE(c, exit_network) << error_name(static_cast<Errc>(i));
    }
}

TEST(ErrorContract, ABadCommandLineIsTheOnlyUsageExit) {
    for (std::size_t i = 0; i < errc_count; ++i) {
        const auto code = static_cast<Errc>(i);
        if (code == Errc::invalid_argument) continue;
        EXPECT_NE(exit_code(code), exit_usage) << error_name(code);
    }
}

TEST(ErrorContract, AMissingStoreIsAStoreProblemNotAMissingCase) {
    EXPECT_EQ(exit_code(Errc::store_missing), exit_store);
    EXPECT_EQ(exit_code(Errc::not_found), exit_not_found);
    EXPECT_EQ(i18n::report_error({Errc::store_missing, "/srv/siang.db"}, i18n::Lang::en),
              "There is no store at /srv/siang.db. Create one with: siang init --store "
              "/srv/siang.db");
}

TEST(ErrorContract, RefusalsAndDefectsHaveTheirOwnExitCodes) {
    EXPECT_EQ(exit_code(Errc::username_taken), exit_invalid_input);
    EXPECT_EQ(exit_code(Errc::invalid_username), exit_invalid_input);
    EXPECT_EQ(exit_code(Errc::permission_denied), exit_denied);
    EXPECT_EQ(exit_code(Errc::internal), exit_failure);
    EXPECT_EQ(exit_code(Errc::display_failed), exit_failure);
}

TEST(ErrorContract, NetworkFailuresHaveTheirOwnExitCodeAndAnUntrustedServerIsAnIntegrityFailure) {
    EXPECT_EQ(exit_code(Errc::server_unreachable), exit_network);
    EXPECT_EQ(exit_code(Errc::rate_limited), exit_network);
    EXPECT_EQ(exit_code(Errc::server_untrusted), exit_integrity);
    EXPECT_EQ(exit_code(Errc::device_refused), exit_denied);
    EXPECT_EQ(exit_code(Errc::not_enrolled), exit_config);
    EXPECT_EQ(exit_code(Errc::session_expired), exit_denied);
    EXPECT_EQ(exit_code(Errc::case_changed), exit_invalid_input);
    EXPECT_EQ(i18n::report_error({.code = Errc::rate_limited, .count = 30}, i18n::Lang::en),
              "Too many attempts. Please wait 30 seconds and try again.");
}

TEST(ErrorContract, TooLongReadsCountAndLimitFromThePayload) {
    const Error e{.code = Errc::field_too_long, .field = "subject", .count = 250, .limit = 200};
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::en),
              "Please shorten the subject: it has 250 characters and the limit is 200.");
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::th),
              "หัวเรื่องยาว 250 ตัวอักษร เกินกำหนด 200 ตัวอักษร กรุณาตัดให้สั้นลง");
}

TEST(ErrorContract, TransitionReadsBothStatusesFromThePayload) {
    const Error e{.code = Errc::illegal_transition, .from = "received", .to = "resolved"};
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::th),
              "เปลี่ยนสถานะจาก รับเรื่องแล้ว เป็น ดำเนินการแล้วเสร็จ ไม่ได้");
}

TEST(ErrorContract, LoginWaitReadsItsMinutesFromThePayload) {
    const Error four{.code = Errc::permission_denied, .detail = "login_wait", .count = 4};
    EXPECT_NE(i18n::report_error(four, i18n::Lang::th).find("4 นาที"), std::string::npos);
    const Error one{.code = Errc::permission_denied, .detail = "login_wait", .count = 1};
    EXPECT_NE(i18n::report_error(one, i18n::Lang::en).find("1 minute."), std::string::npos);
}

TEST(ErrorContract, AnAdministratorDisablingThemselfIsARefusalWithItsOwnSentence) {
    const Error e{Errc::permission_denied, "own_account"};
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::en),
              "An administrator cannot disable their own account; another administrator must do "
              "it.");
}

TEST(ErrorContract, FactsListThePayloadForAJsonError) {
    const Error e{.code = Errc::field_too_long, .field = "details", .count = 5001, .limit = 5000};
    const auto facts = error_facts(e);
    ASSERT_EQ(facts.size(), 4u);
    EXPECT_EQ(facts[0].key, "code");
    EXPECT_EQ(std::get<std::string>(facts[0].value), "field_too_long");
    EXPECT_EQ(facts[1].key, "field");
    EXPECT_EQ(std::get<std::string>(facts[1].value), "details");
    EXPECT_EQ(facts[2].key, "count");
    EXPECT_EQ(std::get<std::int64_t>(facts[2].value), 5001);
    EXPECT_EQ(facts[3].key, "limit");
    EXPECT_EQ(std::get<std::int64_t>(facts[3].value), 5000);
}

}  // namespace
}  // namespace siang
