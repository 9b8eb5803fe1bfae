// Safe FTS5 query building over segmented text.
#include "store/fts_match.hpp"

#include "text/word_segmentation.hpp"

namespace siang::store {

namespace {

// FTS5's unicode61 tokenizer splits on everything that is not a letter, digit or mark, so a
// "word" may hold several tokens; quoting keeps them a phrase.
bool is_separator(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

}  // namespace

std::string fts_index_text(std::string_view subject, std::string_view details) {
    std::string out = text::segment_for_index(subject);
    out += '\n';
    out += text::segment_for_index(details);
    return out;
}

std::string fts_match_expression(std::string_view query) {
    const std::string segmented = text::segment_for_index(query);
    std::string out;
    std::size_t i = 0;
    while (i < segmented.size()) {
        while (i < segmented.size() && is_separator(segmented[i])) ++i;
        const std::size_t start = i;
        while (i < segmented.size() && !is_separator(segmented[i])) ++i;
        if (start == i) break;
        if (!out.empty()) out += " AND ";
        out += '"';
        for (std::size_t k = start; k < i; ++k) {
            if (segmented[k] == '"') out += '"';
            out += segmented[k];
        }
        out += "\"*";
    }
    return out;
}

}  // namespace siang::store
