// Tests of office/console/lock_screen: a locked console sees and hears a kiosk's call for help,
// may acknowledge it without unlocking, and shows nothing of any case (issue 9 item 4).
#include "office/console/lock_screen.hpp"

#include <sqlite3.h>

#include "console_fixture.hpp"
#include "office/console/local_time.hpp"

namespace siang::office {
namespace {

using std::chrono::minutes;
using testing::ConsoleTest;
using testing::password;
using Steady = std::chrono::steady_clock;

const Steady::time_point t0 = Steady::time_point{} + std::chrono::hours(100);

class LockScreenTest : public ConsoleTest {
  protected:
    void SetUp() override {
        ConsoleTest::SetUp();
        session.emplace(client(), domain::default_directory());
        ASSERT_TRUE(session->log_in(clerk.username, password, t0));
        lock.emplace(*session, help);
    }
    std::optional<ConsoleSession> session;
    HelpAlerts help;
    std::optional<LockScreen> lock;
};

TEST_F(LockScreenTest, LockedConsoleShowsANewHelpRequestAndAsksForTheTone) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุดหน้าวัด", "หลุมลึกมาก");
    const Steady::time_point locked_at = t0 + minutes(10);
    ASSERT_TRUE(session->locked(locked_at));
    auto first = lock->poll(locked_at);
    ASSERT_TRUE(first);
    EXPECT_FALSE(*first);  // nothing yet
    // 25 Nov 2026 10:00 Bangkok.
    ASSERT_TRUE(store().add_help_request("kiosk-lobby", now));
    auto arrived = lock->poll(locked_at + HelpAlerts::poll_interval);
    ASSERT_TRUE(arrived);
    EXPECT_TRUE(*arrived) << "the tone is asked for while locked";
    EXPECT_TRUE(session->locked(locked_at + HelpAlerts::poll_interval));

    for (auto lang : {i18n::Lang::th, i18n::Lang::en}) {
        const LockContent c = lock->content(lang);
        ASSERT_EQ(c.alerts.size(), 1u);
        EXPECT_NE(c.alerts[0].text.find("kiosk-lobby"), std::string::npos) << c.alerts[0].text;
        EXPECT_NE(c.alerts[0].text.find("10:00"), std::string::npos) << c.alerts[0].text;
        // Nothing of any case: no number, no subject, in anything the lock screen shows.
        for (const std::string* text : {&c.title, &c.hint, &c.alerts[0].text}) {
            EXPECT_EQ(text->find(filed.number.str()), std::string::npos) << *text;
            EXPECT_EQ(text->find("ถนนชำรุด"), std::string::npos) << *text;
        }
    }
    // Heard once: the next poll lists it but asks for no second tone.
    EXPECT_FALSE(*lock->poll(locked_at + 2 * HelpAlerts::poll_interval));
}

TEST_F(LockScreenTest, HelpIsAcknowledgedFromTheLockScreenWithoutUnlockingAndAudited) {
    ASSERT_TRUE(store().add_help_request("kiosk-2", now));
    const Steady::time_point locked_at = t0 + minutes(11);
    ASSERT_TRUE(session->locked(locked_at));
    ASSERT_TRUE(lock->poll(locked_at));
    const auto alerts = lock->content(i18n::Lang::th).alerts;
    ASSERT_EQ(alerts.size(), 1u);
    ASSERT_TRUE(lock->acknowledge(alerts[0].id));
    EXPECT_TRUE(lock->content(i18n::Lang::th).alerts.empty());
    EXPECT_TRUE(session->locked(locked_at)) << "acknowledging does not unlock";
    auto open = store().open_help_requests();
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->empty()) << "the kiosk learns someone is coming";
    auto rows = store().audit_rows(0, 1);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].action, "acknowledge_help");
    EXPECT_EQ((*rows)[0].actor, clerk.username);
    EXPECT_EQ((*rows)[0].detail, "lock_screen");
    // Unlocking still takes the password.
    EXPECT_FALSE(lock->unlock("not-the-password", locked_at));
    EXPECT_TRUE(session->locked(locked_at));
    ASSERT_TRUE(lock->unlock(password, locked_at));
    EXPECT_FALSE(session->locked(locked_at));
}

