// Word segmentation: libthai for Thai runs, separators for everything else.
#include "text/word_segmentation.hpp"

#include "text/char_classes.hpp"
#include "text/text_runs.hpp"
#include "text/thai_breaker.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

std::vector<std::string> split_words(std::string_view utf8) {
    std::vector<std::string> words;
    const DecodedText text = decode_with_offsets(utf8);
    const std::u32string& cps = text.cps;
    const auto add = [&](std::size_t from, std::size_t to) {
        words.emplace_back(utf8.substr(text.offsets[from], text.offsets[to] - text.offsets[from]));
    };
    for (const TextRun& word_run : split_runs(cps, is_word_char)) {
        if (!word_run.matches) continue;  // spaces and punctuation
        // Inside a run of word characters, Thai goes to the dictionary and the rest stays whole.
        for (TextRun run : split_runs(word_run.of(cps), is_thai_word_char)) {
            run.begin += word_run.begin;
            run.end += word_run.begin;
            std::size_t from = run.begin;
            if (run.matches) {
                for (std::size_t b : thai_word_breaks(run.of(cps))) {
                    add(from, run.begin + b);
                    from = run.begin + b;
                }
            }
            add(from, run.end);
        }
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
