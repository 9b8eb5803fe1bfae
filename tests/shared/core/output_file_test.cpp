// Tests for OutputFile: what it refuses to replace, the mode it creates, and what a failure leaves.
#include "core/output_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/test_dir.hpp"

namespace siang {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

TEST(OutputFile, RefusesAProtectedFileByAnyName) {
    fs::path dir = testing::test_dir("core");
    fs::path key = dir / "store.db.key";
    std::ofstream(key) << "secret";
    protect_from_output(key.string());
    fs::create_symlink(key, dir / "alias.csv");
    for (const fs::path& p : {key, dir / "." / "store.db.key", dir / "alias.csv"}) {
        auto r = write_output_file(p.string(), "overwritten");
        ASSERT_FALSE(r) << p;
        EXPECT_EQ(r.error().code, Errc::output_protected) << p;
    }
    EXPECT_EQ(slurp(key), "secret");
    EXPECT_EQ(entries(dir), 2u);  // no temporary left
}

TEST(OutputFile, RefusesAProtectedNameThatDoesNotExistYet) {
    fs::path dir = testing::test_dir("core");
    protect_from_output((dir / "store.db-wal").string());
    auto r = write_output_file((dir / "sub" / ".." / "store.db-wal").string(), "x");
    EXPECT_FALSE(r);
    EXPECT_FALSE(fs::exists(dir / "store.db-wal"));
}

TEST(OutputFile, RefusesDevicesFoldersAndFifos) {
    fs::path dir = testing::test_dir("core");
    fs::path fifo = dir / "fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    fs::create_directory(dir / "folder");
    for (const fs::path& p : {fs::path("/dev/null"), fifo, dir / "folder"}) {
        auto r = OutputFile::create(p.string());
        ASSERT_FALSE(r) << p;
        EXPECT_EQ(r.error().code, Errc::output_not_regular) << p;
    }
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_EQ(entries(dir), 2u);
}

TEST(OutputFile, CreatesOwnerOnlyAndReplacesARegularFile) {
    fs::path dir = testing::test_dir("core");
    fs::path out = dir / "export.csv";
    std::ofstream(out) << "old";
    ::chmod(out.c_str(), 0644);
    ASSERT_TRUE(write_output_file(out.string(), "new"));
    EXPECT_EQ(slurp(out), "new");
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    EXPECT_EQ(entries(dir), 1u);
}

TEST(OutputFile, AbandonedWriteLeavesNothingAndKeepsTheOldFile) {
    fs::path dir = testing::test_dir("core");
    fs::path out = dir / "report.html";
    std::ofstream(out) << "old";
    {
        auto f = OutputFile::create(out.string());
        ASSERT_TRUE(f);
        ASSERT_TRUE(f->write("half"));
        struct stat st {};
        ASSERT_EQ(::stat(f->temp_path().c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 07777, 0600u);
    }
    EXPECT_EQ(slurp(out), "old");
    EXPECT_EQ(entries(dir), 1u);
}

}  // namespace
}  // namespace siang
