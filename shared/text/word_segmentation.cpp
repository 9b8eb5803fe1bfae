// Word segmentation: libthai for Thai runs, separators for everything else.
#include "text/word_segmentation.hpp"

#include "text/char_classes.hpp"
#include "text/thai_breaker.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

std::vector<std::string> split_words(std::string_view utf8) {
    std::vector<std::string> words;
    const DecodedText text = decode_with_offsets(utf8);
    const std::u32string& cps = text.cps;
    const auto bytes = [&](std::size_t from, std::size_t to) {
        return std::string(utf8.substr(text.offsets[from], text.offsets[to] - text.offsets[from]));
    };
    std::size_t i = 0;
    while (i < cps.size()) {
        std::size_t end = i;
        if (is_thai_word_char(cps[i])) {
            while (end < cps.size() && is_thai_word_char(cps[end])) ++end;
            std::size_t from = i;
            for (std::size_t b : thai_word_breaks(std::u32string_view(cps).substr(i, end - i))) {
                words.push_back(bytes(from, i + b));
                from = i + b;
            }
            words.push_back(bytes(from, end));
        } else if (is_other_word_char(cps[i])) {
            while (end < cps.size() && is_other_word_char(cps[end])) ++end;
            words.push_back(bytes(i, end));
        } else {
            end = i + 1;
        }
        i = end;
    }
    return words;
}

std::string segment_for_index(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() + utf8.size() / 4);
    for (const std::string& word : split_words(utf8)) {
        if (!out.empty()) out.push_back(' ');
        out += word;
    }
    return out;
}

}  // namespace siang::text
