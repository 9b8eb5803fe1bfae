// Tests of the statistics exports and the admin-only audit and users views' models.
#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "console_fixture.hpp"
#include "office/console/admin_desk.hpp"
#include "office/console/ita_statistics.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;
using testing::password;

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

TEST_F(ConsoleTest, ClerkStatisticsCountCorruptionComplaintsButNeverNameTheirService) {
    file(domain::Kind::corruption, "เรียกรับเงิน", "ใต้โต๊ะ");
    file(domain::Kind::eservice, "ไฟดับ", "เสาไฟ", "streetlight");
    ItaStatistics stats;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    ASSERT_TRUE(stats.load(client(), viewer, domain::default_directory(), fy));
    const auto& year = stats.report()->periods.front();
    EXPECT_EQ(year.total.received, 2);
    for (const auto& k : year.by_kind)
        if (k.key == "corruption") {
            EXPECT_EQ(k.counts.received, 1);
        }
    std::int64_t by_service = 0;
    for (const auto& s : year.by_service) by_service += s.counts.received;
    EXPECT_EQ(by_service, 1);  // the e-service only
}

TEST_F(ConsoleTest, EachExportIsWrittenAndAudited) {
    file(domain::Kind::eservice, "ไฟดับ", "เสาไฟ", "streetlight");
    ItaStatistics stats;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    ASSERT_TRUE(stats.load(client(), viewer, domain::default_directory(), fy));
    const auto dir = (std::filesystem::path(path()).parent_path() / "exports").string();
    const ExportSettings settings{dir, "เทศบาลตำบลตัวอย่าง", i18n::Lang::th};
    for (auto format : {ExportFormat::csv, ExportFormat::xlsx, ExportFormat::html}) {
        auto written = stats.export_report(client(), viewer, format, settings, now);
        ASSERT_TRUE(written) << written.error().detail;
        EXPECT_TRUE(std::filesystem::file_size(*written) > 0);
        auto rows = store().audit_rows(0, 1);
        ASSERT_TRUE(rows);
        EXPECT_EQ((*rows)[0].action, "export");
        EXPECT_EQ((*rows)[0].actor, clerk.username);
        EXPECT_EQ((*rows)[0].target, *written);
    }
    const auto csv = slurp(dir + "/" + export_file_name(fy, ExportFormat::csv));
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");  // UTF-8 BOM for Excel
    EXPECT_NE(csv.find("ซ่อมไฟฟ้าสาธารณะ"), std::string::npos);
    EXPECT_NE(slurp(dir + "/" + export_file_name(fy, ExportFormat::html)).find("เทศบาลตำบลตัวอย่าง"),
              std::string::npos);
}

TEST_F(ConsoleTest, ExportsArePrivateAndNeverReplaceWhatIsNotAFile) {
    file(domain::Kind::eservice, "ไฟดับ", "เสาไฟ", "streetlight");
    ItaStatistics stats;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    ASSERT_TRUE(stats.load(client(), viewer, domain::default_directory(), fy));
    const auto dir = std::filesystem::path(path()).parent_path() / "exports";
    std::filesystem::create_directories(dir);
    const std::string fifo = (dir / export_file_name(fy, ExportFormat::csv)).string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const ExportSettings settings{dir.string(), "เทศบาลตำบลตัวอย่าง", i18n::Lang::th};
    auto refused = stats.export_report(client(), viewer, ExportFormat::csv, settings, now);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Errc::output_not_regular);
    EXPECT_TRUE(std::filesystem::is_fifo(fifo));
    ::umask(022);
    for (auto format : {ExportFormat::xlsx, ExportFormat::html}) {
        auto written = stats.export_report(client(), viewer, format, settings, now);
        ASSERT_TRUE(written) << written.error().detail;
        struct stat st {};
        ASSERT_EQ(::stat(written->c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 07777, 0600u) << *written;
    }
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 3);  // no temporaries
}

// Issue 10 item 3: an export exists only with its audit row. The audit head no longer matches its
// seal, so the append is refused (audit_broken): no file, no temporary, the error said.
TEST_F(ConsoleTest, ExportWhoseAuditRowIsRefusedLeavesNoFile) {
    file(domain::Kind::eservice, "ไฟดับ", "เสาไฟ", "streetlight");
    ItaStatistics stats;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    ASSERT_TRUE(stats.load(client(), viewer, domain::default_directory(), fy));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "UPDATE audit_seal SET rows = rows - 1", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    const auto dir = std::filesystem::path(path()).parent_path() / "exports";
    const ExportSettings settings{dir.string(), "เทศบาลตำบลตัวอย่าง", i18n::Lang::th};
    for (auto format : {ExportFormat::csv, ExportFormat::xlsx, ExportFormat::html}) {
        auto refused = stats.export_report(client(), viewer, format, settings, now);
        ASSERT_FALSE(refused) << *refused;
        EXPECT_EQ(refused.error().code, Errc::audit_broken);
    }
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 0);
}

