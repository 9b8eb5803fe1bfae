// The privacy and corruption notices: placeholders filled from configuration, overrides honoured.
#include "kiosk/flow/notice_texts.hpp"

#include <gtest/gtest.h>

namespace siang::flow {
namespace {

using i18n::Lang;

bool mentions(const std::vector<std::string>& paragraphs, std::string_view text) {
    for (const std::string& p : paragraphs)
        if (p.find(text) != std::string::npos) return true;
    return false;
}

TEST(NoticeTexts, StandardPrivacyNoticeNamesTheMunicipalityAndHasNoPlaceholders) {
    config::Config c;
    c.municipality.name_th = "เทศบาลตำบลบ้านสวน";
    c.municipality.name_en = "Ban Suan Subdistrict Municipality";
    auto th = privacy_notice_paragraphs(c, Lang::th);
    auto en = privacy_notice_paragraphs(c, Lang::en);
    EXPECT_EQ(th.size(), 8u);
    EXPECT_EQ(en.size(), 8u);
    EXPECT_TRUE(mentions(th, "เทศบาลตำบลบ้านสวน"));
    EXPECT_TRUE(mentions(en, "Ban Suan Subdistrict Municipality"));
    EXPECT_TRUE(mentions(th, "มาตรา 24 (4)"));  // the legal basis is the public duty
    EXPECT_FALSE(mentions(th, "{}"));
    EXPECT_FALSE(mentions(en, "{}"));
}

TEST(NoticeTexts, ConfiguredPrivacyContactIsWhomTheNoticeNames) {
    config::Config c;
    c.privacy_notice.contact_th = "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล โทร 0 4400 0000";
    auto th = privacy_notice_paragraphs(c, Lang::th);
    EXPECT_TRUE(mentions(th, "ติดต่อ: เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล โทร 0 4400 0000"));
    EXPECT_TRUE(mentions(privacy_notice_paragraphs(c, Lang::en), c.municipality.name_en));
}

TEST(NoticeTexts, ConfiguredPrivacyNoticeReplacesTheStandardOne) {
    config::Config c;
    c.privacy_notice.text_th = "ย่อหน้าแรก\n\nย่อหน้าที่สอง\n";
    auto th = privacy_notice_paragraphs(c, Lang::th);
    ASSERT_EQ(th.size(), 2u);
    EXPECT_EQ(th[0], "ย่อหน้าแรก");
    EXPECT_EQ(th[1], "ย่อหน้าที่สอง");
    EXPECT_EQ(privacy_notice_paragraphs(c, Lang::en).size(), 8u);  // English still standard
}

TEST(NoticeTexts, CorruptionNoticeCarriesTheConfiguredGuideline) {
    config::Config c;
    c.corruption_guideline.steps_en = {"Registered in confidence.", "Facts checked."};
    c.corruption_guideline.unit_en = "Integrity Unit";
    c.directory.corruption_target_days = 45;
    CorruptionNotice n = corruption_notice(c, Lang::en);
    EXPECT_EQ(n.paragraphs.size(), 3u);
    EXPECT_EQ(n.steps, c.corruption_guideline.steps_en);
    EXPECT_EQ(n.unit, "Responsible unit: Integrity Unit");
    EXPECT_EQ(n.time_frame, "Time frame: within 45 days");
    CorruptionNotice th = corruption_notice(c, Lang::th);
    EXPECT_EQ(th.steps, c.corruption_guideline.steps_th);
    EXPECT_NE(th.unit.find(c.corruption_guideline.unit_th), std::string::npos);
}

}  // namespace
}  // namespace siang::flow
