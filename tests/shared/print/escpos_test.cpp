// Tests for shared/print/escpos and printer_state: band rules, the real-time guard, status bytes.
#include <gtest/gtest.h>

#include <random>

#include "print/escpos.hpp"
#include "print/printer_state.hpp"
#include "support/escpos_decoder.hpp"

namespace siang::print {
namespace {

TEST(BandPlan, ObeysTheRulesForEveryHeight) {
    for (int h = 1; h <= 4000; ++h) {
        const std::vector<int> bands = plan_bands(h);
        int sum = 0;
        for (int b : bands) {
            ASSERT_GE(b, 1) << "height " << h;
            ASSERT_LE(b, 256) << "height " << h;
            ASSERT_NE(b % 48, 0) << "height " << h << ": a band of " << b;
            sum += b;
        }
        ASSERT_EQ(sum, h);
    }
    EXPECT_TRUE(plan_bands(0).empty());
    EXPECT_EQ(plan_bands(48), (std::vector<int>{47, 1}));
    EXPECT_EQ(plan_bands(255 + 96), (std::vector<int>{254, 97}));
}

TEST(RealtimeGuard, ClearsTheDotThatWouldSpellAStatusQuery) {
    std::vector<std::uint8_t> data{0xFF, 0x10, 0x04, 0x01, 0x10, 0x05, 0x10, 0x14, 0x10, 0x10, 0x20};
    EXPECT_TRUE(holds_realtime_sequence(data));
    EXPECT_EQ(guard_realtime(data), 3);
    EXPECT_FALSE(holds_realtime_sequence(data));
    EXPECT_EQ(data, (std::vector<std::uint8_t>{0xFF, 0x00, 0x04, 0x01, 0x00, 0x05, 0x00, 0x14,
                                               0x10, 0x10, 0x20}));
}

// Images made of exactly the dangerous bytes, and random ones: the whole stream of a slip
// (headers, bands, feed, cut) never holds DLE EOT, DLE ENQ or DLE DC4.
TEST(EncodeSlip, NeverSendsARealtimeSequence) {
    std::mt19937 rng(13);
    for (int round = 0; round < 40; ++round) {
        MonoImage img;
        img.width = round % 2 == 0 ? 576 : 384;
        img.height = 16 + round * 37;
        img.bits.resize(static_cast<std::size_t>(img.bytes_per_row() * img.height));
        const std::uint8_t pattern[] = {0x10, 0x04, 0x10, 0x05, 0x10, 0x14};
        for (std::size_t i = 0; i < img.bits.size(); ++i)
            img.bits[i] = round < 10 ? pattern[i % 6] : static_cast<std::uint8_t>(rng() % 24);
        Bytes stream;
        for (const Bytes& part : encode_slip(img, true)) stream.insert(stream.end(), part.begin(), part.end());
        ASSERT_FALSE(holds_realtime_sequence(stream)) << "round " << round;
        const testing::DecodedSlip d = testing::decode_escpos(stream);
        ASSERT_TRUE(d.problem.empty()) << d.problem;
        EXPECT_EQ(d.image.height, img.height);
        EXPECT_EQ(d.inits, 1);
        EXPECT_EQ(d.cuts, 1);
    }
}

TEST(EncodeSlip, WithoutCutOnlyFeeds) {
    MonoImage img;
    img.width = 384;
    img.height = 10;
    img.bits.assign(48 * 10, 0xAA);
    Bytes stream;
    for (const Bytes& part : encode_slip(img, false)) stream.insert(stream.end(), part.begin(), part.end());
    const testing::DecodedSlip d = testing::decode_escpos(stream);
    EXPECT_EQ(d.cuts, 0);
    EXPECT_EQ(d.image.bits, img.bits);
}

TEST(PrinterStatus, ReadsEachCondition) {
    EXPECT_EQ(parse_status(0x12, 0x12, 0x12), PrinterState::ready);
    EXPECT_EQ(parse_status(0x1A, 0x32, 0x72), PrinterState::paper_out);
    EXPECT_EQ(parse_status(0x12, 0x12, 0x72), PrinterState::paper_out);
    EXPECT_EQ(parse_status(0x1A, 0x16, 0x12), PrinterState::cover_open);
    EXPECT_EQ(parse_status(0x1A, 0x12, 0x12), PrinterState::offline);
    EXPECT_EQ(parse_status(0x12, 0x52, 0x12), PrinterState::error);
    EXPECT_EQ(parse_status(0x12, 0x12, 0x1E), PrinterState::paper_near_end);
    EXPECT_TRUE(can_print(PrinterState::paper_near_end));
    EXPECT_FALSE(can_print(PrinterState::cover_open));
}

TEST(PrinterStatus, RefusesBytesThatAreNoStatus) {
    EXPECT_EQ(parse_status(0x00, 0x12, 0x12), std::nullopt);
    EXPECT_EQ(parse_status(0x12, 'H', 0x12), std::nullopt);
    EXPECT_EQ(parse_status(0x12, 0x12, 0x93), std::nullopt);
}

}  // namespace
}  // namespace siang::print
