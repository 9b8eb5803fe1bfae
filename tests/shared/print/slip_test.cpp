// Tests for shared/print's slip images: both widths and languages, the QR read back, wrapping.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "config/config.hpp"
#include "print/receipt_slip.hpp"
#include "print/slip_logo.hpp"
#include "print/slip_writer.hpp"
#include "qr/qr_bitmap.hpp"
#include "support/sample_slip.hpp"
#include "support/test_dir.hpp"
#include "support/zbar_decode.hpp"

namespace siang::print {
namespace {

using namespace std::chrono;

using testing::sample_receipt_facts;

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
    auto slip = render_receipt(sample_receipt_facts(c), c, lang, width);
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
    const auto short_slip = render_receipt(sample_receipt_facts(c), c, i18n::Lang::th, 384);
    c.municipality.name_th = "องค์การบริหารส่วนตำบลหนองบัวใหญ่ฝั่งน้ำเจ้าพระยาตะวันออกเฉียงเหนือ";
    const auto long_slip = render_receipt(sample_receipt_facts(c), c, i18n::Lang::th, 384);
    ASSERT_TRUE(short_slip && long_slip);
    // At least one more heading line (34 dots), and still nothing in the margins.
    EXPECT_GE(long_slip->height - short_slip->height, 30);
    EXPECT_EQ(ink_in_columns(*long_slip, 0, 6), 0);
    EXPECT_EQ(ink_in_columns(*long_slip, 378, 384), 0);
}

TEST(Slip, PendingNumberSaysTheOfficeWillGiveIt) {
    config::Config c;
    ReceiptFacts f = sample_receipt_facts(c);
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

// --- the logo (issue 13): dithered, fitted to the paper, never a reason not to print ---------

int black_dots(const MonoImage& img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) n += img.at(x, y) ? 1 : 0;
    return n;
}

// A w x h PNG of one colour, for the logo loader.
std::string flat_png(int w, int h, std::uint8_t grey, std::uint8_t alpha, const std::string& name) {
    qr::Bitmap b;
    b.width = w;
    b.height = h;
    for (int i = 0; i < w * h; ++i) b.rgba.insert(b.rgba.end(), {grey, grey, grey, alpha});
    const std::string path = (testing::test_dir("print_logo") / name).string();
    EXPECT_TRUE(qr::write_png(b, path));
    return path;
}

TEST(Dither, KeepsAnAreasInkAsAPatternOfWholeDots) {
    for (const int level : {0, 64, 128, 191, 255}) {
        InkCanvas c(64, 64);
        std::fill(c.ink.begin(), c.ink.end(), static_cast<std::uint8_t>(level));
        dither(c);
        int black = 0;
        for (const std::uint8_t v : c.ink) {
            EXPECT_TRUE(v == 0 || v == 255);
            black += v == 255 ? 1 : 0;
        }
        // The share of burnt dots is the grey's: a hard threshold would give 0 % or 100 %.
        EXPECT_NEAR(black / 4096.0, level / 255.0, 0.02) << level;
    }
}

TEST(SlipLogo, FitsTheBoxKeepingItsProportionsAndDithersItsGreys) {
    // A wide mid-grey logo into the 80 mm paper's square: as wide as the box, half as tall.
    const int side = slip_logo_side(576);
    EXPECT_EQ(side, 216);
    EXPECT_EQ(slip_logo_side(384), 144);
    auto logo = load_slip_logo(flat_png(300, 150, 128, 255, "grey.png"), side, side);
    ASSERT_TRUE(logo) << logo.error().detail;
    EXPECT_EQ(logo->width, 216);
    EXPECT_EQ(logo->height, 108);
    int black = 0;
    for (const std::uint8_t v : logo->ink) {
        ASSERT_TRUE(v == 0 || v == 255);
        black += v == 255 ? 1 : 0;
    }
    EXPECT_NEAR(black / double(logo->ink.size()), 0.5, 0.03);
    // A small logo is enlarged to the box; a transparent one is paper (no ink at all).
    auto clear = load_slip_logo(flat_png(40, 40, 0, 0, "clear.png"), 144, 144);
    ASSERT_TRUE(clear);
    EXPECT_EQ(clear->width, 144);
    EXPECT_EQ(std::count(clear->ink.begin(), clear->ink.end(), 255), 0);
}

TEST(SlipLogo, UnreadableOrHugeIsAnError) {
    const auto dir = testing::test_dir("print_logo");
    std::ofstream(dir / "garbage.png") << "not a picture";
    EXPECT_EQ(load_slip_logo((dir / "garbage.png").string(), 100, 100).error().code, Errc::io_error);
    EXPECT_EQ(load_slip_logo((dir / "absent.png").string(), 100, 100).error().code, Errc::io_error);
    const auto huge = load_slip_logo(flat_png(5000, 2, 0, 255, "huge.png"), 100, 100);
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().field, "logo_path");
}

class SlipWithLogo : public ::testing::TestWithParam<int> {};

TEST_P(SlipWithLogo, StandsAboveTheNameAndTheQrStillReads) {
    const int width = GetParam();
    config::Config c;
    c.tracking_base_url = "https://tambon.go.th/track/";
    const auto plain = render_receipt(sample_receipt_facts(c), c, i18n::Lang::th, width);
    c.municipality.logo_path = SIANG_TEST_LOGO;  // the team's made-up seal, 160 x 160
    const auto with_logo = render_receipt(sample_receipt_facts(c), c, i18n::Lang::th, width);
    ASSERT_TRUE(plain && with_logo);
    const int side = slip_logo_side(width);
    // The logo's square and a gap of 8 dots, above everything else.
    EXPECT_EQ(with_logo->height - plain->height, side + 8);
    const int x0 = (width - side) / 2, top = 8;
    const int inside = black_dots(*with_logo, x0, top, x0 + side, top + side);
    // The seal's ring, its green and its white flower: much ink, much paper, neither all.
    EXPECT_GT(inside, side * side / 4);
    EXPECT_LT(inside, side * side * 3 / 4);
    // Nothing of it outside its square, in the rows it takes.
    EXPECT_EQ(black_dots(*with_logo, 0, top, x0, top + side), 0);
    EXPECT_EQ(black_dots(*with_logo, x0 + side, top, width, top + side), 0);
    EXPECT_EQ(ink_in_columns(*with_logo, 0, 6), 0);
    const auto png = testing::test_dir("print_slip") / "logo.png";
    ASSERT_TRUE(write_png(*with_logo, png.string()));
    EXPECT_EQ(testing::zbar_decode(png), "https://tambon.go.th/track/123456789018");
}

INSTANTIATE_TEST_SUITE_P(Widths, SlipWithLogo, ::testing::Values(576, 384));

TEST(Slip, LogoThatCannotBeReadIsLeftOutAndTheSlipPrints) {
    config::Config c;
    const auto plain = render_receipt(sample_receipt_facts(c), c, i18n::Lang::en, 384);
    const auto dir = testing::test_dir("print_logo");
    std::ofstream(dir / "broken.png") << "\x89PNG but then nothing";
    for (const auto& path : {dir / "missing.png", dir / "broken.png"}) {
        c.municipality.logo_path = path.string();
        const auto slip = render_receipt(sample_receipt_facts(c), c, i18n::Lang::en, 384);
        ASSERT_TRUE(slip) << path;
        EXPECT_EQ(slip->height, plain->height) << path;
        EXPECT_EQ(slip->bits, plain->bits) << path;
    }
}

}  // namespace
}  // namespace siang::print
