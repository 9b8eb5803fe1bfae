// Test support for the store suites: a fresh directory and store per test, realistic Thai drafts.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "store/sqlite_db.hpp"
#include "store/store.hpp"

namespace siang::store::testing {

// A unique directory under $SIANG_TEST_TMP (or a mkdtemp directory) for the running test.
inline std::filesystem::path test_dir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::filesystem::path base;
    if (const char* env = std::getenv("SIANG_TEST_TMP"); env != nullptr && *env != '\0') {
        base = env;
    } else {
        char templ[] = "/tmp/siang-store-test-XXXXXX";
        base = ::mkdtemp(templ);
    }
    auto dir = base / (std::string("store_") + info->test_suite_name() + "_" + info->name() + "_" +
                       std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// A Bangkok local wall-clock time as a UTC instant.
inline domain::TimePoint bangkok(int y, unsigned m, unsigned d, int hh = 10, int mm = 0) {
    using namespace std::chrono;
    const sys_days date{year{y} / month{m} / day{d}};
    return domain::TimePoint{date.time_since_epoch()} + hours{hh} + minutes{mm} -
           domain::bangkok_offset;
}

inline domain::Draft streetlight_request() {
    domain::Draft d;
    d.kind = domain::Kind::eservice;
    d.service = "streetlight";
    d.division = "works";
    d.subject = "ไฟฟ้าสาธารณะดับ หมู่ที่ 3";
    d.details = "เสาไฟหน้าวัดสว่างอารมณ์ดับมาสามคืนแล้ว ถนนมืดมาก เด็กนักเรียนเดินกลับบ้านลำบาก";
    d.location = "หมู่ที่ 3 ถนนเทศบาล 5 หน้าวัด";
    d.contact = {"สมชาย ใจดี", "0812345678", "somchai@example.com", "12/3 หมู่ 3"};
    return d;
}

inline domain::Draft road_complaint() {
    domain::Draft d;
    d.kind = domain::Kind::complaint;
    d.division = "works";
    d.subject = "ถนนชำรุด";
    d.details = "ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย ขอให้ซ่อมโดยด่วน";
    d.location = "ตลาดสดเทศบาล";
    d.contact = {"มาลี ศรีสุข", "0898765432", "", ""};
    return d;
}

inline domain::Draft corruption_complaint() {
    domain::Draft d;
    d.kind = domain::Kind::corruption;
    d.division = "clerk";
    d.subject = "เรียกรับเงินใต้โต๊ะ";
    d.details = "เจ้าหน้าที่เรียกเงินสองพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";
    d.location = "สำนักงานเทศบาล ชั้น 2";
    return d;  // anonymous
}

inline domain::Draft suggestion() {
    domain::Draft d;
    d.kind = domain::Kind::suggestion;
    d.subject = "ขอเพิ่มที่นั่งรอ";
    d.details = "อยากให้มีเก้าอี้สำหรับผู้สูงอายุบริเวณจุดบริการมากกว่านี้";
    return d;
}

inline Viewer clerk() {
    return Viewer{"clerk1", false};
}
inline Viewer integrity() {
    return Viewer{"integrity1", true};
}

// Whole file contents ("" when absent).
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Base fixture: a freshly created store in its own directory.
class StoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = test_dir();
        path = (dir / "siang.db").string();
        OpenOptions create;
        create.create = true;
        auto s = Store::open(path, create);
        ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
        store.emplace(std::move(*s));
    }

    Filed submit(const domain::Draft& d, domain::TimePoint at = bangkok(2026, 11, 20)) {
        auto f = store->submit(d, at, "kiosk");
        EXPECT_TRUE(f) << error_name(f.error().code) << " " << f.error().detail;
        return f.value_or(Filed{});
    }

    // Runs SQL on the file with a raw connection, as an attacker with the file would.
    void tamper(const std::string& sql) {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        auto r = db->exec(sql);
        ASSERT_TRUE(r) << r.error().detail;
    }

    // Two child processes file `per_child` drafts each into the store at the same time, each
    // through its own connection; `draft(child, i)` says what. Call with `store` reset: no
    // connection may cross the fork. Every child must succeed.
    void file_from_two_processes(int per_child,
                                 const std::function<domain::Draft(int, int)>& draft) {
        std::vector<pid_t> children;
        for (int c = 0; c < 2; ++c) {
            const pid_t pid = ::fork();
            ASSERT_GE(pid, 0);
            if (pid == 0) {
                auto s = Store::open(path);
                if (!s) ::_exit(2);
                for (int i = 0; i < per_child; ++i) {
                    if (!s->submit(draft(c, i), bangkok(2026, 11, 20, 10, i % 60),
                                   "kiosk" + std::to_string(c)))
                        ::_exit(3);
                }
                ::_exit(0);
            }
            children.push_back(pid);
        }
        for (pid_t pid : children) {
            int status = 0;
            ASSERT_EQ(::waitpid(pid, &status, 0), pid);
            ASSERT_TRUE(WIFEXITED(status));
            EXPECT_EQ(WEXITSTATUS(status), 0);
        }
    }

    std::filesystem::path dir;
    std::string path;
    std::optional<Store> store;
};

}  // namespace siang::store::testing
