// The console as a client of a real siang-server on loopback (issue 12 items 2, 3, 4, 6): the
// first connection's fingerprint confirmation, a changed certificate refused, the server-down
// banner when the server is killed and its end when it is back, nothing typed lost when the
// server dies mid-edit, and the kiosks panel's alert. The server sits behind an in-test TCP
// proxy so a restart (on a new ephemeral port) is reached at the same address.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <memory>

#include "net/server_identity.hpp"
#include "office/console/api_client.hpp"
#include "office/console/console_controller.hpp"
#include "office/console/kiosk_watch.hpp"
#include "office/console/server_trust.hpp"
#include "support/staff_server.hpp"
#include "support/tcp_proxy.hpp"
#include "support/test_dir.hpp"

namespace siang::office {
namespace {

namespace t = siang::testing;
using Steady = std::chrono::steady_clock;

class ConsoleOverServer : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(server.ready()) << server.error();
        t::ProxyOptions o;
        o.target_port = server.process().office_port();
        o.handshake_turns = 2;
        proxy = std::make_unique<t::TcpProxy>(o);
    }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(proxy->port()); }
    KnownServers known() const { return KnownServers(server.dir() / "config" / "office-servers"); }
    void restart() {
        ASSERT_TRUE(server.process().start());
        proxy->set_target_port(server.process().office_port());
    }

    // A console over the API, pinned to the server's real certificate.
    ConsoleController& console() {
        if (!console_) {
            auto made = ApiClient::connect({url(), server.fingerprint()});
            EXPECT_TRUE(made);
            client_ = std::move(*made);
            console_ = std::make_unique<ConsoleController>(*client_, domain::default_directory());
            console_->set_lang(i18n::Lang::en);
        }
        return *console_;
    }
    ApiClient& client() { return console(), *client_; }
    void log_in(const char* user) {
        console().login_view().username.assign(user);
        console().login_view().password.assign(t::staff_password);
        console().apply(intent::LogIn{}, now);
        ASSERT_TRUE(console().session().logged_in()) << console().login_view().error;
    }
    void unlock() {
        console().lock_view().password.assign(t::staff_password);
        console().apply(intent::Unlock{}, now);
    }

    t::StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("office_server")};
    std::unique_ptr<t::TcpProxy> proxy;
    Steady::time_point now = Steady::now();

  private:
    std::unique_ptr<ApiClient> client_;
    std::unique_ptr<ConsoleController> console_;
};

TEST_F(ConsoleOverServer, FirstConnectionShowsTheServersFingerprintAndRemembersItWhenConfirmed) {
    const config::Config cfg;
    auto choice = choose_server(url(), std::nullopt, cfg, "", known());
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->pin, ServerChoice::Pin::unknown);
    EXPECT_TRUE(choice->fingerprint.empty());

    FirstConnection refused(url(), known());
    refused.probe();
    ASSERT_EQ(refused.phase(), FirstConnection::Phase::asking) << refused.error()->detail;
    EXPECT_EQ(refused.presented(), server.fingerprint());
    const std::string grouped = group_fingerprint(refused.presented(), 8);
    EXPECT_EQ(grouped.size(), 64u + 15u);  // 16 groups of 4, two lines of 8
    EXPECT_EQ(grouped[39], '\n');
    refused.refuse();
    EXPECT_FALSE(known().find(url()));  // refused: nothing remembered

    FirstConnection first(url(), known());
    first.probe();
    auto address = first.confirm();
    ASSERT_TRUE(address) << address.error().detail;
    EXPECT_EQ(address->fingerprint, server.fingerprint());
    struct stat st {};
    ASSERT_EQ(::stat(known().file().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    // From then on it is the pin, with no question asked.
    choice = choose_server(url(), std::nullopt, cfg, "", known());
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->pin, ServerChoice::Pin::remembered);
    EXPECT_EQ(choice->fingerprint, server.fingerprint());
    auto client = ApiClient::connect({choice->url, choice->fingerprint});
    ASSERT_TRUE(client);
    EXPECT_TRUE((*client)->authenticate(t::clerk_user, t::staff_password, ""));
}

TEST_F(ConsoleOverServer, TheServerBoxsOwnCertificateIsTheDefaultPin) {
    config::Config cfg;
    cfg.server.listen = "0.0.0.0:8443";
    auto choice = choose_server(std::nullopt, std::nullopt, cfg, server.store().string(), known());
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->url, "https://127.0.0.1:8443");
    EXPECT_EQ(choice->pin, ServerChoice::Pin::server_box);
    EXPECT_EQ(choice->fingerprint, server.fingerprint());
    // Given explicitly, a fingerprint wins, in any case and with colons.
    choice =
        choose_server(url(), "AA:" + std::string(62, 'B'), cfg, server.store().string(), known());
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->pin, ServerChoice::Pin::given);
    EXPECT_EQ(choice->fingerprint, "aa" + std::string(62, 'b'));
    EXPECT_FALSE(choose_server(url(), "12ab", cfg, "", known()));
}

