// Tests of the console session (login, idle lock) and of help-request alerts.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "console_fixture.hpp"
#include "office/console/alert_tone.hpp"
#include "office/console/console_session.hpp"
#include "office/console/help_alerts.hpp"
#include "office/console/idle_lock.hpp"

namespace siang::office {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;
using testing::ConsoleTest;
using testing::password;
using Steady = std::chrono::steady_clock;

const Steady::time_point t0 = Steady::time_point{} + std::chrono::hours(100);

TEST(IdleLock, LocksAfterTenMinutesWithoutInput) {
    IdleLock lock;
    lock.unlock(t0);
    EXPECT_FALSE(lock.locked(t0 + minutes(9) + seconds(59)));
    EXPECT_TRUE(lock.locked(t0 + minutes(10)));
    // Input after the lock does not unlock it: only the password does.
    lock.activity(t0 + minutes(11));
    EXPECT_TRUE(lock.locked(t0 + minutes(11)));
    lock.unlock(t0 + minutes(12));
    EXPECT_FALSE(lock.locked(t0 + minutes(12)));
}

TEST(IdleLock, InputPostponesTheLock) {
    IdleLock lock;
    lock.unlock(t0);
    lock.activity(t0 + minutes(8));
    EXPECT_FALSE(lock.locked(t0 + minutes(17)));
    EXPECT_EQ(lock.deadline(), t0 + minutes(18));
    EXPECT_TRUE(lock.locked(t0 + minutes(18)));
}

TEST_F(ConsoleTest, LoginChecksThePasswordAndAuditsEveryAttempt) {
    ConsoleSession session(client(), domain::default_directory());
    auto wrong = session.log_in(clerk.username, "not-the-password", t0);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, Errc::permission_denied);
    EXPECT_EQ(wrong.error().detail, "login");
    EXPECT_FALSE(session.logged_in());
    ASSERT_TRUE(session.log_in(clerk.username, password, t0));
    EXPECT_EQ(session.user().username, clerk.username);
    EXPECT_FALSE(session.viewer().may_see_confidential);
    auto rows = store().audit_rows(0, 2);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].action, "login");
    EXPECT_EQ((*rows)[1].action, "login_failed");
}

TEST_F(ConsoleTest, LockedConsoleUnlocksOnlyWithTheSameUsersPassword) {
    ConsoleSession session(client(), domain::default_directory());
    ASSERT_TRUE(session.log_in(clerk.username, password, t0));
    EXPECT_FALSE(session.locked(t0 + minutes(5)));
    EXPECT_TRUE(session.locked(t0 + minutes(10)));
    EXPECT_FALSE(session.unlock("wrong-password-1", t0 + minutes(11)));
    EXPECT_TRUE(session.locked(t0 + minutes(11)));
    // Another user's password does not unlock this user's session.
    ASSERT_TRUE(staff::StaffAccounts(store()).set_password(admin, admin.username, "other-pass-22"));
    EXPECT_FALSE(session.unlock("other-pass-22", t0 + minutes(11)));
    ASSERT_TRUE(session.unlock(password, t0 + minutes(12)));
    EXPECT_FALSE(session.locked(t0 + minutes(21)));
    EXPECT_EQ(session.user().username, clerk.username);
}

TEST_F(ConsoleTest, DisabledAccountCannotLogInAndIsAnsweredLikeAWrongPassword) {
    ASSERT_TRUE(staff::StaffAccounts(store()).disable(admin, clerk.username));
    ConsoleSession session(client(), domain::default_directory());
    auto r = session.log_in(clerk.username, password, t0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "login");
}

