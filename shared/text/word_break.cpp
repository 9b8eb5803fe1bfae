// Line-break opportunities: libthai inside Thai runs, simple rules at spaces, hyphens and scripts.
#include "text/word_break.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/char_classes.hpp"
#include "text/text_runs.hpp"
#include "text/thai_breaker.hpp"
#include "text/thai_compounds.hpp"
#include "text/utf8.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

namespace {

bool is_hyphen(char32_t cp) {
    return cp == U'-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
}

bool is_digit(char32_t cp) {
    return cp >= U'0' && cp <= U'9';
}

bool is_any_digit(char32_t cp) {
    return is_digit(cp) || (cp >= 0x0E50 && cp <= 0x0E59);  // Arabic or Thai digits
}

// True when a line may break between `prev` and `cp` by the rules outside Thai runs.
bool breaks_between(char32_t before_prev, char32_t prev, char32_t cp) {
    // A number keeps the Thai unit after it: "ภายใน 1 | วันทำการ" reads as a stray digit; an
    // abbreviation keeps the number after it: "พ.ศ. | 2569", "25 พ.ย. | 2569".
    if (is_breaking_space(prev))
        return !is_white_space(cp) && !(is_any_digit(before_prev) && is_thai_word_char(cp)) &&
               !(before_prev == U'.' && is_any_digit(cp));
    // Never inside numbers such as tracking codes "1234-5678-9012" or dates (UAX #14 LB25).
    if (is_hyphen(prev))
        return is_word_char(before_prev) && is_word_char(cp) &&
               !(is_digit(before_prev) && is_digit(cp));
    const bool thai_to_other = is_thai_word_char(prev) && is_other_word_char(cp) && !is_digit(cp);
    const bool other_to_thai = is_other_word_char(prev) && is_thai_word_char(cp);
    return thai_to_other || other_to_thai;
}

constexpr char32_t mai_yamok = 0x0E46;  // ๆ repeats the word before it: never starts a line

// The compound list as code points, by first code point, longest first.
const std::unordered_map<char32_t, std::vector<std::u32string>>& compounds_by_first() {
    static const auto index = [] {
        std::unordered_map<char32_t, std::vector<std::u32string>> by_first;
        for (const std::string& c : thai_compound_list()) {
            std::u32string cps = decode_utf8(c);
            if (cps.size() >= 2) by_first[cps.front()].push_back(std::move(cps));
        }
        for (auto& [first, list] : by_first)
            std::ranges::sort(list,
                              [](const auto& a, const auto& b) { return a.size() > b.size(); });
        return by_first;
    }();
    return index;
}

// Word breaks inside the Thai run `run`, as offsets into it: libthai's, then the project's
// rules (see word_break.hpp).
std::vector<std::size_t> thai_run_breaks(std::u32string_view run) {
    const std::vector<std::size_t> words = thai_word_breaks(run);
    std::vector<bool> keep(run.size() + 1, false);
    for (std::size_t b : words) keep[b] = true;

    // A negation stays with the word before it, and with a short word after it.
    constexpr std::size_t short_word = 4;  // code points: ได้, ใช่, ชอบ, ต้อง, ค่อย
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::size_t begin = words[i];
        const std::size_t end = i + 1 < words.size() ? words[i + 1] : run.size();
        const std::u32string_view word = run.substr(begin, end - begin);
        if (word != U"ไม่" && word != U"มิ") continue;
        keep[begin] = false;
        const std::size_t after = i + 2 < words.size() ? words[i + 2] : run.size();
        if (end < run.size() && after - end <= short_word) keep[end] = false;
    }

    // No break inside a compound of the project's dictionary.
    const auto& index = compounds_by_first();
    for (std::size_t at = 0; at + 1 < run.size(); ++at) {
        const auto found = index.find(run[at]);
        if (found == index.end()) continue;
        for (const std::u32string& c : found->second) {
            if (run.substr(at, c.size()) != c) continue;
            for (std::size_t k = at + 1; k < at + c.size(); ++k) keep[k] = false;
            break;  // the longest compound starting here covers the shorter ones
        }
    }

    std::vector<std::size_t> out;
    for (std::size_t b : words)
        if (keep[b]) out.push_back(b);
    return out;
}

}  // namespace

std::vector<std::size_t> break_positions(std::string_view utf8) {
    std::vector<std::size_t> breaks;
    const DecodedText text = decode_with_offsets(utf8);
    const std::u32string& cps = text.cps;
    for (const TextRun& run : split_runs(cps, is_thai)) {
        if (run.matches) {
            for (std::size_t b : thai_run_breaks(run.of(cps))) {
                breaks.push_back(text.offsets[run.begin + b]);
            }
        }
        // Outside Thai runs every position is checked; for a Thai run only the one after it.
        for (std::size_t i = run.matches ? run.end : run.begin + 1; i <= run.end; ++i) {
            if (i >= 1 && i < cps.size() && cps[i] != mai_yamok &&
                breaks_between(i >= 2 ? cps[i - 2] : char32_t{0}, cps[i - 1], cps[i])) {
                breaks.push_back(text.offsets[i]);
            }
        }
    }
    return breaks;
}

}  // namespace siang::text
