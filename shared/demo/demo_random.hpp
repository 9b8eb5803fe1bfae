// The demo generator's own pseudo-random numbers: the same seed gives the same records everywhere.
#pragma once

#include <cstdint>
#include <span>

namespace siang::demo {

// xoshiro256** seeded through splitmix64 (Blackman & Vigna). Written out here rather than taken
// from <random>, whose distributions may give different numbers in another standard library,
// which would change the demo data, screenshots and benchmark inputs between machines.
class DemoRandom {
  public:
    explicit DemoRandom(std::uint64_t seed) {
        for (auto& word : state_) word = splitmix64(seed);
    }

    // 64 uniformly distributed bits.
    std::uint64_t next_u64() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, n); n must be positive. Multiply-shift (Lemire) without the rejection step:
    // the bias is below n / 2^64, far too small to matter for demo data.
    std::uint64_t below(std::uint64_t n) {
        __extension__ using u128 = unsigned __int128;  // a GCC/Clang type; pedantic mode asks
        return static_cast<std::uint64_t>((static_cast<u128>(next_u64()) * n) >> 64);
    }

    // Uniform in [lo, hi], both inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    // True with probability `percent` / 100.
    bool percent(std::uint64_t percent) { return below(100) < percent; }

    // One element of a non-empty range.
    template <class T>
    const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(below(items.size()))];
    }
    template <class T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[static_cast<std::size_t>(below(N))];
    }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t state_[4]{};
};

}  // namespace siang::demo
