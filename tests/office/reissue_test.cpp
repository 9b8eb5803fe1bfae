// Tests of reissuing a tracking code from the detail view's model: confirm first, then the new
// code once with its QR (issue 9 item 5).
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "console_fixture.hpp"
#include "office/console/case_desk.hpp"
#include "qr/qr_bitmap.hpp"
#include "support/test_dir.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;

class ReissueTest : public ConsoleTest {
  protected:
    store::Viewer viewer() const { return staff::viewer_for(clerk.username, clerk.role); }
};

// What zbarimg reads from a PNG; the trailing newline it prints is removed.
std::string zbar_decode(const std::filesystem::path& file) {
    const std::string cmd = "zbarimg --raw -q '" + file.string() + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
    if (!pipe) return "<popen failed>";
    std::string out;
    std::array<char, 256> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe.get()))
        out.append(buf.data(), n);
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

TEST_F(ReissueTest, ReissueWithoutConfirmDoesNothing) {
    const auto filed = file(domain::Kind::complaint, "ขยะไม่เก็บ", "สามวันแล้ว");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), filed.number));
    const auto audit_before = *store().audit_row_count();
    // Confirming what was never asked is refused, with nothing written.
    auto r = desk.confirm_reissue(client(), viewer(), "");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::internal);
    // Asking and cancelling changes nothing either.
    desk.ask_reissue();
    EXPECT_TRUE(desk.reissue_asked());
    desk.cancel_reissue();
    EXPECT_FALSE(desk.reissue_asked());
    EXPECT_FALSE(desk.confirm_reissue(client(), viewer(), ""));
    EXPECT_FALSE(desk.issued());
    EXPECT_TRUE(store().find_by_code(filed.code)) << "the citizen's code still works";
    EXPECT_EQ(*store().audit_row_count(), audit_before);
}

TEST_F(ReissueTest, ConfirmReissuesOnceAndOnlyTheNewCodeOpensTheCase) {
    const auto filed = file(domain::Kind::complaint, "ขยะไม่เก็บ", "สามวันแล้ว");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), filed.number));
    desk.ask_reissue();
    ASSERT_TRUE(desk.confirm_reissue(client(), viewer(), "https://tambon.go.th/track/"));
    ASSERT_TRUE(desk.issued());
    const domain::TrackingCode code = desk.issued()->code;
    EXPECT_EQ(desk.issued()->grouped, code.grouped());
    EXPECT_EQ(desk.issued()->grouped.size(), 14u);  // 1234-5678-9012
    EXPECT_EQ(desk.issued()->qr_payload, "https://tambon.go.th/track/" + code.str());
    EXPECT_FALSE(desk.reissue_asked());
    // Once: a second confirm without asking again issues nothing more.
    EXPECT_FALSE(desk.confirm_reissue(client(), viewer(), ""));
    EXPECT_EQ(desk.issued()->code, code);

    EXPECT_EQ(store().find_by_code(filed.code).error().code, Errc::unknown_code);
    auto found = store().find_by_code(code);
    ASSERT_TRUE(found);
    auto rows = store().audit_rows(0, 5);
    ASSERT_TRUE(rows);
    int reissues = 0;
    for (const auto& row : *rows) reissues += row.action == "reissue_code";
    EXPECT_EQ(reissues, 1);
    desk.dismiss_issued();
    EXPECT_FALSE(desk.issued());
}

TEST_F(ReissueTest, TheIssuedCodesQrDecodesToTheCodeThatOpensTheCase) {
    const auto filed = file(domain::Kind::suggestion, "ขอให้ติดไฟทาง", "ซอย 3 มืดมาก");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), filed.number));
    desk.ask_reissue();
    ASSERT_TRUE(desk.confirm_reissue(client(), viewer(), "https://tambon.go.th/track?code="));
    auto image = desk.issued()->qr_image(240);
    ASSERT_TRUE(image);
    EXPECT_LE(image->width, 240);
    const auto png = siang::testing::test_dir("office") / "issued_qr.png";
    ASSERT_TRUE(qr::write_png(*image, png.string()));
    const std::string scanned = zbar_decode(png);
    EXPECT_EQ(scanned, "https://tambon.go.th/track?code=" + desk.issued()->code.str());
    // What the kiosk's scanner makes of it opens the case.
    auto parsed = domain::parse_tracking_code(scanned);
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(store().find_by_code(*parsed));
}

TEST_F(ReissueTest, TheConfirmationWarnsThatAnAnonymousCitizenCannotBeSentTheNewCode) {
    const auto anonymous = file(domain::Kind::complaint, "เสียงดังยามวิกาล", "ทุกคืน");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), anonymous.number));
    EXPECT_TRUE(desk.reissue_warning().undeliverable);

    domain::Draft d;
    d.kind = domain::Kind::complaint;
    d.subject = "น้ำประปาไม่ไหล";
    d.details = "สองวันแล้ว";
    d.contact.name = "สมศรี มีสุข";
    d.contact.phone = "0812345678";
    auto valid = domain::validate_draft(d, domain::default_directory());
    ASSERT_TRUE(valid) << valid.error().detail;
    auto named = store().submit(*valid, now, "kiosk");
    ASSERT_TRUE(named);
    ASSERT_TRUE(desk.open(client(), viewer(), named->number));
    EXPECT_FALSE(desk.reissue_warning().undeliverable);
}

TEST_F(ReissueTest, OpeningAnotherCaseForgetsTheIssuedCodeAndAPendingConfirmation) {
    const auto a = file(domain::Kind::complaint, "ขยะไม่เก็บ", "สามวันแล้ว");
    const auto b = file(domain::Kind::complaint, "ท่อแตก", "น้ำไหลทั้งคืน");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), a.number));
    desk.ask_reissue();
    ASSERT_TRUE(desk.confirm_reissue(client(), viewer(), ""));
    desk.ask_reissue();
    ASSERT_TRUE(desk.open(client(), viewer(), b.number));
    EXPECT_FALSE(desk.issued());
    EXPECT_FALSE(desk.reissue_asked());
    EXPECT_FALSE(desk.confirm_reissue(client(), viewer(), ""));
    EXPECT_TRUE(store().find_by_code(b.code));
}

}  // namespace
}  // namespace siang::office
