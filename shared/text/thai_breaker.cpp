// libthai's word breaker behind a per-thread RAII handle.
#include "text/thai_breaker.hpp"

#include <thai/thbrk.h>

#include <memory>

#include "text/tis620.hpp"

namespace siang::text {

namespace {

struct ThBrkDeleter {
    void operator()(ThBrk* brk) const { th_brk_delete(brk); }
};
using ThBrkHandle = std::unique_ptr<ThBrk, ThBrkDeleter>;

// The breaker loads its dictionary once per thread; null when libthai finds no dictionary.
ThBrk* thread_breaker() {
    thread_local const ThBrkHandle handle{th_brk_new(nullptr)};
    return handle.get();
}

}  // namespace

std::vector<std::size_t> thai_word_breaks(std::u32string_view run) {
    std::vector<std::size_t> breaks;
    ThBrk* brk = thread_breaker();
    if (brk == nullptr || run.size() < 2) return breaks;
    const std::vector<thchar_t> tis = to_tis620(run);
    std::vector<int> pos(run.size() + 1);
    const int n = th_brk_find_breaks(brk, tis.data(), pos.data(), pos.size());
    for (int i = 0; i < n; ++i) {
        const auto p = static_cast<std::size_t>(pos[static_cast<std::size_t>(i)]);
        if (p > 0 && p < run.size() && (breaks.empty() || p > breaks.back())) breaks.push_back(p);
    }
    return breaks;
}

}  // namespace siang::text