// Issue 10 item 2: the console says when it cannot read the help requests, and recovers.
TEST_F(LockScreenTest, ConsoleSaysWhenItCannotReadHelpRequestsAndRecovers) {
    ASSERT_TRUE(lock->poll(t0));
    EXPECT_FALSE(help.unreadable());
    auto raw = [&](const char* sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    };
    raw("ALTER TABLE help_requests RENAME TO help_requests_away");
    auto failed = lock->poll(t0 + HelpAlerts::poll_interval);
    ASSERT_FALSE(failed);
    EXPECT_TRUE(help.unreadable());
    for (auto lang : {i18n::Lang::th, i18n::Lang::en}) {
        const LockContent c = lock->content(lang);
        EXPECT_EQ(c.help_problem, help_unreadable_text(lang));
        EXPECT_FALSE(c.help_problem.empty());
    }
    EXPECT_NE(help_unreadable_text(i18n::Lang::th), help_unreadable_text(i18n::Lang::en));
    raw("ALTER TABLE help_requests_away RENAME TO help_requests");
    ASSERT_TRUE(store().add_help_request("kiosk-lobby", now, "review"));
    auto back = lock->poll(t0 + 2 * HelpAlerts::poll_interval);
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_TRUE(*back);
    EXPECT_FALSE(help.unreadable());
    EXPECT_TRUE(lock->content(i18n::Lang::en).help_problem.empty());
}

TEST_F(LockScreenTest, AlertSaysTheScreenTheCitizenCalledFrom) {
    ASSERT_TRUE(store().add_help_request("kiosk-lobby", now, "review"));
    ASSERT_TRUE(lock->poll(t0));
    const LockContent th = lock->content(i18n::Lang::th);
    ASSERT_EQ(th.alerts.size(), 1u);
    EXPECT_NE(th.alerts[0].text.find("ตรวจสอบข้อมูลก่อนส่ง"), std::string::npos) << th.alerts[0].text;
    const LockContent en = lock->content(i18n::Lang::en);
    EXPECT_NE(en.alerts[0].text.find("(screen: review)"), std::string::npos) << en.alerts[0].text;
}

// Issue 13: a help request the kiosk raised about its receipt printer is said in words, never
// as its raw place ("receipt-printer_paper_out").
TEST_F(LockScreenTest, AlertNamesTheReceiptPrintersProblemInWords) {
    ASSERT_TRUE(store().add_help_request("kiosk-1", now, "receipt-printer_paper_out"));
    ASSERT_TRUE(store().add_help_request("kiosk-2", now, "receipt-printer_cover_open"));
    ASSERT_TRUE(store().add_help_request("kiosk-3", now, "receipt-printer_jammed"));
    ASSERT_TRUE(store().add_help_request("kiosk-4", now, "review-something_else"));
    ASSERT_TRUE(lock->poll(t0));
    const auto text_of = [&](i18n::Lang lang, std::string_view kiosk) {
        for (const auto& a : lock->content(lang).alerts)
            if (a.text.find("\"" + std::string(kiosk) + "\"") != std::string::npos) return a.text;
        return std::string("<no alert for ") + std::string(kiosk) + ">";
    };
    const std::string at = clock_text(now);
    EXPECT_EQ(text_of(i18n::Lang::th, "kiosk-1"),
              "ตู้บริการ \"kiosk-1\": เครื่องพิมพ์ใบรับเรื่องกระดาษหมด เมื่อ " + at +
                  " (ผู้ยื่นเรื่องอาจยังไม่ได้ใบรับเรื่อง)");
    EXPECT_EQ(text_of(i18n::Lang::en, "kiosk-1"),
              "Kiosk \"kiosk-1\": the receipt printer is out of paper, at " + at +
                  " (the citizen may not have their receipt)");
    EXPECT_NE(text_of(i18n::Lang::th, "kiosk-2").find("ฝาเครื่องพิมพ์ใบรับเรื่องเปิดอยู่"), std::string::npos);
    EXPECT_NE(text_of(i18n::Lang::en, "kiosk-2").find("the receipt printer's cover is open"),
              std::string::npos);
    // A printer problem this console does not know yet is still the printer's, in words.
    EXPECT_NE(text_of(i18n::Lang::en, "kiosk-3").find("the receipt printer cannot print"),
              std::string::npos);
    // Any other problem: the screen the kiosk was on.
    EXPECT_NE(text_of(i18n::Lang::en, "kiosk-4").find("(screen: review)"), std::string::npos);
    for (auto lang : {i18n::Lang::th, i18n::Lang::en})
        for (const auto& a : lock->content(lang).alerts) {
            EXPECT_EQ(a.text.find("printer_"), std::string::npos) << a.text;
            EXPECT_EQ(a.text.find("receipt-"), std::string::npos) << a.text;
            EXPECT_EQ(a.text.find("something_else"), std::string::npos) << a.text;
        }
}

}  // namespace
}  // namespace siang::office
