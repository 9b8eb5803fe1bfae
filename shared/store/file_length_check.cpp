// Truncation check from the SQLite file header (https://sqlite.org/fileformat.html §1.3).
#include "store/file_length_check.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>

namespace siang::store {

namespace {

std::uint32_t be32(const std::array<unsigned char, 100>& h, std::size_t at) {
    return (std::uint32_t{h[at]} << 24) | (std::uint32_t{h[at + 1]} << 16) |
           (std::uint32_t{h[at + 2]} << 8) | std::uint32_t{h[at + 3]};
}

// A WAL file holds frames once it is longer than its 32-byte header.
bool wal_has_frames(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path + "-wal", ec);
    return !ec && size > 32;
}

}  // namespace

Result<void> check_file_length(const std::string& path) {
    std::error_code ec;
    const auto file_size = std::filesystem::file_size(path, ec);
    if (ec || file_size == 0 || wal_has_frames(path)) return {};
    std::array<unsigned char, 100> h{};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(h.data()), static_cast<std::streamsize>(h.size())))
        return fail(Errc::store_corrupt, path);  // shorter than a header
    const std::uint32_t raw_page_size = (std::uint32_t{h[16]} << 8) | h[17];
    const std::uint64_t page_size = raw_page_size == 1 ? 65536 : raw_page_size;
    const std::uint32_t pages = be32(h, 28);
    // The in-header size is trustworthy only when the change counter matches
    // "version-valid-for"; older writers left it stale.
    const bool size_valid = pages > 0 && be32(h, 24) == be32(h, 92);
    if (size_valid && page_size >= 512 && file_size < pages * page_size)
        return fail(Errc::store_corrupt, path);
    return {};
}

}  // namespace siang::store
