// Tests for shared/domain/tracking_code: Damm check digit, generation and parsing.
#include "domain/tracking_code.hpp"

#include <gtest/gtest.h>

#include <set>

namespace siang::domain {
namespace {

constexpr int random_codes = 10'000;

TEST(DammCheckDigit, MatchesPublishedExample) {
    // The worked example from Damm's algorithm descriptions: 572 → check digit 4.
    const std::array<std::uint8_t, 3> digits{5, 7, 2};
    EXPECT_EQ(damm_check_digit(digits), 4);
    const std::array<std::uint8_t, 4> with_check{5, 7, 2, 4};
    EXPECT_TRUE(damm_valid(with_check));
    const std::array<std::uint8_t, 4> wrong{5, 7, 2, 5};
    EXPECT_FALSE(damm_valid(wrong));
}

TEST(TrackingCode, GeneratedCodesAreValidAndDiffer) {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const TrackingCode code = generate_tracking_code();
        ASSERT_TRUE(damm_valid(code.digits)) << code.str();
        for (const auto d : code.digits) ASSERT_LE(d, 9);
        seen.insert(code.str());
    }
    // 1000 draws from 10^11: a repeat would mean the RNG is broken.
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(TrackingCode, EverySingleDigitSubstitutionIsCaught) {
    for (int i = 0; i < random_codes; ++i) {
        const TrackingCode code = generate_tracking_code();
        for (std::size_t pos = 0; pos < code.digits.size(); ++pos) {
            for (std::uint8_t d = 0; d <= 9; ++d) {
                if (d == code.digits[pos]) continue;
                TrackingCode typo = code;
                typo.digits[pos] = d;
                ASSERT_FALSE(damm_valid(typo.digits)) << code.str() << " pos " << pos;
                const auto parsed = parse_tracking_code(typo.str());
                ASSERT_FALSE(parsed.has_value());
                ASSERT_EQ(parsed.error().code, Errc::bad_check_digit) << typo.str();
            }
        }
    }
}

TEST(TrackingCode, EveryAdjacentTranspositionIsCaught) {
    for (int i = 0; i < random_codes; ++i) {
        const TrackingCode code = generate_tracking_code();
        for (std::size_t pos = 0; pos + 1 < code.digits.size(); ++pos) {
            if (code.digits[pos] == code.digits[pos + 1]) continue;
            TrackingCode swapped = code;
            std::swap(swapped.digits[pos], swapped.digits[pos + 1]);
            ASSERT_FALSE(damm_valid(swapped.digits)) << code.str() << " pos " << pos;
            const auto parsed = parse_tracking_code(swapped.str());
            ASSERT_FALSE(parsed.has_value());
            ASSERT_EQ(parsed.error().code, Errc::bad_check_digit) << swapped.str();
        }
    }
}

TEST(TrackingCode, FormatsPlainAndGrouped) {
    const auto code = parse_tracking_code("123456789018");
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->str(), "123456789018");
    EXPECT_EQ(code->grouped(), "1234-5678-9018");
}

class TrackingCodeParse : public ::testing::Test {
  protected:
    TrackingCode code = generate_tracking_code();
    std::string plain = code.str();
};

TEST_F(TrackingCodeParse, AcceptsPlainDigits) {
    const auto parsed = parse_tracking_code(plain);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST_F(TrackingCodeParse, AcceptsGroupedWithSpacesAndDashes) {
    const std::string typed =
        plain.substr(0, 4) + " " + plain.substr(4, 4) + "-" + plain.substr(8, 4);
    const auto parsed = parse_tracking_code(typed);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
    const auto grouped = parse_tracking_code(code.grouped());
    ASSERT_TRUE(grouped.has_value());
    EXPECT_EQ(*grouped, code);
}

TEST_F(TrackingCodeParse, AcceptsScannerInputWithTrailingEnter) {
    const auto parsed = parse_tracking_code(plain + "\r\n");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST_F(TrackingCodeParse, AcceptsThaiDigits) {
    static constexpr std::array<const char*, 10> thai{"๐", "๑", "๒", "๓", "๔",
                                                      "๕", "๖", "๗", "๘", "๙"};
    std::string typed;
    for (std::size_t i = 0; i < code.digits.size(); ++i) {
        typed += thai[code.digits[i]];
        if (i == 3 || i == 7) typed += "-";
    }
    const auto parsed = parse_tracking_code(typed);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST_F(TrackingCodeParse, AcceptsMixedThaiAndAsciiDigits) {
    std::string typed = plain;
    typed.replace(0, 1,
                  std::array<const char*, 10>{"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘",
                                              "๙"}[code.digits[0]]);
    const auto parsed = parse_tracking_code(typed);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST_F(TrackingCodeParse, AcceptsScannedUrlWithPath) {
    const auto parsed = parse_tracking_code("https://siang.example.go.th/track/" + plain);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST_F(TrackingCodeParse, AcceptsScannedUrlWithQuery) {
    const auto parsed = parse_tracking_code("https://tambon.go.th/status?code=" + plain);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, code);
}

TEST(TrackingCodeParseErrors, SpacesAndDashesAreIgnored) {
    // 12345678901 has Damm check digit 8, so ...9012 is a typing mistake and ...9018 is valid.
    const auto good = parse_tracking_code("1234 5678-9018");
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(good->str(), "123456789018");
    const auto typo = parse_tracking_code("1234 5678-9012");
    ASSERT_FALSE(typo.has_value());
    EXPECT_EQ(typo.error().code, Errc::bad_check_digit);
}

TEST(TrackingCodeParseErrors, MalformedIsNotBadCheckDigit) {
    for (const char* typed : {"", "12345678901", "1234567890123", "1234-5678-901x", "abcd",
                              "1234.5678.9012", "12345678901２"}) {
        const auto parsed = parse_tracking_code(typed);
        ASSERT_FALSE(parsed.has_value()) << typed;
        EXPECT_EQ(parsed.error().code, Errc::malformed_code) << typed;
    }
}

TEST(TrackingCodeParseErrors, UrlLikeTextIsOnlyStrippedForUrls) {
    // Without "://" or '?', a slash is just a stray character.
    const auto parsed = parse_tracking_code("track/123456789012");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().code, Errc::malformed_code);
}

TEST(TrackingCodeParseErrors, ErrorDetailDoesNotEchoTheCode) {
    // The code is a secret; errors end up in logs.
    const auto parsed = parse_tracking_code("98765432109x");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().detail.find("98765432109"), std::string::npos);
}

TEST(TrackingCodeHash, DependsOnCodeAndKey) {
    CodeKey key1{};
    CodeKey key2{};
    key2[0] = 1;
    const TrackingCode a = generate_tracking_code();
    TrackingCode b = generate_tracking_code();
    while (b == a) b = generate_tracking_code();
    EXPECT_EQ(hash_tracking_code(a, key1), hash_tracking_code(a, key1));
    EXPECT_NE(hash_tracking_code(a, key1), hash_tracking_code(b, key1));
    EXPECT_NE(hash_tracking_code(a, key1), hash_tracking_code(a, key2));
}

}  // namespace
}  // namespace siang::domain