TEST_F(ConsoleOverServer, AChangedCertificateIsRefusedAlarminglyAndNeverRepinned) {
    auto other = net::make_server_identity({});
    ASSERT_TRUE(other);
    ASSERT_TRUE(known().remember(url(), other->fingerprint));  // what this desk confirmed once
    auto choice = choose_server(url(), std::nullopt, config::Config{}, "", known());
    ASSERT_TRUE(choice);
    ASSERT_EQ(choice->pin, ServerChoice::Pin::remembered);
    auto made = ApiClient::connect({choice->url, choice->fingerprint});
    ASSERT_TRUE(made);
    ConsoleController c(**made, domain::default_directory());
    c.set_lang(i18n::Lang::en);
    c.login_view().username.assign(t::clerk_user);
    c.login_view().password.assign(t::staff_password);
    c.apply(intent::LogIn{}, now);
    EXPECT_FALSE(c.session().logged_in());
    EXPECT_NE(c.login_view().error.find(server.fingerprint()), std::string::npos)
        << c.login_view().error;
    c.prepare_frame(now, false);
    EXPECT_TRUE(c.link_banner().shown);
    EXPECT_TRUE(c.link_banner().untrusted);
    EXPECT_NE(c.link_banner().text.find("IT administrator"), std::string::npos);
    // Never re-pinned behind the IT person's back.
    EXPECT_EQ(known().remember(url(), server.fingerprint()).error().detail, "already_pinned");
    EXPECT_EQ(known().find(url()), other->fingerprint);
}

TEST_F(ConsoleOverServer, TheBannerShowsWhileTheServerIsDownAndGoesWhenItReturns) {
    log_in(t::clerk_user);
    console().prepare_frame(now, false);
    EXPECT_FALSE(console().link_banner().shown);

    server.process().kill9();
    console().apply(intent::Lock{}, now);
    unlock();  // the password goes to the server: nobody answers
    EXPECT_TRUE(console().locked());
    const FrameNeeds needs = console().prepare_frame(now, false);
    ASSERT_TRUE(console().link_banner().shown);
    EXPECT_FALSE(console().link_banner().untrusted);
    EXPECT_NE(console().link_banner().text.find("Cannot reach the office server"),
              std::string::npos);
    EXPECT_LE(needs.wake_at, now + std::chrono::seconds(2));  // it tries again by itself

    restart();
    unlock();
    EXPECT_FALSE(console().locked()) << console().lock_view().error;
    console().prepare_frame(now, false);
    EXPECT_FALSE(console().link_banner().shown);
}

TEST_F(ConsoleOverServer, ServerKilledMidEditNothingTypedIsLost) {
    log_in(t::clerk_user);
    console().prepare_frame(now, false);
    console().apply(intent::OpenCase{server.ordinary_case().number}, now);
    ASSERT_TRUE(console().desk().current()) << console().load_error();
    const std::string note = "โทรหาผู้ร้องแล้ว นัดลงพื้นที่วันพฤหัสบดี";
    console().detail_view().new_note.assign(note);

    server.process().kill9();
    console().apply(intent::AddNote{}, now);
    EXPECT_TRUE(console().detail_view().message.is_error);
    EXPECT_EQ(console().detail_view().message.text,
              i18n::tr("office.link.not_saved", i18n::Lang::en));
    EXPECT_EQ(console().detail_view().new_note.view(), note);  // still in its field
    console().prepare_frame(now, false);
    EXPECT_TRUE(console().link_banner().shown);

    restart();
    console().apply(intent::AddNote{}, now);  // sent again with the same button
    if (console().locked()) {
        // The restart forgot the session: the lock screen asks for the password, text kept.
        EXPECT_EQ(console().lock_view().error,
                  i18n::tr("office.link.session_ended", i18n::Lang::en));
        EXPECT_EQ(console().detail_view().new_note.view(), note);
        unlock();
        ASSERT_FALSE(console().locked()) << console().lock_view().error;
        console().apply(intent::AddNote{}, now);
    }
    EXPECT_FALSE(console().detail_view().message.is_error) << console().detail_view().message.text;
    EXPECT_TRUE(console().detail_view().new_note.view().empty());
    auto c = client().get_case(server.ordinary_case().number, console().session().viewer());
    ASSERT_TRUE(c);
    bool found = false;
    for (const auto& n : c->notes) found = found || n.text == note;
    EXPECT_TRUE(found);
}

TEST_F(ConsoleOverServer, TheKiosksPanelAlertsForAKioskSilentTenMinutes) {
    log_in(t::admin_user);
    const auto by = console().session().user();
    KioskWatch watch;
    const auto at = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    ASSERT_TRUE(watch.add(client(), by, "kiosk-7", at));
    ASSERT_TRUE(watch.enrolment());
    EXPECT_EQ(watch.enrolment()->offer.fingerprint, server.fingerprint());
    const auto run = server.cli({"kiosk", "list"});
    EXPECT_NE(run.out.find("kiosk-7"), std::string::npos) << run.out << run.err;
    // Not enrolled yet: nobody is called for it, however long it waits.
    EXPECT_TRUE(watch.alerting(at + std::chrono::minutes(30)).empty());
    ASSERT_TRUE(watch.revoke(client(), by, "kiosk-7", at));
}

}  // namespace
}  // namespace siang::office
