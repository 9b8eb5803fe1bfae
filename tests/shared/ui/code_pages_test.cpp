// Tests for ui::release_code_pages: a read-only file mapping's resident pages are given back and
// read the same afterwards; a mapping with a written page, or of another file, is left alone.
#include "ui/code_pages.hpp"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "core/scratch_dir.hpp"

namespace siang::ui {
namespace {

constexpr std::size_t page = 4096, pages = 64, bytes = page * pages;

// A file of `bytes` bytes: byte i is (i * 7 + seed) % 251.
std::string write_file(const ScratchDir& dir, const std::string& name, int seed) {
    const std::string path = (dir.path() / name).string();
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < bytes; ++i)
        out.put(static_cast<char>((i * 7 + static_cast<std::size_t>(seed)) % 251));
    return path;
}

struct Mapped {
    void* at = MAP_FAILED;
    ~Mapped() {
        if (at != MAP_FAILED) ::munmap(at, bytes);
    }
    const unsigned char* data() const { return static_cast<const unsigned char*>(at); }
};

// Maps `path` privately (as the dynamic loader maps a library's code), all pages read in.
void map_and_read(const std::string& path, int prot, Mapped& m) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    ASSERT_TRUE(f);
    m.at = ::mmap(nullptr, bytes, prot, MAP_PRIVATE, ::fileno(f.get()), 0);
    ASSERT_NE(m.at, MAP_FAILED);
    unsigned sum = 0;
    for (std::size_t i = 0; i < bytes; i += page) sum += m.data()[i];
    EXPECT_GT(sum, 0u);
}

// Resident kilobytes of the mapping that starts at `at`, from /proc/self/smaps.
long resident_kb(const void* at) {
    char start[32];
    std::snprintf(start, sizeof start, "%lx-", reinterpret_cast<unsigned long>(at));
    std::ifstream smaps("/proc/self/smaps");
    bool in = false;
    for (std::string line; std::getline(smaps, line);) {
        if (line.find('-') != std::string::npos && line.find(' ') > line.find('-') &&
            line.find(':') > line.find(' '))
            in = line.starts_with(start);
        long kb = 0;
        if (in && std::sscanf(line.c_str(), "Rss: %ld kB", &kb) == 1) return kb;
    }
    return -1;
}

bool reads_as_written(const Mapped& m, int seed) {
    for (std::size_t i = 0; i < bytes; ++i)
        if (m.data()[i] != (i * 7 + static_cast<std::size_t>(seed)) % 251) return false;
    return true;
}

TEST(CodePages, GivesBackAReadOnlyFileMappingThatReadsTheSameAfterwards) {
    ScratchDir dir("siang-code-pages");
    Mapped m;
    map_and_read(write_file(dir, "code-pages-given.bin", 3), PROT_READ, m);
    ASSERT_EQ(resident_kb(m.at), static_cast<long>(bytes / 1024));
    const std::array<std::string_view, 1> names{"/code-pages-given.bin"};
    EXPECT_EQ(release_code_pages(names), bytes / 1024);
    EXPECT_EQ(resident_kb(m.at), 0);
    EXPECT_TRUE(reads_as_written(m, 3));  // faulted in again from the file
    EXPECT_EQ(resident_kb(m.at), static_cast<long>(bytes / 1024));
}

TEST(CodePages, LeavesAMappingWithAWrittenPageAlone) {
    // A private mapping written once and made read-only again, as relocated data is: the written
    // page exists only in this process, so giving it back would lose the write.
    ScratchDir dir("siang-code-pages");
    Mapped m;
    map_and_read(write_file(dir, "code-pages-written.bin", 5), PROT_READ | PROT_WRITE, m);
    static_cast<unsigned char*>(m.at)[page * 10] = 0xEE;
    ASSERT_EQ(::mprotect(m.at, bytes, PROT_READ), 0);
    const std::array<std::string_view, 1> names{"/code-pages-written.bin"};
    EXPECT_EQ(release_code_pages(names), 0u);
    EXPECT_EQ(m.data()[page * 10], 0xEE);
    EXPECT_EQ(resident_kb(m.at), static_cast<long>(bytes / 1024));
}

TEST(CodePages, LeavesOtherFilesAlone) {
    ScratchDir dir("siang-code-pages");
    Mapped kept;
    map_and_read(write_file(dir, "code-pages-kept.bin", 9), PROT_READ, kept);
    const std::array<std::string_view, 1> names{"/code-pages-not-mapped.bin"};
    EXPECT_EQ(release_code_pages(names), 0u);
    EXPECT_EQ(resident_kb(kept.at), static_cast<long>(bytes / 1024));
}

}  // namespace
}  // namespace siang::ui