TEST_F(ConsoleTest, AuditLogIsForAdminsOnly) {
    AuditLogPage page;
    for (const auto& who : {clerk, integrity}) {
        auto r = page.load(client(), who, 0);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Errc::permission_denied);
        EXPECT_TRUE(page.rows().empty());
    }
    ASSERT_TRUE(page.load(client(), admin, 0));
    ASSERT_TRUE(page.chain());
    EXPECT_TRUE(page.chain()->ok());
    ASSERT_FALSE(page.rows().empty());
    EXPECT_EQ(page.total(), page.chain()->rows);
    EXPECT_GT(page.rows().front().id, page.rows().back().id);  // newest first
}

TEST_F(ConsoleTest, AuditPagesCoverTheLogOnce) {
    for (int i = 0; i < 230; ++i)
        ASSERT_TRUE(store().append_audit("t", "test", std::to_string(i), ""));
    AuditLogPage page;
    std::int64_t seen = 0;
    std::int64_t last_id = std::numeric_limits<std::int64_t>::max();
    for (int p = 0;; ++p) {
        ASSERT_TRUE(page.load(client(), admin, p));
        if (page.rows().empty()) break;
        for (const auto& e : page.rows()) {
            EXPECT_LT(e.id, last_id);
            last_id = e.id;
            ++seen;
        }
    }
    EXPECT_EQ(seen, page.total());
    EXPECT_EQ(last_id, 1);
}

TEST_F(ConsoleTest, AdminManagesUsersAndOthersAreRefused) {
    UsersDesk desk;
    EXPECT_EQ(desk.load(client(), clerk).error().code, Errc::permission_denied);
    ASSERT_TRUE(desk.load(client(), admin));
    EXPECT_EQ(desk.users().size(), 3u);
    const staff::StaffUser newcomer{"nok", "นก", staff::Role::clerk};
    EXPECT_EQ(desk.add(client(), clerk, newcomer, password).error().code, Errc::permission_denied);
    ASSERT_TRUE(desk.add(client(), admin, newcomer, password));
    EXPECT_EQ(desk.users().size(), 4u);
    EXPECT_EQ(desk.reset_password(client(), clerk, "nok", "new-password-1").error().code,
              Errc::permission_denied);
    ASSERT_TRUE(desk.reset_password(client(), admin, "nok", "new-password-1"));
    EXPECT_TRUE(staff::StaffAccounts(store()).authenticate("nok", "new-password-1", "test"));
    ASSERT_TRUE(desk.disable(client(), admin, "nok"));
    EXPECT_FALSE(staff::StaffAccounts(store()).authenticate("nok", "new-password-1", "test"));
}

TEST_F(ConsoleTest, UsersViewAppliesThePasswordPolicyAndReservedNames) {
    UsersDesk desk;
    ASSERT_TRUE(desk.load(client(), admin));
    const staff::StaffUser newcomer{"nok", "นก", staff::Role::clerk};
    EXPECT_EQ(desk.add(client(), admin, newcomer, "12345678").error().code, Errc::weak_password);
    EXPECT_EQ(desk.add(client(), admin, {"siang", "", staff::Role::admin}, password).error().code,
              Errc::username_reserved);
    ASSERT_TRUE(desk.add(client(), admin, newcomer, password));
    auto weak = desk.reset_password(client(), admin, "nok", "nok-2569-nok");
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().detail, "username");
    EXPECT_TRUE(staff::StaffAccounts(store()).authenticate("nok", password, "test"));
}

// A clerk's statistics during the month a corruption complaint was filed lack it; the model
// knows, and each of the console's three exports says so (an integrity officer's has it all).
TEST_F(ConsoleTest, ClerksExportsDuringTheMonthSayItsCorruptionComplaintsAreLeftOut) {
    file(domain::Kind::corruption, "เรียกรับเงิน", "ใต้โต๊ะ");
    const int fy = domain::fiscal_year_be(domain::local_date(now));
    const auto dir = (std::filesystem::path(path()).parent_path() / "exports").string();
    const std::string note = "ยังไม่รวมเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่รับในเดือน";
    ItaStatistics stats;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    ASSERT_TRUE(stats.load(client(), viewer, domain::default_directory(), fy, now));
    ASSERT_TRUE(stats.report()->corruption_withheld);
    EXPECT_EQ(stats.report()->periods.front().total.received, 0);
    const ExportSettings settings{dir, "เทศบาลตำบลตัวอย่าง", i18n::Lang::th};
    for (auto format : {ExportFormat::csv, ExportFormat::html}) {
        auto written = stats.export_report(client(), viewer, format, settings, now);
        ASSERT_TRUE(written) << written.error().detail;
        EXPECT_NE(slurp(*written).find(note), std::string::npos) << *written;
    }
    ASSERT_TRUE(stats.export_report(client(), viewer, ExportFormat::xlsx, settings, now));

    ItaStatistics full;
    const auto officer = staff::viewer_for("malee", staff::Role::integrity);
    ASSERT_TRUE(full.load(client(), officer, domain::default_directory(), fy, now));
    EXPECT_FALSE(full.report()->corruption_withheld);
    EXPECT_EQ(full.report()->periods.front().total.received, 1);
    auto written = full.export_report(client(), officer, ExportFormat::csv, settings, now);
    ASSERT_TRUE(written);
    EXPECT_EQ(slurp(*written).find(note), std::string::npos);
}

}  // namespace
}  // namespace siang::office
