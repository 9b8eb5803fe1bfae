// Every text the kiosk flow can show exists in Thai and English; citizen error sentences.
#include "kiosk/flow/flow_keys.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace siang::flow {
namespace {

using i18n::Lang;

std::size_t placeholders(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t pos = s.find("{}"); pos != std::string_view::npos; pos = s.find("{}", pos + 2))
        ++n;
    return n;
}

bool has_thai(std::string_view s) {
    return s.find("\xE0\xB8") != std::string_view::npos ||
           s.find("\xE0\xB9") != std::string_view::npos;
}

TEST(FlowKeys, EveryKeyTheFlowCanShowIsInBothLanguages) {
    const auto keys = flow_catalog_keys();
    EXPECT_GT(keys.size(), 100u);
    for (const std::string& key : keys) {
        SCOPED_TRACE(key);
        EXPECT_TRUE(i18n::has_key(key));
        std::string_view th = i18n::tr(key, Lang::th);
        std::string_view en = i18n::tr(key, Lang::en);
        EXPECT_FALSE(th.empty());
        EXPECT_FALSE(en.empty());
        EXPECT_EQ(placeholders(th), placeholders(en));
    }
}

TEST(FlowKeys, KioskSentencesAreThaiInThaiAndNotInEnglish) {
    for (const std::string& key : flow_catalog_keys()) {
        if (!key.starts_with("kiosk.") || key == "kiosk.bar.language") continue;  // names the other
        SCOPED_TRACE(key);
        EXPECT_TRUE(has_thai(i18n::tr(key, Lang::th)));
        EXPECT_FALSE(has_thai(i18n::tr(key, Lang::en)));
    }
}

TEST(FlowKeys, KioskEntriesAreNotDuplicated) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < i18n::key_count(); ++i)
        EXPECT_TRUE(seen.insert(i18n::key_at(i)).second) << i18n::key_at(i);
}

TEST(FlowKeys, EveryScreenHasATitle) {
    for (Screen s : all_screens) EXPECT_TRUE(i18n::has_key(screen_title_key(s))) << screen_id(s);
}

TEST(FlowKeys, StoreFailuresAreToldWithoutPaths) {
    Error busy{Errc::store_busy, "/var/lib/siang/siang.db"};
    std::string th = citizen_message(busy, Screen::submit_failed, Lang::th);
    EXPECT_EQ(th, i18n::tr("kiosk.error.store_busy", Lang::th));
    EXPECT_EQ(th.find("/var/lib"), std::string::npos);
    Error corrupt{Errc::store_corrupt, "/var/lib/siang/siang.db"};
    EXPECT_EQ(citizen_message(corrupt, Screen::submit_failed, Lang::en),
              i18n::tr("kiosk.error.store_broken", Lang::en));
    EXPECT_EQ(citizen_message(busy, Screen::track_entry, Lang::en),
              i18n::tr("kiosk.error.track_unavailable", Lang::en));
}

TEST(FlowKeys, TamperedAuditLogOrStoreFilesAreToldToTheCitizenAsCallStaff) {
    // The IT instructions in these messages are for staff, not for someone filing a complaint.
    for (Errc code : {Errc::audit_broken, Errc::store_wrong_key, Errc::store_key_missing,
                      Errc::store_not_private, Errc::store_wal_damaged}) {
        const Error e{code, "/var/lib/siang/siang.db-wal"};
        EXPECT_EQ(citizen_message(e, Screen::submit_failed, Lang::th),
                  i18n::tr("kiosk.error.store_broken", Lang::th))
            << error_name(code);
    }
}

TEST(FlowKeys, FieldErrorsNameTheFieldInTheCitizensLanguage) {
    Error required{Errc::field_required, "subject"};
    EXPECT_EQ(citizen_message(required, Screen::subject, Lang::th), "กรุณากรอกหัวเรื่อง");
    EXPECT_EQ(citizen_message(required, Screen::subject, Lang::en), "Please fill in the subject.");
}

}  // namespace
}  // namespace siang::flow
