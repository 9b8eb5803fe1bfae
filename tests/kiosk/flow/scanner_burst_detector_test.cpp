// Scanner bursts against human typing on a physical keyboard.
#include "kiosk/flow/scanner_burst_detector.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace siang::flow {
namespace {

using namespace std::chrono_literals;

// Types `text` with `gap` between characters starting after `t`, then Enter after `gap`.
std::optional<std::string> type_then_enter(ScannerBurstDetector& d, std::string_view text,
                                           SteadyTime& t, SteadyClock::duration gap) {
    for (char ch : text) d.on_char(static_cast<char32_t>(ch), t += gap);
    return d.on_enter(t += gap);
}

TEST(ScannerBurstDetector, FastTwelveDigitsThenEnterIsABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    auto burst = type_then_enter(d, "123456789012", t, 5ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "123456789012");
}

TEST(ScannerBurstDetector, ScannedUrlIsABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    auto burst = type_then_enter(d, "https://tambon.go.th/track/123456789012", t, 3ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "https://tambon.go.th/track/123456789012");
}

TEST(ScannerBurstDetector, HumanTypingIsNotABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    EXPECT_FALSE(type_then_enter(d, "123456789012", t, 180ms));
}

TEST(ScannerBurstDetector, ShortFastRunIsNotABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    EXPECT_FALSE(type_then_enter(d, "12345678901", t, 5ms));  // 11 characters
}

TEST(ScannerBurstDetector, PauseInTheMiddleStartsANewRun) {
    ScannerBurstDetector d;
    SteadyTime t{};
    for (char ch : std::string_view("ถนนชำรุด")) d.on_char(static_cast<char32_t>(ch), t += 200ms);
    t += 1s;
    auto burst = type_then_enter(d, "123456789012", t, 5ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "123456789012");  // the slow typing before is not part of it
}

TEST(ScannerBurstDetector, SlowEnterAfterAFastRunIsNotABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    for (char ch : std::string_view("123456789012")) d.on_char(static_cast<char32_t>(ch), t += 5ms);
    EXPECT_EQ(d.run_length(), 12u);
    EXPECT_FALSE(d.on_enter(t += 400ms));
    EXPECT_EQ(d.run_length(), 0u);
}

TEST(ScannerBurstDetector, CountsThaiCharactersAsOneEach) {
    ScannerBurstDetector d;
    SteadyTime t{};
    for (char32_t cp : std::u32string_view(U"๑๒๓๔๕๖๗๘๙๐๑๒")) d.on_char(cp, t += 5ms);
    EXPECT_EQ(d.run_length(), 12u);
    auto burst = d.on_enter(t += 5ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "๑๒๓๔๕๖๗๘๙๐๑๒");
}

}  // namespace
}  // namespace siang::flow
