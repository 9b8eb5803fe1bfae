// release_driver_code_pages: the GL driver's read-only library mappings found in /proc/self/maps,
// checked page by page in /proc/self/pagemap, and unmapped with madvise (the page cache keeps them).
#include "ui/code_pages.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace siang::ui {
namespace {

// The libraries of Mesa's drivers whose code runs only while the driver starts or compiles a
// shader (llvmpipe's and radeonsi's code generator).
constexpr std::array<std::string_view, 1> driver_libraries{"/libLLVM"};

struct Range {
    std::uintptr_t begin = 0, end = 0;
};

// Read-only, private mappings of the files named (/proc/self/maps is cheap: no page walk).
std::vector<Range> code_ranges(std::span<const std::string_view> names) {
    std::vector<Range> out;
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);) {
        unsigned long begin = 0, end = 0;
        char perms[5] = {};
        int path_at = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx %4s %*s %*s %*s %n", &begin, &end, perms,
                        &path_at) != 3)
            continue;
        const std::string_view path =
            std::string_view(line).substr(static_cast<std::size_t>(path_at));
        bool named = false;
        for (std::string_view name : names)
            named = named || path.find(name) != std::string_view::npos;
        if (named && perms[1] == '-' && perms[3] == 'p') out.push_back({begin, end});
    }
    return out;
}

// Pages of `r` in memory, or -1 when any of them is not the file's own page (written since it
// was mapped: relocations, a debugger's breakpoint), whose contents madvise would throw away.
long resident_file_pages(std::FILE* pagemap, Range r, long page) {
    constexpr std::uint64_t present = 1ULL << 63, file_or_shared = 1ULL << 61;
    std::vector<std::uint64_t> entries(4096);
    long resident = 0;
    for (std::uintptr_t at = r.begin; at < r.end;) {
        const std::size_t n = std::min<std::size_t>(
            entries.size(), (r.end - at) / static_cast<std::uintptr_t>(page));
        const auto offset = static_cast<off_t>(at / static_cast<std::uintptr_t>(page) * 8);
        if (::fseeko(pagemap, offset, SEEK_SET) != 0 ||
            std::fread(entries.data(), 8, n, pagemap) != n)
            return -1;
        for (std::size_t i = 0; i < n; ++i) {
            if ((entries[i] & present) == 0) continue;
            if ((entries[i] & file_or_shared) == 0) return -1;
            ++resident;
        }
        at += n * static_cast<std::uintptr_t>(page);
    }
    return resident;
}

}  // namespace

std::size_t release_driver_code_pages() {
    return release_code_pages(driver_libraries);
}

std::size_t release_code_pages(std::span<const std::string_view> names) {
    const long page = ::sysconf(_SC_PAGESIZE);
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> pagemap(
        std::fopen("/proc/self/pagemap", "rbe"), &std::fclose);
    if (!pagemap || page <= 0) return 0;
    std::size_t released_kb = 0;
    for (const Range& r : code_ranges(names)) {
        const long pages = resident_file_pages(pagemap.get(), r, page);
        if (pages <= 0) continue;
        if (::madvise(reinterpret_cast<void*>(r.begin), r.end - r.begin, MADV_DONTNEED) == 0)
            released_kb += static_cast<std::size_t>(pages) * static_cast<std::size_t>(page) / 1024;
    }
    return released_kb;
}

}  // namespace siang::ui
