// Collecting latency samples and printing them as one row of p50/p99/max in milliseconds, and the
// raw fsync they are compared against (SPEC §10).
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "text/utf8.hpp"

namespace siang::bench {

class LatencySamples {
  public:
    void add(std::chrono::steady_clock::duration d) {
        ms_.push_back(std::chrono::duration<double, std::milli>(d).count());
    }

    // Nearest-rank percentile, p in [0, 100].
    double percentile(double p) {
        if (ms_.empty()) return 0;
        std::sort(ms_.begin(), ms_.end());
        const auto rank =
            static_cast<std::size_t>(p / 100.0 * static_cast<double>(ms_.size() - 1) + 0.5);
        return ms_[std::min(rank, ms_.size() - 1)];
    }

    // "name  n  p50  p99  max" with the target (if any) in the last column. The name is padded
    // by what a terminal shows (a Thai consonant with its marks is one column), not by bytes.
    void print(const std::string& name, const std::string& target = {}) {
        const std::size_t shown = text::count_user_chars(name);
        const std::string pad(shown < 44 ? 44 - shown : 0, ' ');
        std::printf("%s%s %6zu %9.3f %9.3f %9.3f  %s\n", name.c_str(), pad.c_str(), ms_.size(),
                    percentile(50), percentile(99), percentile(100), target.c_str());
        std::fflush(stdout);
    }

    static void print_header() {
        std::printf("%-44s %6s %9s %9s %9s  %s\n", "measurement (ms)", "n", "p50", "p99", "max",
                    "target");
    }

  private:
    std::vector<double> ms_;
};

// Times `fn` `n` times into a new sample set.
template <class Fn>
LatencySamples time_each(int n, Fn&& fn) {
    LatencySamples s;
    for (int i = 0; i < n; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn(i);
        s.add(std::chrono::steady_clock::now() - t0);
    }
    return s;
}

// Raw cost of making 4 KiB durable on this file system: the floor for a durable submit.
inline LatencySamples raw_fsync(const std::filesystem::path& dir, int n) {
    const auto file = dir / "fsync-probe.bin";
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::perror("fsync probe");
        std::exit(1);
    }
    std::vector<char> page(4096, 'x');
    auto samples = time_each(n, [&](int i) {
        if (::pwrite(fd, page.data(), page.size(), static_cast<off_t>(i % 64) * 4096) < 0 ||
            ::fdatasync(fd) != 0)
            std::perror("fsync probe");
    });
    ::close(fd);
    std::filesystem::remove(file);
    return samples;
}

}  // namespace siang::bench
