// Checking the write-ahead log against the wal-index header
// (https://www.sqlite.org/walformat.html).
#include "store/wal_check.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

namespace siang::store {

namespace {

// A read-only file descriptor closed on scope exit.
struct ReadFd {
    int fd;
    explicit ReadFd(const std::string& path) : fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ReadFd(const ReadFd&) = delete;
    ReadFd& operator=(const ReadFd&) = delete;
    ~ReadFd() {
        if (fd >= 0) ::close(fd);
    }
};

bool read_at(int fd, void* buf, std::size_t n, off_t at) {
    auto* p = static_cast<unsigned char*>(buf);
    while (n > 0) {
        const ssize_t got = ::pread(fd, p, n, at);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        p += got;
        at += got;
        n -= static_cast<std::size_t>(got);
    }
    return true;
}

std::uint32_t be32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}
std::uint32_t le32(const unsigned char* p) {
    return (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) |
           std::uint32_t{p[0]};
}
// The -shm is in the writer's native byte order (walformat.html §2.1).
std::uint32_t native32(const unsigned char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// SQLite's WAL checksum over 8-byte steps of `data`, continuing from `s`; words read big- or
// little-endian as the WAL header's magic says.
void wal_checksum(std::array<std::uint32_t, 2>& s, const unsigned char* data, std::size_t n,
                  bool big_endian, bool native = false) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
        const std::uint32_t x0 = native       ? native32(data + i)
                                 : big_endian ? be32(data + i)
                                              : le32(data + i);
        const std::uint32_t x1 = native       ? native32(data + i + 4)
                                 : big_endian ? be32(data + i + 4)
                                              : le32(data + i + 4);
        s[0] += x0 + s[1];
        s[1] += x1 + s[0];
    }
}

// What the -shm says was committed: a copy of its header that SQLite itself would trust.
struct ShmHeader {
    std::array<unsigned char, 48> raw{};
    std::uint32_t page_size = 0;
    std::uint32_t max_frame = 0;
    std::uint32_t backfilled = 0;  // frames already copied into the database file
    std::array<std::uint32_t, 2> frame_checksum{};
    std::array<unsigned char, 8> salts{};  // as the WAL header holds them
};

constexpr std::uint32_t wal_index_version = 3007000;

// nullopt: no -shm, or no consistent copy (a writer is mid-update, or a crash tore it): then
// SQLite rebuilds the index from the WAL and nothing the -shm says can be lost.
std::optional<ShmHeader> read_shm_header(const std::string& shm_path) {
    ReadFd f(shm_path);
    if (f.fd < 0) return std::nullopt;
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::array<unsigned char, 136> b{};
        if (!read_at(f.fd, b.data(), b.size(), 0)) return std::nullopt;  // too short: fresh
        // Two copies, written in turn by the writer; equal and checksummed means consistent.
        std::array<std::uint32_t, 2> sum{};
        wal_checksum(sum, b.data(), 40, false, true);
        const bool consistent = std::memcmp(b.data(), b.data() + 48, 48) == 0 &&
                                sum[0] == native32(b.data() + 40) &&
                                sum[1] == native32(b.data() + 44);
        if (!consistent) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        if (native32(b.data()) != wal_index_version || b[12] == 0) return std::nullopt;
        ShmHeader h;
        std::memcpy(h.raw.data(), b.data(), h.raw.size());
        std::uint16_t page;
        std::memcpy(&page, b.data() + 14, sizeof page);
        h.page_size = page == 1 ? 65536u : page;
        h.max_frame = native32(b.data() + 16);
        h.frame_checksum = {native32(b.data() + 24), native32(b.data() + 28)};
        std::memcpy(h.salts.data(), b.data() + 32, h.salts.size());
        h.backfilled = native32(b.data() + 96);
        return h;
    }
    return std::nullopt;
}

// Does the WAL hold frames 1..max_frame as the -shm describes them?
bool wal_holds(const std::string& wal_path, const ShmHeader& h) {
    ReadFd f(wal_path);
    if (f.fd < 0) return false;
    std::array<unsigned char, 32> hdr{};
    if (!read_at(f.fd, hdr.data(), hdr.size(), 0)) return false;
    const std::uint32_t magic = be32(hdr.data());
    if ((magic & 0xfffffffeu) != 0x377f0682u) return false;
    const bool big_endian = (magic & 1u) != 0;
    if (be32(hdr.data() + 8) != h.page_size) return false;
    if (std::memcmp(hdr.data() + 16, h.salts.data(), h.salts.size()) != 0) return false;
    std::array<std::uint32_t, 2> sum{};
    wal_checksum(sum, hdr.data(), 24, big_endian);
    if (sum[0] != be32(hdr.data() + 24) || sum[1] != be32(hdr.data() + 28)) return false;

    const std::size_t frame_size = 24 + std::size_t{h.page_size};
    std::vector<unsigned char> frame(frame_size);
    for (std::uint32_t i = 0; i < h.max_frame; ++i) {
        const off_t at = 32 + static_cast<off_t>(i) * static_cast<off_t>(frame_size);
        if (!read_at(f.fd, frame.data(), frame.size(), at)) return false;  // shorter
        if (std::memcmp(frame.data() + 8, h.salts.data(), h.salts.size()) != 0) return false;
        wal_checksum(sum, frame.data(), 8, big_endian);
        wal_checksum(sum, frame.data() + 24, h.page_size, big_endian);
        if (sum[0] != be32(frame.data() + 16) || sum[1] != be32(frame.data() + 20)) return false;
    }
    return sum == h.frame_checksum;
}

}  // namespace

Result<void> check_wal(const std::string& db_path) {
    const std::string wal_path = db_path + "-wal";
    const std::string shm_path = db_path + "-shm";
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto h = read_shm_header(shm_path);
        // Nothing committed past what the database file already holds.
        if (!h || h->max_frame == 0 || h->backfilled >= h->max_frame) return {};
        if (wal_holds(wal_path, *h)) return {};
        // A writer may have restarted the log between the two reads: then the -shm changed
        // too, and the new state is checked afresh. Unchanged, the mismatch is real.
        const auto again = read_shm_header(shm_path);
        if (again && again->raw == h->raw) return fail(Errc::store_wal_damaged, wal_path);
    }
    return {};
}

}  // namespace siang::store
