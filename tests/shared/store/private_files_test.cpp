// The store's files are the service's alone: created 0600 (folder 0700), refused when others can
// read them.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

namespace fs = std::filesystem;

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777u;
}

// Sets a umask for the scope of one test.
struct UmaskGuard {
    explicit UmaskGuard(mode_t m) : old(::umask(m)) {}
    ~UmaskGuard() { ::umask(old); }
    mode_t old;
};

TEST(PrivateFiles, NewStoreItsLogsAndKeyAre0600AndItsNewFolder0700EvenUnderAnOpenUmask) {
    const UmaskGuard open_umask(0);
    const fs::path dir = test_dir() / "new" / "folder";
    const std::string path = (dir / "siang.db").string();
    OpenOptions create;
    create.create = true;
    auto s = Store::open(path, create);
    ASSERT_TRUE(s) << s.error().detail;
    ASSERT_TRUE(s->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk"));
    EXPECT_EQ(mode_of(path), 0600u);
    EXPECT_EQ(mode_of(path + "-wal"), 0600u);
    EXPECT_EQ(mode_of(path + "-shm"), 0600u);
    EXPECT_EQ(mode_of(path + ".key"), 0600u);
    EXPECT_EQ(mode_of(dir), 0700u);
    EXPECT_EQ(mode_of(dir.parent_path()), 0700u);
}

class PrivateFilesRefused : public StoreTest {
  protected:
    void expect_refused(const std::string& file) {
        for (const bool read_only : {false, true}) {
            OpenOptions o;
            o.read_only = read_only;
            auto s = Store::open(path, o);
            ASSERT_FALSE(s) << file;
            EXPECT_EQ(s.error().code, Errc::store_not_private);
            EXPECT_EQ(s.error().detail, file);
        }
    }
};

TEST_F(PrivateFilesRefused, StoreReadableByOthersIsRefused) {
    store.reset();
    fs::permissions(path, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    expect_refused(path);
    fs::permissions(path, fs::perms::group_read | fs::perms::others_read, fs::perm_options::remove);
    EXPECT_TRUE(Store::open(path));
}

TEST_F(PrivateFilesRefused, StoreWritableByTheGroupIsRefused) {
    store.reset();
    fs::permissions(path, fs::perms::group_write, fs::perm_options::add);
    expect_refused(path);
}

TEST_F(PrivateFilesRefused, KeyReadableByOthersIsRefused) {
    store.reset();
    fs::permissions(path + ".key", fs::perms::others_read, fs::perm_options::add);
    expect_refused(path + ".key");
}

TEST_F(PrivateFilesRefused, WalReadableByOthersIsRefused) {
    submit(road_complaint());  // the open store keeps its -wal and -shm
    fs::permissions(path + "-wal", fs::perms::group_read, fs::perm_options::add);
    expect_refused(path + "-wal");
}

}  // namespace
}  // namespace siang::store::testing
