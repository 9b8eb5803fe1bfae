// Line-break opportunities: libthai inside Thai runs, simple rules at spaces, hyphens and scripts.
#include "text/word_break.hpp"

#include "text/char_classes.hpp"
#include "text/text_runs.hpp"
#include "text/thai_breaker.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

namespace {

bool is_hyphen(char32_t cp) {
    return cp == U'-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
}

bool is_digit(char32_t cp) {
    return cp >= U'0' && cp <= U'9';
}

// True when a line may break between `prev` and `cp` by the rules outside Thai runs.
bool breaks_between(char32_t before_prev, char32_t prev, char32_t cp) {
    if (is_breaking_space(prev)) return !is_white_space(cp);
    // Never inside numbers such as tracking codes "1234-5678-9012" or dates (UAX #14 LB25).
    if (is_hyphen(prev))
        return is_word_char(before_prev) && is_word_char(cp) &&
               !(is_digit(before_prev) && is_digit(cp));
    const bool thai_to_other = is_thai_word_char(prev) && is_other_word_char(cp) && !is_digit(cp);
    const bool other_to_thai = is_other_word_char(prev) && is_thai_word_char(cp);
    return thai_to_other || other_to_thai;
}

}  // namespace

std::vector<std::size_t> break_positions(std::string_view utf8) {
    std::vector<std::size_t> breaks;
    const DecodedText text = decode_with_offsets(utf8);
    const std::u32string& cps = text.cps;
    for (const TextRun& run : split_runs(cps, is_thai)) {
        if (run.matches) {
            for (std::size_t b : thai_word_breaks(run.of(cps))) {
                breaks.push_back(text.offsets[run.begin + b]);
            }
        }
        // Outside Thai runs every position is checked; for a Thai run only the one after it.
        for (std::size_t i = run.matches ? run.end : run.begin + 1; i <= run.end; ++i) {
            if (i >= 1 && i < cps.size() &&
                breaks_between(i >= 2 ? cps[i - 2] : char32_t{0}, cps[i - 1], cps[i])) {
                breaks.push_back(text.offsets[i]);
            }
        }
    }
    return breaks;
}

}  // namespace siang::text