TEST_F(ConsoleTest, HelpRequestAppearsAtTheNextPollAndIsAcknowledged) {
    HelpAlerts alerts;
    auto first = alerts.poll(client(), t0);
    ASSERT_TRUE(first);
    EXPECT_FALSE(*first);
    ASSERT_TRUE(store().add_help_request("kiosk-lobby", now));
    // Not before the poll interval: polling stays cheap.
    EXPECT_FALSE(*alerts.poll(client(), t0 + seconds(1)));
    EXPECT_TRUE(alerts.open().empty());
    auto arrived = alerts.poll(client(), t0 + HelpAlerts::poll_interval);
    ASSERT_TRUE(arrived);
    EXPECT_TRUE(*arrived);
    ASSERT_EQ(alerts.open().size(), 1u);
    EXPECT_EQ(alerts.open()[0].kiosk, "kiosk-lobby");
    // Seen once: the next poll still lists it but does not sound again.
    EXPECT_FALSE(*alerts.poll(client(), t0 + 2 * HelpAlerts::poll_interval));
    EXPECT_EQ(alerts.open().size(), 1u);

    ASSERT_TRUE(alerts.acknowledge(client(), alerts.open()[0].id, clerk.username));
    EXPECT_TRUE(alerts.open().empty());
    HelpAlerts other_console;
    ASSERT_TRUE(other_console.poll(client(), t0));
    EXPECT_TRUE(other_console.open().empty());
    auto rows = store().audit_rows(0, 1);
    ASSERT_TRUE(rows);
    EXPECT_EQ((*rows)[0].action, "acknowledge_help");
    EXPECT_EQ((*rows)[0].actor, clerk.username);
}

TEST(AlertTone, ChimeIsAPlayableMonoPcmWave) {
    const auto wav = chime_wav(8000);
    ASSERT_GT(wav.size(), 44u);
    EXPECT_EQ(std::string(wav.begin(), wav.begin() + 4), "RIFF");
    EXPECT_EQ(std::string(wav.begin() + 8, wav.begin() + 16), "WAVEfmt ");
    auto u32 = [&](std::size_t at) {
        return std::uint32_t(wav[at]) | std::uint32_t(wav[at + 1]) << 8 |
               std::uint32_t(wav[at + 2]) << 16 | std::uint32_t(wav[at + 3]) << 24;
    };
    EXPECT_EQ(u32(4), wav.size() - 8);
    EXPECT_EQ(u32(24), 8000u);
    EXPECT_EQ(u32(40), wav.size() - 44);
    // Two notes of 180 ms: 2880 samples of two bytes at 8 kHz; not silence.
    EXPECT_EQ(wav.size() - 44, 2u * 2880u);
    bool loud = false;
    for (std::size_t i = 44; i + 1 < wav.size(); i += 2)
        loud |= std::abs(static_cast<std::int16_t>(wav[i] | wav[i + 1] << 8)) > 8000;
    EXPECT_TRUE(loud);
}

// aplay gets the chime on its standard input, and no file is written for it: a console that
// exits or is killed leaves nothing in the temporary directory.
TEST(AlertTone, TheChimeReachesAplayWithoutATemporaryFile) {
    namespace fs = std::filesystem;
    const fs::path dir = siang::testing::test_dir("office");
    const fs::path bin = dir / "bin", tmp = dir / "tmp", heard = dir / "heard.wav";
    fs::create_directories(bin);
    fs::create_directories(tmp);
    {
        std::ofstream fake(bin / "aplay");
        fake << "#!/bin/sh\ncat > '" << heard.string() << ".part' && mv '" << heard.string()
             << ".part' '" << heard.string() << "'\n";
    }
    fs::permissions(bin / "aplay", fs::perms::owner_all);
    const std::string path = bin.string() + ":" + std::getenv("PATH");
    ASSERT_EQ(::setenv("PATH", path.c_str(), 1), 0);
    ASSERT_EQ(::setenv("TMPDIR", tmp.c_str(), 1), 0);

    ASSERT_TRUE(play_chime());
    for (int i = 0; i < 500 && !fs::exists(heard); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(fs::exists(heard)) << "the fake aplay was never given the chime";
    std::ifstream in(heard, std::ios::binary);
    const std::vector<std::uint8_t> got((std::istreambuf_iterator<char>(in)),
                                        std::istreambuf_iterator<char>());
    EXPECT_EQ(got, chime_wav());
    EXPECT_TRUE(fs::is_empty(tmp));
}

}  // namespace
}  // namespace siang::office
