// Scanner bursts against human typing on a physical keyboard.
#include "kiosk/flow/scanner_burst_detector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace siang::flow {
namespace {

using namespace std::chrono_literals;

// Types `text` one character a frame with `gap` between frames starting after `t`, then Enter
// in a frame after `gap`; what reached the fields goes to `fields`.
std::optional<std::string> type_then_enter(ScannerBurstDetector& d, std::string_view text,
                                           SteadyTime& t, SteadyClock::duration gap,
                                           std::string* fields = nullptr) {
    std::string got;
    for (char32_t cp : text::decode_utf8(text)) {
        std::string one;
        text::append_utf8(one, cp);
        got += d.on_frame(one, false, t += gap).release;
        // A person's pause: the app draws a frame at release_at() with nothing new.
        if (gap > 50ms) got += d.on_frame("", false, t + 50ms).release;
    }
    ScannerFrame f = d.on_frame("", true, t += gap);
    got += f.release;
    if (fields) *fields = got;
    return f.burst;
}

TEST(ScannerBurstDetector, FastTwelveDigitsThenEnterIsABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    std::string fields = "?";
    auto burst = type_then_enter(d, "123456789012", t, 5ms, &fields);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "123456789012");
    EXPECT_EQ(fields, "");
}

TEST(ScannerBurstDetector, ScannedUrlIsABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    auto burst = type_then_enter(d, "https://tambon.go.th/track/123456789012", t, 3ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "https://tambon.go.th/track/123456789012");
}

TEST(ScannerBurstDetector, HumanTypingIsNotABurstAndReachesTheField) {
    ScannerBurstDetector d;
    SteadyTime t{};
    std::string fields;
    EXPECT_FALSE(type_then_enter(d, "123456789012", t, 180ms, &fields));
    EXPECT_EQ(fields, "123456789012");
}

TEST(ScannerBurstDetector, ShortFastRunIsNotABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    std::string fields;
    EXPECT_FALSE(type_then_enter(d, "12345678901", t, 5ms, &fields));  // 11 characters
    EXPECT_EQ(fields, "12345678901");
}

TEST(ScannerBurstDetector, FastWordsWithoutTwelveDigitsAreNotABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    EXPECT_FALSE(type_then_enter(d, "ถนนชำรุดหน้าตลาด 12", t, 5ms));
}

TEST(ScannerBurstDetector, PauseInTheMiddleStartsANewRun) {
    ScannerBurstDetector d;
    SteadyTime t{};
    std::string fields;
    for (char32_t cp : std::u32string_view(U"ถนน")) {
        std::string one;
        text::append_utf8(one, cp);
        fields += d.on_frame(one, false, t += 200ms).release;
        fields += d.on_frame("", false, t + 60ms).release;
    }
    t += 1s;
    auto burst = type_then_enter(d, "123456789012", t, 5ms);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "123456789012");  // the slow typing before is not part of it
    EXPECT_EQ(fields, "ถนน");
}

TEST(ScannerBurstDetector, SlowFramesDoNotSplitABurst) {
    ScannerBurstDetector d;
    SteadyTime t{};
    EXPECT_EQ(d.on_frame("12345", false, t).release, "");
    EXPECT_EQ(d.on_frame("678", false, t += 400ms).release, "");  // a frame under load
    EXPECT_EQ(d.held(), 8u);
    ScannerFrame f = d.on_frame("9012", false, t += 300ms);
    EXPECT_FALSE(f.burst);
    f = d.on_frame("", true, t += 250ms);  // Enter in a frame of its own
    ASSERT_TRUE(f.burst);
    EXPECT_EQ(*f.burst, "123456789012");
    EXPECT_FALSE(f.enter_for_fields);
    EXPECT_EQ(d.held(), 0u);
}

TEST(ScannerBurstDetector, AFrameWithNothingAfterTheGapEndsTheRun) {
    ScannerBurstDetector d;
    SteadyTime t{};
    (void)d.on_frame("123456789012", false, t);
    EXPECT_EQ(d.release_at(), t + 50ms);
    EXPECT_EQ(d.on_frame("", false, t + 10ms).release, "");  // too soon: still held
    EXPECT_EQ(d.on_frame("", false, t + 50ms).release, "123456789012");
    ScannerFrame f = d.on_frame("", true, t + 60ms);
    EXPECT_FALSE(f.burst);
    EXPECT_TRUE(f.enter_for_fields);
}

TEST(ScannerBurstDetector, CountsThaiDigitsAsDigits) {
    ScannerBurstDetector d;
    SteadyTime t{};
    ScannerFrame f = d.on_frame("๑๒๓๔๕๖๗๘๙๐๑๒", true, t);
    ASSERT_TRUE(f.burst);
    EXPECT_EQ(*f.burst, "๑๒๓๔๕๖๗๘๙๐๑๒");
}

}  // namespace
}  // namespace siang::flow
