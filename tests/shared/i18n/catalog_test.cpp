// Tests for the string catalogue: completeness and the sentences made from error values.
#include "i18n/catalog.hpp"

#include <gtest/gtest.h>

#include <set>

namespace siang::i18n {
namespace {

TEST(Catalog, HasAThaiAndEnglishSentenceForEveryErrorCode) {
    // Up to the first value error_name does not know: new codes are covered without editing this.
    for (int c = 0; error_name(static_cast<Errc>(c)) != "unknown"; ++c) {
        auto code = static_cast<Errc>(c);
        std::string key = "error." + std::string(error_name(code));
        ASSERT_TRUE(has_key(key)) << key;
        EXPECT_FALSE(tr(key, Lang::th).empty()) << key;
        EXPECT_NE(tr(key, Lang::th), tr(key, Lang::en)) << key;
    }
}

TEST(Catalog, KeysAreUnique) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < key_count(); ++i)
        EXPECT_TRUE(seen.insert(key_at(i)).second) << key_at(i);
}

TEST(Catalog, LanguageIdsRoundTrip) {
    for (Lang l : {Lang::th, Lang::en}) EXPECT_EQ(parse_lang(lang_id(l)), l);
    EXPECT_EQ(lang_id(Lang::th), "th");
    EXPECT_EQ(parse_lang("TH"), std::nullopt);
}

TEST(Catalog, UnknownKeyComesBackAsItself) {
    EXPECT_EQ(tr("no.such.key", Lang::th), "no.such.key");
}

TEST(Catalog, CorruptStoreMessageSaysHowToRestore) {
    Error e{Errc::store_corrupt, "/var/lib/siang/siang.db"};
    std::string m = report_error(e, Lang::en);
    EXPECT_NE(m.find("siang restore BACKUP_FILE --store /var/lib/siang/siang.db"),
              std::string::npos);
}

TEST(Catalog, FormatFillsPlaceholdersInOrderAndIgnoresExtras) {
    EXPECT_EQ(format("{} of {}", {"1", "2", "3"}), "1 of 2");
    EXPECT_EQ(format("{} and {}", {"x"}), "x and ");
}

// Staff accounts (issue 8): each broken password rule and the back-off read as a sentence.
TEST(Catalog, SaysWhichPasswordRuleFailedAndHowLongToWait) {
    for (const char* rule : {"too_short", "username", "common"}) {
        const auto th = report_error({Errc::weak_password, rule}, Lang::th);
        const auto en = report_error({Errc::weak_password, rule}, Lang::en);
        EXPECT_EQ(th.find(rule), std::string::npos) << th;
        EXPECT_NE(th, en);
    }
    EXPECT_NE(report_error({Errc::weak_password, "too_short"}, Lang::en).find("10"),
              std::string::npos);
    EXPECT_NE(report_error({Errc::username_reserved, "siang"}, Lang::th).find("siang"),
              std::string::npos);
}

}  // namespace
}  // namespace siang::i18n
