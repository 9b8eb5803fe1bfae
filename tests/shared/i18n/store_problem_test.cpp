// Tests for the sentences about a store that cannot be opened: every error the kiosk or the
// console can meet on open has its own words for the citizen and for staff, in Thai and English.
#include "i18n/store_problem.hpp"

#include <gtest/gtest.h>

namespace siang::i18n {
namespace {

constexpr Errc open_errors[] = {Errc::store_corrupt, Errc::store_missing, Errc::store_unreadable,
                                Errc::store_too_new, Errc::store_busy, Errc::store_full,
                                Errc::io_error};

TEST(StoreProblem, EveryOpenErrorHasItsOwnWordsInBothLanguages) {
    const Error other{Errc::qr_failed, ""};
    for (Errc code : open_errors) {
        const Error e{code, "/var/lib/siang/siang.db"};
        for (auto lang : {i18n::Lang::th, i18n::Lang::en}) {
            EXPECT_NE(store_problem_for_citizen(e, lang), store_problem_for_citizen(other, lang))
                << error_name(code);
            EXPECT_NE(store_problem_for_staff(e, "/var/lib/siang/siang.db", lang),
                      store_problem_for_staff(other, "/var/lib/siang/siang.db", lang))
                << error_name(code);
        }
        EXPECT_NE(store_problem_for_citizen(e, i18n::Lang::th),
                  store_problem_for_citizen(e, i18n::Lang::en));
    }
}

TEST(StoreProblem, StaffAreToldWhichFileAndWhatToRun) {
    const std::string path = "/var/lib/siang/siang.db";
    const auto damaged = store_problem_for_staff({Errc::store_corrupt, path}, path, i18n::Lang::th);
    EXPECT_NE(damaged.find(path), std::string::npos);
    EXPECT_NE(damaged.find("siang check"), std::string::npos);
    EXPECT_NE(damaged.find("siang restore"), std::string::npos);
    const auto missing = store_problem_for_staff({Errc::store_missing, path}, path, i18n::Lang::en);
    EXPECT_NE(missing.find("siang init --store " + path), std::string::npos);
}

TEST(StoreProblem, AnUnmappedErrorStillGetsACalmGeneralSentence) {
    const Error e{Errc::store_failed, "disk I/O error"};
    EXPECT_FALSE(store_problem_for_citizen(e, i18n::Lang::th).empty());
    EXPECT_EQ(store_problem_for_citizen(e, i18n::Lang::th).find("disk I/O"), std::string::npos)
        << "the citizen never reads SQLite's words";
    EXPECT_NE(store_problem_for_staff(e, "/x.db", i18n::Lang::en).find("siang check --store /x.db"),
              std::string::npos);
}

}  // namespace
}  // namespace siang::i18n
