// Tests for shared/qr: payloads survive encode → render → PNG → zbarimg exactly.
#include <gtest/gtest.h>

#include "support/zbar_decode.hpp"
#include <stdlib.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "qr/qr_bitmap.hpp"
#include "qr/qr_matrix.hpp"
#include "qr/qr_payload.hpp"

namespace fs = std::filesystem;
using namespace siang;
using namespace siang::qr;

namespace {

// A fresh directory for the running test under $SIANG_TEST_TMP (or a mkdtemp directory).
fs::path test_dir() {
    static const fs::path root = [] {
        if (const char* env = std::getenv("SIANG_TEST_TMP"); env && *env) return fs::path(env);
        std::string tmpl = (fs::temp_directory_path() / "siang-qr-XXXXXX").string();
        if (::mkdtemp(tmpl.data()) == nullptr) std::abort();
        return fs::path(tmpl);
    }();
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    fs::path dir = root / "qr_test" / (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

using siang::testing::zbar_decode;  // tests/support/zbar_decode.hpp

// Encodes, renders at target_px, writes a PNG and returns what a scanner reads from it.
std::string round_trip(const std::string& payload, int target_px, const fs::path& file) {
    auto m = encode_qr(payload);
    if (!m) return "<encode failed>";
    auto w = write_png(render_qr(*m, target_px), file.string());
    if (!w) return "<write failed: " + w.error().detail + ">";
    return zbar_decode(file);
}

bool pixel_is_white(const Bitmap& b, int x, int y) {
    const auto* p = b.rgba.data() + (static_cast<std::size_t>(y) * b.width + x) * 4;
    return p[0] == 255 && p[1] == 255 && p[2] == 255 && p[3] == 255;
}

bool pixel_is_black(const Bitmap& b, int x, int y) {
    const auto* p = b.rgba.data() + (static_cast<std::size_t>(y) * b.width + x) * 4;
    return p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 255;
}

}  // namespace

TEST(QrPayload, IsTheBareCodeWithoutABaseUrl) {
    EXPECT_EQ(qr_payload("", "123456789012"), "123456789012");
}

TEST(QrPayload, AppendsTheCodeToTheBaseUrlAsGiven) {
    EXPECT_EQ(qr_payload("https://siang.example.go.th/t/", "123456789012"),
              "https://siang.example.go.th/t/123456789012");
    EXPECT_EQ(qr_payload("https://x.go.th/track?code=", "000000000000"),
              "https://x.go.th/track?code=000000000000");
}

TEST(EncodeQr, BareCodeScansBackExactly) {
    const auto dir = test_dir();
    EXPECT_EQ(round_trip("123456789012", 300, dir / "bare.png"), "123456789012");
}

TEST(EncodeQr, UrlPayloadScansBackExactly) {
    const auto dir = test_dir();
    const std::string url = qr_payload("https://siang.example.go.th/track/", "987654321098");
    EXPECT_EQ(round_trip(url, 300, dir / "url.png"), url);
}

TEST(EncodeQr, ScansAtSmallMediumAndLargeSizes) {
    const auto dir = test_dir();
    const std::string url = qr_payload("https://tessaban.go.th/s?c=", "555512340007");
    for (int px : {120, 300, 600}) {
        SCOPED_TRACE(px);
        EXPECT_EQ(round_trip("000000000000", px, dir / ("bare-" + std::to_string(px) + ".png")),
                  "000000000000");
        EXPECT_EQ(round_trip(url, px, dir / ("url-" + std::to_string(px) + ".png")), url);
    }
}

TEST(EncodeQr, TwelveDigitsFitVersionOneWithQuietZone) {
    // 12 bytes at ECC M fit version 1 (21 modules); plus 4 light modules on each side.
    auto m = encode_qr("123456789012");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->size, 21 + 8);
    EXPECT_EQ(m->dark.size(), static_cast<std::size_t>(m->size * m->size));
}

TEST(EncodeQr, LongerPayloadGrowsTheVersion) {
    auto small = encode_qr("123456789012");
    auto large = encode_qr(std::string(200, 'a'));
    ASSERT_TRUE(small && large);
    EXPECT_GT(large->size, small->size);
    EXPECT_EQ((large->size - 8 - 17) % 4, 0) << "a QR side is 17 + 4 * version modules";
}

TEST(EncodeQr, QuietZoneIsLightAndFinderPatternStartsInsideIt) {
    auto m = encode_qr("123456789012");
    ASSERT_TRUE(m);
    for (int i = 0; i < m->size; ++i) {
        for (int q = 0; q < 4; ++q) {
            EXPECT_FALSE(m->at(i, q));
            EXPECT_FALSE(m->at(q, i));
            EXPECT_FALSE(m->at(i, m->size - 1 - q));
            EXPECT_FALSE(m->at(m->size - 1 - q, i));
        }
    }
    // Top-left finder pattern: its outer ring is dark from the first module after the zone.
    EXPECT_TRUE(m->at(4, 4));
    EXPECT_TRUE(m->at(10, 4));
    EXPECT_TRUE(m->at(4, 10));
    EXPECT_FALSE(m->at(5, 5));
}

TEST(EncodeQr, CustomQuietZoneWidthIsHonoured) {
    auto none = encode_qr("123456789012", 0);
    auto wide = encode_qr("123456789012", 6);
    ASSERT_TRUE(none && wide);
    EXPECT_EQ(none->size, 21);
    EXPECT_EQ(wide->size, 21 + 12);
    EXPECT_TRUE(none->at(0, 0));
    EXPECT_TRUE(wide->at(6, 6));
    EXPECT_FALSE(wide->at(5, 6));
}

TEST(EncodeQr, OutsideTheGridIsLight) {
    auto m = encode_qr("1", 0);
    ASSERT_TRUE(m);
    ASSERT_TRUE(m->at(0, 0));
    EXPECT_FALSE(m->at(-1, 0));
    EXPECT_FALSE(m->at(0, m->size));
}

TEST(EncodeQr, RejectsEmptyPayload) {
    auto m = encode_qr("");
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, Errc::internal);  // a defect of the caller, not the user's input
}

