// The kiosks panel's model (issue 12 item 4) over a real store, with the time injected: a kiosk
// silent for 10 minutes, or holding a backlog that long, raises the alert once.
#include "office/console/kiosk_watch.hpp"

#include <ctime>
#include <filesystem>
#include <fstream>

#include "console_fixture.hpp"
#include "office/console/link_banner.hpp"
#include "sync/enrolment_link.hpp"

namespace siang::office {
namespace {

using std::chrono::minutes;
using testing::ConsoleTest;

class KioskWatchTest : public ConsoleTest {
  protected:
    // An enrolled kiosk last heard from at `contact` with `pending` filings waiting.
    std::int64_t enrol(const std::string& name, domain::TimePoint contact, int pending = 0) {
        auto code = store().add_kiosk_enrolment(name, now - minutes(60), "boss");
        EXPECT_TRUE(code) << code.error().detail;
        auto kiosk = store().redeem_enrolment(code->code, now - minutes(59));
        EXPECT_TRUE(kiosk) << kiosk.error().detail;
        auto ref = store().kiosk_by_token(kiosk->token);
        EXPECT_TRUE(ref);
        EXPECT_TRUE(store().record_backlog(ref->id, pending, 0, contact));
        return ref->id;
    }
    KioskWatch watch;
};

TEST_F(KioskWatchTest, AKioskSilentForTenMinutesAlertsOnceAndARevokedOneNever) {
    enrol("kiosk-1", now);
    enrol("kiosk-2", now);
    enrol("kiosk-gone", now - minutes(120));
    ASSERT_TRUE(client().revoke_kiosk(admin, "kiosk-gone"));
    ASSERT_TRUE(watch.load(client(), admin, now));
    EXPECT_TRUE(watch.alerting(now).empty());
    EXPECT_FALSE(watch.take_new_alert(now));
    EXPECT_TRUE(watch.alerting(now + minutes(9)).empty());
    EXPECT_EQ(watch.alerting(now + minutes(10)), (std::vector<std::string>{"kiosk-1", "kiosk-2"}));
    EXPECT_TRUE(watch.take_new_alert(now + minutes(10)));   // the tone, once
    EXPECT_FALSE(watch.take_new_alert(now + minutes(11)));  // still silent: no second tone
    const auto rows = watch.rows(now + minutes(10), i18n::Lang::en);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].trouble, KioskTrouble::silent);
    EXPECT_TRUE(rows[2].revoked);
    EXPECT_EQ(rows[2].trouble, KioskTrouble::none);
}

TEST_F(KioskWatchTest, ABacklogThatStaysTenMinutesAlertsThoughTheKioskKeepsCalling) {
    const auto id = enrol("kiosk-1", now, 3);
    ASSERT_TRUE(watch.load(client(), admin, now));
    EXPECT_EQ(watch.trouble(watch.kiosks()[0], now + minutes(5)), KioskTrouble::none);
    // Every five minutes it calls again, the backlog still there: never silent, but stuck.
    for (int m : {5, 10}) {
        ASSERT_TRUE(store().record_backlog(id, 3, 0, now + minutes(m)));
        ASSERT_TRUE(watch.load(client(), admin, now + minutes(m)));
    }
    EXPECT_EQ(watch.trouble(watch.kiosks()[0], now + minutes(9)), KioskTrouble::none);
    EXPECT_EQ(watch.trouble(watch.kiosks()[0], now + minutes(10)), KioskTrouble::backlog);
    EXPECT_EQ(watch.alerting(now + minutes(10)), (std::vector<std::string>{"kiosk-1"}));
    // Drained: the alert ends with the backlog.
    ASSERT_TRUE(store().record_backlog(id, 0, 0, now + minutes(11)));
    ASSERT_TRUE(watch.load(client(), admin, now + minutes(11)));
    EXPECT_TRUE(watch.alerting(now + minutes(12)).empty());
}

// A console opened late: the server says since when the backlog stands, so the first load
// already alerts for one that has stood ten minutes.
TEST_F(KioskWatchTest, ABacklogIsDatedByTheServerNotByTheFirstLoadThatSawIt) {
    const auto id = enrol("kiosk-1", now - minutes(12), 2);
    ASSERT_TRUE(store().record_backlog(id, 2, 0, now - minutes(1)));  // still calling
    ASSERT_TRUE(watch.load(client(), admin, now));
    ASSERT_TRUE(watch.kiosks()[0].backlog_since);
    EXPECT_EQ(watch.trouble(watch.kiosks()[0], now), KioskTrouble::backlog);
}

