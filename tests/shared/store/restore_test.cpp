// Tests of store::restore_store in one process: what it refuses, what it keeps, what it installs.
#include <sys/stat.h>

#include "store_fixture.hpp"
#include "store/store_restore.hpp"

namespace siang::store {
namespace {

using testing::bangkok;
using testing::road_complaint;
using testing::StoreTest;

class Restore : public StoreTest {
  protected:
    // A backup with one case, then a second case filed after it; the store is closed, as restore
    // needs.
    std::string backup_then_one_more() {
        submit(road_complaint());
        const std::string backup = (dir / "backup.db").string();
        EXPECT_TRUE(store->backup_to(backup));
        submit(road_complaint(), bangkok(2026, 11, 21));
        store.reset();
        return backup;
    }
    std::int64_t cases_in(const std::string& p) {
        OpenOptions o;
        o.key_path = path + ".key";
        auto s = Store::open(p, o);
        EXPECT_TRUE(s) << (s ? "" : s.error().detail);
        if (!s) return -1;
        auto check = s->check();
        EXPECT_TRUE(check && check->ok());
        Query all;
        all.count_total = true;
        auto page = s->list(all, Viewer{"test", true});
        return page && page->total ? static_cast<std::int64_t>(*page->total) : -1;
    }
};

TEST_F(Restore, RefusesTheStoreAndItsFilesAsTheBackup) {
    backup_then_one_more();
    std::filesystem::create_symlink(path, dir / "alias.db");
    for (const std::string& p :
         {path, (dir / "." / "siang.db").string(), (dir / "alias.db").string(), path + ".key"}) {
        auto r = restore_store(p, path, {});
        ASSERT_FALSE(r) << p;
        EXPECT_EQ(r.error().code, Errc::restore_same_file) << p;
    }
    EXPECT_EQ(cases_in(path), 2);
}

TEST_F(Restore, InstallsTheBackupAndKeepsTheOldStorePrivately) {
    const std::string backup = backup_then_one_more();
    auto r = restore_store(backup, path, {});
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(cases_in(path), 1);
    ASSERT_FALSE(r->kept.empty());
    struct stat st {};
    ASSERT_EQ(::stat(r->kept.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    EXPECT_EQ(cases_in(r->kept), 2);
}

TEST_F(Restore, ADamagedBackupChangesNothing) {
    const std::string backup = backup_then_one_more();
    {
        std::fstream f(backup, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(8192);
        f.write(std::string(8192, '\x5a').data(), 8192);
    }
    auto r = restore_store(backup, path, {});
    EXPECT_FALSE(r);
    EXPECT_EQ(cases_in(path), 2);
    for (const auto& e : std::filesystem::directory_iterator(dir))
        EXPECT_FALSE(e.path().filename().string().find("restore") != std::string::npos) << e.path();
}

}  // namespace
}  // namespace siang::store
