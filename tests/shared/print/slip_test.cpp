// Tests for shared/print's slip images: both widths and languages, the QR read back, wrapping.
#include <gtest/gtest.h>

#include "config/config.hpp"
#include "print/receipt_slip.hpp"
#include "print/slip_writer.hpp"
#include "qr/qr_payload.hpp"
#include "support/test_dir.hpp"
#include "support/zbar_decode.hpp"

namespace siang::print {
namespace {

using namespace std::chrono;

ReceiptFacts sample_facts(const config::Config& c) {
    return {.kind = domain::Kind::complaint,
            .service = "",
            .number = "2569-000123",
            .filed = year_month_day{year{2026}, month{11}, day{25}},
            .due = year_month_day{year{2026}, month{12}, day{10}},
            .code = "123456789018",
            .qr_payload = qr::qr_payload(c.tracking_base_url, "123456789018")};
}

// Black dots in columns [x0, x1) of the whole image.
int ink_in_columns(const MonoImage& img, int x0, int x1) {
    int n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = x0; x < x1; ++x) n += img.at(x, y) ? 1 : 0;
    return n;
}

class SlipBothWays : public ::testing::TestWithParam<std::tuple<int, i18n::Lang>> {};

TEST_P(SlipBothWays, IsTheConfiguredWidthAndItsQrReadsAsTheCode) {
    const auto [width, lang] = GetParam();
    config::Config c;
    c.tracking_base_url = "https://tambon.go.th/track/";
    auto slip = render_receipt(sample_facts(c), c, lang, width);
    ASSERT_TRUE(slip) << slip.error().detail;
    EXPECT_EQ(slip->width, width);
    EXPECT_GT(slip->height, 800);
    // Nothing is drawn into the margins: text wraps instead of running off the paper.
    EXPECT_EQ(ink_in_columns(*slip, 0, 6), 0);
    EXPECT_EQ(ink_in_columns(*slip, width - 6, width), 0);
    const auto dir = testing::test_dir("print_slip");
    const auto png = dir / "slip.png";
    ASSERT_TRUE(write_png(*slip, png.string()));
    EXPECT_EQ(testing::zbar_decode(png), "https://tambon.go.th/track/123456789018");
}

INSTANTIATE_TEST_SUITE_P(WidthsAndLanguages, SlipBothWays,
                         ::testing::Combine(::testing::Values(576, 384),
                                            ::testing::Values(i18n::Lang::th, i18n::Lang::en)));

TEST(Slip, LongThaiMunicipalityNameWrapsInsteadOfClipping) {
    config::Config c;
    const auto short_slip = render_receipt(sample_facts(c), c, i18n::Lang::th, 384);
    c.municipality.name_th = "องค์การบริหารส่วนตำบลหนองบัวใหญ่ฝั่งน้ำเจ้าพระยาตะวันออกเฉียงเหนือ";
    const auto long_slip = render_receipt(sample_facts(c), c, i18n::Lang::th, 384);
    ASSERT_TRUE(short_slip && long_slip);
    // At least one more heading line (34 dots), and still nothing in the margins.
    EXPECT_GE(long_slip->height - short_slip->height, 30);
    EXPECT_EQ(ink_in_columns(*long_slip, 0, 6), 0);
    EXPECT_EQ(ink_in_columns(*long_slip, 378, 384), 0);
}

TEST(Slip, PendingNumberSaysTheOfficeWillGiveIt) {
    config::Config c;
    ReceiptFacts f = sample_facts(c);
    const auto numbered = render_receipt(f, c, i18n::Lang::en, 576);
    f.number.reset();
    const auto pending = render_receipt(f, c, i18n::Lang::en, 576);
    ASSERT_TRUE(numbered && pending);
    // The extra "the office will give your case its number" paragraph.
    EXPECT_GT(pending->height, numbered->height);
}

TEST(QrModules, AreWholeDotsAtLeast25mmWhenThePaperAllows) {
    EXPECT_EQ(qr_module_dots(29, 200, 560), 7);  // 203 dots
    EXPECT_EQ(qr_module_dots(37, 200, 368), 6);  // 222 dots
    EXPECT_GE(qr_module_dots(33, 200, 368) * 33, 200);
    EXPECT_EQ(qr_module_dots(100, 200, 368), 2);  // 200 dots: whole dots, no larger than needed
    EXPECT_EQ(qr_module_dots(150, 400, 368), 2);  // 25 mm cannot fit: the largest that does
    EXPECT_EQ(qr_module_dots(500, 200, 368), 1);
}

TEST(TestSlip, ShowsTheStateAndItsQrReads) {
    config::Config c;
    auto slip = render_test_slip(c, PrinterState::ready, i18n::Lang::th, 384);
    ASSERT_TRUE(slip);
    const auto png = testing::test_dir("print_slip") / "test.png";
    ASSERT_TRUE(write_png(*slip, png.string()));
    EXPECT_EQ(testing::zbar_decode(png), "123456789012");
}

}  // namespace
}  // namespace siang::print
