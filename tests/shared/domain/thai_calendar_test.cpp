// Tests for shared/domain/thai_calendar: Bangkok dates, fiscal years, formats.
#include "domain/thai_calendar.hpp"

#include <gtest/gtest.h>

namespace siang::domain {
namespace {

using namespace std::chrono;

TimePoint utc(int y, unsigned m, unsigned d, int h, int mi, int s = 0) {
    return TimePoint{sys_days{year{y} / month{m} / day{d}}} + hours{h} + minutes{mi} + seconds{s};
}

TEST(ThaiCalendar, FiscalYearTurnsOverOnFirstOfOctober) {
    EXPECT_EQ(fiscal_year_be(2026y / September / 30), 2569);
    EXPECT_EQ(fiscal_year_be(2026y / October / 1), 2570);
    EXPECT_EQ(fiscal_year_be(2025y / October / 1), 2569);
    EXPECT_EQ(fiscal_year_be(2026y / January / 1), 2569);
    EXPECT_EQ(fiscal_year_be(2026y / December / 31), 2570);
}

TEST(ThaiCalendar, LocalDateIsBangkokNotUtc) {
    // 17:30 UTC on 30 Sep is 00:30 on 1 Oct in Bangkok: already the next fiscal year.
    const TimePoint t = utc(2026, 9, 30, 17, 30);
    EXPECT_EQ(year_month_day{floor<days>(t)}, 2026y / September / 30);
    EXPECT_EQ(local_date(t), 2026y / October / 1);
    EXPECT_EQ(fiscal_year_be(local_date(t)), 2570);
    // One second before Bangkok midnight it is still 30 Sep.
    const TimePoint before = utc(2026, 9, 30, 16, 59, 59);
    EXPECT_EQ(local_date(before), 2026y / September / 30);
    EXPECT_EQ(fiscal_year_be(local_date(before)), 2569);
    EXPECT_EQ(local_date(utc(2026, 9, 30, 17, 0)), 2026y / October / 1);
}

TEST(ThaiCalendar, FiscalYearBounds) {
    EXPECT_EQ(fiscal_year_start(2569), 2025y / October / 1);
    EXPECT_EQ(fiscal_year_end(2569), 2026y / September / 30);
    EXPECT_EQ(fiscal_year_be(fiscal_year_start(2570)), 2570);
    EXPECT_EQ(fiscal_year_be(fiscal_year_end(2570)), 2570);
}

TEST(ThaiCalendar, BuddhistEra) {
    EXPECT_EQ(to_buddhist_era(2026), 2569);
}

TEST(ThaiCalendar, FormatsThaiDateInBuddhistEra) {
    EXPECT_EQ(format_thai_date(2026y / November / 25), "25 พ.ย. 2569");
    EXPECT_EQ(format_thai_date(2026y / January / 5), "5 ม.ค. 2569");
    EXPECT_EQ(format_thai_date(2026y / April / 13), "13 เม.ย. 2569");
    EXPECT_EQ(format_thai_date(2026y / November / 25, true), "25 Nov 2569");
}

TEST(ThaiCalendar, EveryMonthHasItsThaiAbbreviation) {
    const std::array<std::string, 12> expected{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                               "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    for (unsigned m = 1; m <= 12; ++m) {
        EXPECT_EQ(format_thai_date(2026y / month{m} / 1), "1 " + expected[m - 1] + " 2569");
    }
}

TEST(ThaiCalendar, IsoUtcRoundTrips) {
    const TimePoint t = utc(2026, 11, 25, 5, 21, 45);
    EXPECT_EQ(format_iso_utc(t), "2026-11-25T05:21:45Z");
    EXPECT_EQ(parse_iso_utc("2026-11-25T05:21:45Z"), t);
    const TimePoint leap = utc(2028, 2, 29, 23, 59, 59);
    EXPECT_EQ(parse_iso_utc(format_iso_utc(leap)), leap);
}

TEST(ThaiCalendar, IsoUtcRejectsAnythingElse) {
    for (const char* s :
         {"", "2026-11-25", "2026-11-25T05:21:45", "2026-11-25T05:21:45+07:00",
          "2026-11-25 05:21:45Z", "2026-02-30T00:00:00Z", "2026-11-25T24:00:00Z",
          "2026-11-25T05:60:00Z", "2026-11-25T05:21:45Zjunk", "26-11-25T05:21:45Z"}) {
        EXPECT_FALSE(parse_iso_utc(s).has_value()) << s;
    }
}

TEST(ThaiCalendar, ParsesDatesInCommonEraAndBuddhistEra) {
    EXPECT_EQ(parse_date("2026-11-25"), 2026y / November / 25);
    EXPECT_EQ(parse_date("2569-11-25"), 2026y / November / 25);
    EXPECT_EQ(parse_date("2026-1-5"), 2026y / January / 5);
    EXPECT_EQ(parse_date("๒๕๖๙-๑๑-๒๕"), 2026y / November / 25);
}

TEST(ThaiCalendar, RejectsInvalidDates) {
    for (const char* s : {"", "2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "25/11/2569",
                          "2026-11-25x", "2026-011-25", "20261125"}) {
        EXPECT_FALSE(parse_date(s).has_value()) << s;
    }
}

TEST(ThaiCalendar, ParseDateHasNoYearZeroAndDoesNotShiftFourDigitCeYears) {
    EXPECT_FALSE(parse_date("0000-01-01").has_value());
    EXPECT_EQ(parse_date("1957-01-01"), 1957y / January / 1);
    EXPECT_EQ(parse_date("2500-01-01"), 1957y / January / 1);    // BE
    EXPECT_EQ(parse_date("9999-12-31"), 9456y / December / 31);  // BE 9999, refused as future
}

}  // namespace
}  // namespace siang::domain
