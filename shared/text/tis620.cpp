// TIS-620 conversion through libthai's own tables, so we agree with what th_brk and thrend expect.
#include "text/tis620.hpp"

#include <thai/thwchar.h>

namespace siang::text {

std::vector<thchar_t> to_tis620(std::u32string_view cps, thchar_t replacement) {
    std::vector<thchar_t> out;
    out.reserve(cps.size() + 1);
    for (char32_t cp : cps) {
        const thchar_t c = cp == 0 ? THCHAR_ERR : th_uni2tis(static_cast<thwchar_t>(cp));
        out.push_back(c == THCHAR_ERR ? replacement : c);
    }
    out.push_back(0);
    return out;
}

char32_t from_tis620(thchar_t c) {
    const thwchar_t wc = th_tis2uni(c);
    return wc == THWCHAR_ERR ? 0 : static_cast<char32_t>(wc);
}

}  // namespace siang::text
