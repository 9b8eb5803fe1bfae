// Tests for load_code_key in shared/domain/code_key.cpp: creation, mode, refusal of bad files.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <thread>
#include <vector>

#include "domain/tracking_code.hpp"
#include "support/test_dir.hpp"

namespace siang::domain {
namespace {

namespace fs = std::filesystem;

void write_bytes(const fs::path& p, std::size_t n) {
    std::ofstream(p, std::ios::binary) << std::string(n, 'k');
}

TEST(CodeKey, CreatesFileWithMode0600) {
    const fs::path path = siang::testing::test_dir("domain_test") / "code.key";
    const auto key = load_code_key(path.string(), true);
    ASSERT_TRUE(key.has_value()) << key.error().detail;
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(st.st_size, static_cast<off_t>(code_key_size));
    // No temporary file is left behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator{}),
              1);
}

TEST(CodeKey, SecondLoadReturnsSameKey) {
    const fs::path path = siang::testing::test_dir("domain_test") / "code.key";
    const auto first = load_code_key(path.string(), true);
    const auto second = load_code_key(path.string(), true);
    const auto third = load_code_key(path.string(), false);
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(*first, *third);
    EXPECT_NE(*first, CodeKey{});
}

TEST(CodeKey, MissingWithoutCreateIsIoError) {
    const fs::path path = siang::testing::test_dir("domain_test") / "code.key";
    const auto key = load_code_key(path.string(), false);
    ASSERT_FALSE(key.has_value());
    EXPECT_EQ(key.error().code, Errc::io_error);
    EXPECT_FALSE(fs::exists(path));
}

TEST(CodeKey, RefusesWrongSizeFile) {
    const fs::path dir = siang::testing::test_dir("domain_test");
    for (const std::size_t size : {std::size_t{31}, std::size_t{33}, std::size_t{0}}) {
        const fs::path path = dir / ("key-" + std::to_string(size));
        write_bytes(path, size);
        const auto key = load_code_key(path.string(), true);
        ASSERT_FALSE(key.has_value()) << size;
        EXPECT_EQ(key.error().code, Errc::io_error);
        // The bad file is reported, never silently replaced.
        EXPECT_EQ(fs::file_size(path), size);
    }
}

TEST(CodeKey, ReadsExistingKeyVerbatim) {
    const fs::path path = siang::testing::test_dir("domain_test") / "code.key";
    write_bytes(path, code_key_size);
    const auto key = load_code_key(path.string(), true);
    ASSERT_TRUE(key.has_value());
    CodeKey expected;
    expected.fill('k');
    EXPECT_EQ(*key, expected);
}

TEST(CodeKey, ConcurrentCreatorsAllGetTheSameKey) {
    // Kiosk and console may start at once on a fresh install: one key must win for both.
    const fs::path path = siang::testing::test_dir("domain_test") / "code.key";
    constexpr int creators = 8;
    std::vector<Result<CodeKey>> results(creators, fail(Errc::invalid_argument));
    std::vector<std::thread> threads;
    for (int i = 0; i < creators; ++i) {
        threads.emplace_back([&, i] { results[i] = load_code_key(path.string(), true); });
    }
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
        ASSERT_TRUE(r.has_value()) << r.error().detail;
        EXPECT_EQ(*r, *results[0]);
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator{}),
              1);
}

TEST(CodeKey, UnwritableDirectoryIsIoError) {
    const fs::path path = siang::testing::test_dir("domain_test") / "no-such-dir" / "code.key";
    const auto key = load_code_key(path.string(), true);
    ASSERT_FALSE(key.has_value());
    EXPECT_EQ(key.error().code, Errc::io_error);
}

}  // namespace
}  // namespace siang::domain
