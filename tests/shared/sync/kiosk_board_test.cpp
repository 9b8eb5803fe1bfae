// The kiosk board's wire shape: the same value gives the same bytes back, and the decoder is strict.
#include "sync/kiosk_board.hpp"

#include <gtest/gtest.h>

namespace siang::sync {
namespace {

TEST(KioskBoardWire, RoundTripsInAFixedKeyOrder) {
    const KioskBoard b{2569, 12, 9, domain::TimePoint{std::chrono::seconds{1772330584}}};
    const std::string body = encode(b);
    EXPECT_EQ(body, R"({"fiscal_year":2569,"received":12,"completed":9,"drawn_at":")" +
                        domain::format_iso_utc(b.drawn_at) + "\"}");
    auto back = decode_kiosk_board(body);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->same_counts(b));
    EXPECT_EQ(back->drawn_at, b.drawn_at);
}

TEST(KioskBoardWire, RefusesWhatNoServerSends) {
    const std::string at = R"("drawn_at":"2026-03-01T02:03:04Z")";
    for (const std::string& body :
         {R"({"fiscal_year":2569,"received":1,"completed":2,)" + at + "}",
          R"({"fiscal_year":2569,"received":-1,"completed":0,)" + at + "}",
          R"({"fiscal_year":69,"received":1,"completed":0,)" + at + "}",
          R"({"fiscal_year":2569,"received":1,)" + at + "}",
          R"({"fiscal_year":2569,"received":1,"completed":0,"kind":"corruption",)" + at + "}",
          R"({"fiscal_year":"2569","received":1,"completed":0,)" + at + "}",
          std::string("[]")}) {
        auto r = decode_kiosk_board(body);
        ASSERT_FALSE(r) << body;
        EXPECT_EQ(r.error().code, Errc::invalid_input) << body;
    }
    EXPECT_TRUE(decode_kiosk_board(R"({"fiscal_year":2569,"received":1,"completed":1,)" + at + "}"));
}

}  // namespace
}  // namespace siang::sync