TEST(EncodeQr, RejectsPayloadLongerThanVersionForty) {
    auto m = encode_qr(std::string(3000, 'x'));
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, Errc::qr_failed);
}

TEST(RenderQr, SizeIsTheLargestWholeMultipleOfModulesThatFits) {
    auto m = encode_qr("123456789012");  // 29 modules
    ASSERT_TRUE(m);
    for (int px : {120, 300, 600, 29, 58, 57}) {
        SCOPED_TRACE(px);
        Bitmap b = render_qr(*m, px);
        EXPECT_EQ(b.width, b.height);
        EXPECT_EQ(b.width % m->size, 0);
        EXPECT_LE(b.width, px);
        EXPECT_GT(b.width + m->size, px) << "one more pixel per module would still fit";
        EXPECT_EQ(b.rgba.size(), static_cast<std::size_t>(b.width * b.height * 4));
    }
    EXPECT_EQ(render_qr(*m, 300).width, 290);
}

TEST(RenderQr, TooSmallTargetStillDrawsOnePixelPerModule) {
    auto m = encode_qr("123456789012");
    ASSERT_TRUE(m);
    EXPECT_EQ(render_qr(*m, 10).width, m->size);
}

TEST(RenderQr, BorderOfFourModulesIsWhite) {
    auto m = encode_qr("123456789012");
    ASSERT_TRUE(m);
    Bitmap b = render_qr(*m, 300);
    const int scale = b.width / m->size;
    const int border = 4 * scale;
    for (int y = 0; y < b.height; ++y) {
        for (int x = 0; x < b.width; ++x) {
            if (x < border || y < border || x >= b.width - border || y >= b.height - border) {
                ASSERT_TRUE(pixel_is_white(b, x, y)) << x << "," << y;
            }
        }
    }
    EXPECT_TRUE(pixel_is_black(b, border, border));
}

TEST(RenderQr, EveryPixelIsPureBlackOrWhiteMatchingItsModule) {
    auto m = encode_qr("https://siang.example.go.th/track/123456789012");
    ASSERT_TRUE(m);
    Bitmap b = render_qr(*m, 600);
    const int scale = b.width / m->size;
    for (int y = 0; y < b.height; ++y) {
        for (int x = 0; x < b.width; ++x) {
            const bool dark = m->at(x / scale, y / scale);
            ASSERT_TRUE(dark ? pixel_is_black(b, x, y) : pixel_is_white(b, x, y)) << x << "," << y;
        }
    }
}

TEST(WritePng, ReplacesAnExistingFileAndLeavesNoTemporary) {
    const auto dir = test_dir();
    const auto file = dir / "receipt.png";
    EXPECT_EQ(round_trip("111111111111", 200, file), "111111111111");
    EXPECT_EQ(round_trip("222222222222", 200, file), "222222222222");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
}

TEST(WritePng, MissingDirectoryGivesIoErrorNamingThePath) {
    const auto dir = test_dir();
    auto m = encode_qr("123456789012");
    ASSERT_TRUE(m);
    const std::string path = (dir / "no-such-dir" / "qr.png").string();
    auto w = write_png(render_qr(*m, 120), path);
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::io_error);
    EXPECT_NE(w.error().detail.find(path), std::string::npos) << w.error().detail;
}

TEST(WritePng, RejectsEmptyBitmap) {
    const auto dir = test_dir();
    auto w = write_png(Bitmap{}, (dir / "empty.png").string());
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::internal);
    EXPECT_FALSE(fs::exists(dir / "empty.png"));
}
