// Tests of the console's small rules (issue 9 polish): date filters in the Buddhist Era, and the
// header saying who is signed in once.
#include <gtest/gtest.h>

#include "office/console/console_session.hpp"
#include "office/console/queue_dates.hpp"

namespace siang::office {
namespace {

using namespace std::chrono;

TEST(QueueDates, FilterDatesAreTypedDayMonthBuddhistYear) {
    EXPECT_EQ(parse_filter_date("25/11/2569").value(), year_month_day{2026y / November / 25});
    EXPECT_EQ(parse_filter_date(" 1/2/2570 ").value(), year_month_day{2027y / February / 1});
    EXPECT_EQ(parse_filter_date("๒๕/๑๑/๒๕๖๙").value(), year_month_day{2026y / November / 25});
    EXPECT_EQ(parse_filter_date("25.11.2569").value(), year_month_day{2026y / November / 25});
    // Year first, as the CLI takes it, in either calendar.
    EXPECT_EQ(parse_filter_date("2569-11-25").value(), year_month_day{2026y / November / 25});
    EXPECT_EQ(parse_filter_date("2026-11-25").value(), year_month_day{2026y / November / 25});
}

TEST(QueueDates, ABadDateOrAChristianYearDayFirstIsAnError) {
    for (const char* bad : {"25/11/2026", "31/2/2569", "2569", "25/11", "hello", "25/13/2569",
                            "0/11/2569", "25/11/69"}) {
        auto r = parse_filter_date(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, Errc::invalid_date);
        EXPECT_EQ(r.error().detail, bad);
    }
}

TEST(QueueDates, AFilterDateIsWrittenBackInTheBuddhistEra) {
    EXPECT_EQ(filter_date_text(2026y / November / 5), "5/11/2569");
    EXPECT_EQ(parse_filter_date(filter_date_text(2027y / March / 31)).value(),
              year_month_day{2027y / March / 31});
}

TEST(ConsoleHeader, SaysTheNameAndTheRoleOnce) {
    const staff::StaffUser clerk{"somchai", "สมชาย ใจดี", staff::Role::clerk};
    EXPECT_EQ(signed_in_as(clerk, i18n::Lang::th), "สมชาย ใจดี · เจ้าหน้าที่ธุรการ");
    EXPECT_EQ(signed_in_as(clerk, i18n::Lang::en), "สมชาย ใจดี · Clerk");
    // An account named after its role: "ผู้ดูแลระบบ · ผู้ดูแลระบบ" said the same thing twice.
    const staff::StaffUser admin{"admin", "ผู้ดูแลระบบ", staff::Role::admin};
    EXPECT_EQ(signed_in_as(admin, i18n::Lang::th), "ผู้ดูแลระบบ");
    EXPECT_EQ(signed_in_as(admin, i18n::Lang::en), "Administrator");
    const staff::StaffUser english{"root", "Administrator", staff::Role::admin};
    EXPECT_EQ(signed_in_as(english, i18n::Lang::th), "ผู้ดูแลระบบ");
    // No display name: the username stands in for it.
    const staff::StaffUser nameless{"malee", "", staff::Role::integrity};
    EXPECT_EQ(signed_in_as(nameless, i18n::Lang::en), "malee · Integrity officer");
    // The store's built-in administrator has an English display name; the Thai chip says it in Thai.
    const auto local = staff::local_administrator();
    EXPECT_EQ(signed_in_as(local, i18n::Lang::th), "ผู้ดูแลระบบประจำเครื่อง · ผู้ดูแลระบบ");
    EXPECT_EQ(signed_in_as(local, i18n::Lang::en), "Local administrator · Administrator");
}

}  // namespace
}  // namespace siang::office
