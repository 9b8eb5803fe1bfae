// Input sequence checking and correction over libthai's thinp (WTT 2.0).
#include "text/thai_input.hpp"

#include <thai/thcell.h>
#include <thai/thinp.h>

#include <cstring>

#include "text/char_classes.hpp"
#include "text/tis620.hpp"
#include "text/utf8.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

namespace {

// A Thai cell holds at most a base, a vowel, a tone and SARA AM: the last few code points
// before the caret are all the context libthai looks at.
constexpr std::size_t kContextCodePoints = 8;

// The tail of the text as TIS-620; code points TIS-620 lacks become a space (a non-base).
struct Context {
    DecodedText text;            // decoded tail
    std::size_t tail_begin = 0;  // byte offset of the tail in the whole text
    std::vector<thchar_t> tis;   // TIS-620 of text.cps, 0-terminated
};

Context context_of(std::string_view before) {
    std::size_t begin = before.size();
    for (std::size_t n = 0; n < kContextCodePoints && begin > 0; ++n) {
        begin = prev_code_point_start(before, begin);
    }
    Context ctx;
    ctx.tail_begin = begin;
    ctx.text = decode_with_offsets(before.substr(begin));
    ctx.tis = to_tis620(ctx.text.cps, ' ');
    return ctx;
}

std::optional<thchar_t> tis_of(char32_t cp) {
    const std::vector<thchar_t> tis = to_tis620(std::u32string_view(&cp, 1), 0);
    if (tis[0] == 0) return std::nullopt;
    return tis[0];
}

}  // namespace

bool accepts(std::string_view text_before_caret, char32_t next) {
    if (!is_thai(next)) return true;
    const auto c = tis_of(next);
    if (!c) return true;
    const Context ctx = context_of(text_before_caret);
    const std::size_t n = ctx.text.cps.size();
    const thchar_t prev = n == 0 ? 0 : ctx.tis[n - 1];
    return th_isaccept(prev, *c, ISC_STRICT) != 0;
}

std::optional<InputEdit> input_edit(std::string_view text_before_caret, char32_t next) {
    InputEdit edit;
    const auto c = tis_of(next);
    if (!is_thai(next) || !c) {
        append_utf8(edit.insert, next);
        return edit;
    }
    const Context ctx = context_of(text_before_caret);
    const std::size_t n = ctx.text.cps.size();
    thcell_t cell{};
    th_init_cell(&cell);
    if (n > 0) th_prev_cell(ctx.tis.data(), n, &cell, 1);  // SARA AM in the cell
    thinpconv_t conv{};
    if (!th_validate_leveled(cell, *c, &conv, ISC_STRICT)) return std::nullopt;
    const auto erased = static_cast<std::size_t>(-conv.offset);
    if (erased > n) return std::nullopt;  // cannot happen: libthai only rewrites the last cell
    edit.erase_bytes = ctx.text.offsets[n] - ctx.text.offsets[n - erased];
    for (std::size_t i = 0; i < sizeof conv.conv && conv.conv[i] != 0; ++i) {
        append_utf8(edit.insert, from_tis620(conv.conv[i]));
    }
    return edit;
}

std::size_t remove_last_code_point(std::string& text) {
    if (text.empty()) return 0;
    const std::size_t start = prev_code_point_start(text, text.size());
    const std::size_t removed = text.size() - start;
    text.resize(start);
    return removed;
}

}  // namespace siang::text