TEST_F(KioskWatchTest, ANewKioskShowsItsEnrolmentOnceAsTheQrTheKioskScans) {
    KioskEnrolmentOffer server;
    server.url = "https://192.168.1.10:8443";
    server.fingerprint = std::string(64, 'a');
    ASSERT_TRUE(watch.add(client(), admin, "kiosk-9", now, server));
    ASSERT_TRUE(watch.enrolment());
    const auto link = sync::parse_enrolment_link(watch.enrolment()->link);
    ASSERT_TRUE(link) << watch.enrolment()->link;
    EXPECT_EQ(link->url, server.url);
    EXPECT_EQ(link->code, watch.enrolment()->offer.enrolment_code);
    EXPECT_EQ(link->fingerprint, server.fingerprint);
    EXPECT_TRUE(watch.enrolment()->qr.has_value());
    ASSERT_EQ(watch.kiosks().size(), 1u);
    watch.dismiss_enrolment();
    EXPECT_FALSE(watch.enrolment());
    ASSERT_TRUE(watch.revoke(client(), admin, "kiosk-9", now));
    EXPECT_TRUE(watch.kiosks()[0].revoked_at.has_value());
}

TEST_F(KioskWatchTest, OnlyAnAdminSeesTheKiosks) {
    EXPECT_EQ(watch.load(client(), clerk, now).error().code, Errc::permission_denied);
}

// What siang-backup writes beside the store: "UTC-time ok|failed file", `ago` before now.
void record_backup(const std::string& store_path, std::chrono::hours ago, const char* result) {
    const std::filesystem::path dir = store::default_backup_dir(store_path);
    std::filesystem::create_directories(dir);
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - ago);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::ofstream(dir / "last-backup") << when << " " << result << " " << (dir / "b.db").string() << "\n";
}

TEST_F(KioskWatchTest, AFailedOrStaleBackupIsShownAndAGoodOneOrNoneIsNot) {
    ASSERT_TRUE(watch.load(client(), admin, now));
    EXPECT_FALSE(watch.backup_trouble());  // never backed up: a developer's store
    record_backup(path(), std::chrono::hours(2), "ok");
    ASSERT_TRUE(watch.load(client(), admin, now));
    EXPECT_FALSE(watch.backup_trouble());
    record_backup(path(), std::chrono::hours(3), "failed");
    ASSERT_TRUE(watch.load(client(), admin, now));
    ASSERT_TRUE(watch.backup_trouble());
    EXPECT_EQ(watch.backup_trouble()->state, store::BackupState::failed);
    EXPECT_EQ(watch.backup_trouble()->age_hours, 3);
    record_backup(path(), std::chrono::hours(50), "ok");
    ASSERT_TRUE(watch.load(client(), admin, now));
    ASSERT_TRUE(watch.backup_trouble());
    EXPECT_EQ(watch.backup_trouble()->state, store::BackupState::stale);
    // The store client says it to admins only, as the server does.
    EXPECT_EQ(client().last_backup(clerk).error().code, Errc::permission_denied);
}

TEST(LinkBanner, SaysNothingConnectedWaitsWhenUnreachableAndAlarmsOnAChangedCertificate) {
    EXPECT_FALSE(link_banner({}, i18n::Lang::th).shown);
    LinkState lost;
    lost.connected = false;
    lost.lost_since = domain::TimePoint{std::chrono::seconds{1795575600}};  // 10:00 Bangkok
    lost.last_error = Error{Errc::server_unreachable, "127.0.0.1:8443"};
    const auto b = link_banner(lost, i18n::Lang::en);
    EXPECT_TRUE(b.shown);
    EXPECT_FALSE(b.untrusted);
    EXPECT_NE(b.text.find("10:00"), std::string::npos) << b.text;
    EXPECT_NE(link_banner(lost, i18n::Lang::th).text.find("10:00"), std::string::npos);
    lost.last_error = Error{Errc::server_untrusted, std::string(64, 'b')};
    EXPECT_TRUE(link_banner(lost, i18n::Lang::th).untrusted);
    EXPECT_TRUE(network_failure(Errc::server_unreachable));
    EXPECT_FALSE(network_failure(Errc::session_expired));
}

}  // namespace
}  // namespace siang::office
