// Text field editing: insert with sequence check and limit, backspace by code point, caret by cell.
#include "ui/touch/text_edit.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/sensitive_memory.hpp"
#include "text/display_cells.hpp"
#include "text/thai_input.hpp"
#include "text/utf8.hpp"

namespace siang::ui::touch {

namespace {

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool is_scalar_value(char32_t cp) {
    return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

bool is_caret_position(std::string_view s, std::size_t pos) {
    if (pos == 0 || pos == s.size()) return true;
    const std::vector<std::size_t> b = text::cell_boundaries(s);
    return std::binary_search(b.begin(), b.end(), pos);
}

// The whole buffer of `s`, past size() too: what a longer text left there.
void zero_all(std::string& s) {
    zero_memory(s.data(), s.capacity());
}

// Makes room for `needed` bytes without leaving the text in a freed buffer: a new buffer, the
// text copied, the old one zeroed, then released (TextEdit's zeroing growth).
void reserve_zeroed(std::string& s, std::size_t needed) {
    if (needed <= s.capacity()) return;
    std::string grown;
    grown.reserve(std::max(needed, 2 * s.capacity()));
    grown.assign(s);
    zero_all(s);
    s = std::move(grown);
}

}  // namespace

EditResult TextEdit::insert_checked(char32_t cp) {
    if (!is_scalar_value(cp)) return EditResult::refused_char;
    if (cp == U'\n' ? !options_.multi_line : is_control(cp)) return EditResult::refused_char;
    const std::string_view before(text_.data(), caret_);
    if (cp != U'\n' && !text::accepts(before, cp)) return EditResult::refused_sequence;

    std::string encoded;
    text::append_utf8(encoded, cp);
    // In place, in a buffer grown by reserve_zeroed: no copy of the text is made or left.
    reserve_zeroed(text_, text_.size() + encoded.size());
    text_.insert(caret_, encoded);
    const std::size_t new_count = text::count_user_chars(text_);
    // A mark that joins the previous letter does not add a character, so it fits a full field.
    if (new_count > options_.max_chars && new_count > count_) {
        text_.erase(caret_, encoded.size());
        return EditResult::refused_limit;
    }
    count_ = new_count;
    caret_ += encoded.size();
    // Typing a letter before marks that were separate cells can merge them into its cell.
    if (!is_caret_position(text_, caret_)) caret_ = text::next_cell_boundary(text_, caret_);
    return EditResult::changed;
}

EditResult TextEdit::insert(char32_t cp) {
    return insert_checked(cp);
}

EditResult TextEdit::backspace() {
    if (caret_ == 0) return EditResult::nothing;
    std::string before = text_.substr(0, caret_);
    text::remove_last_code_point(before);
    const std::size_t removed = caret_ - before.size();
    caret_ = before.size();
    zero_all(before);
    text_.erase(caret_, removed);
    count_ = text::count_user_chars(text_);
    // Removing a mark leaves the caret after its letter, which is a cell boundary; removing a
    // letter whose marks follow the caret would not, so step back to the cell start.
    if (!is_caret_position(text_, caret_)) caret_ = text::prev_cell_boundary(text_, caret_);
    return EditResult::changed;
}

EditResult TextEdit::caret_left() {
    if (caret_ == 0) return EditResult::nothing;
    caret_ = text::prev_cell_boundary(text_, caret_);
    return EditResult::changed;
}

EditResult TextEdit::caret_right() {
    if (caret_ >= text_.size()) return EditResult::nothing;
    caret_ = text::next_cell_boundary(text_, caret_);
    return EditResult::changed;
}

EditResult TextEdit::caret_home() {
    if (caret_ == 0) return EditResult::nothing;
    caret_ = 0;
    return EditResult::changed;
}

EditResult TextEdit::caret_end() {
    if (caret_ == text_.size()) return EditResult::nothing;
    caret_ = text_.size();
    return EditResult::changed;
}

EditResult TextEdit::set_caret(std::size_t offset) {
    std::size_t at = std::min(offset, text_.size());
    if (!is_caret_position(text_, at)) at = text::prev_cell_boundary(text_, at);
    if (at == caret_) return EditResult::nothing;
    caret_ = at;
    return EditResult::changed;
}

EditResult TextEdit::apply(const KeyEvent& key) {
    switch (key.type) {
        case KeyEvent::Type::insert:
            return insert(key.code_point);
        case KeyEvent::Type::backspace:
            return backspace();
        case KeyEvent::Type::enter:
            return options_.multi_line ? insert(U'\n') : EditResult::submit;
        case KeyEvent::Type::caret_left:
            return caret_left();
        case KeyEvent::Type::caret_right:
            return caret_right();
        case KeyEvent::Type::caret_home:
            return caret_home();
        case KeyEvent::Type::caret_end:
            return caret_end();
    }
    return EditResult::nothing;
}

PasteResult TextEdit::paste(std::string_view utf8) {
    PasteResult result;
    if (!text::is_valid_utf8(utf8)) {
        result.refused = utf8.size();
        return result;
    }
    const std::u32string cps = text::decode_utf8(utf8);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        char32_t cp = cps[i];
        if (cp == U'\r') {
            if (i + 1 < cps.size() && cps[i + 1] == U'\n') ++i;
            cp = U'\n';
        }
        if (cp == U'\t') cp = U' ';
        if (cp == U'\n' && !options_.multi_line) {
            result.submitted = true;
            result.refused += cps.size() - i - 1;
            return result;
        }
        const EditResult r = insert_checked(cp);
        if (r == EditResult::changed) {
            ++result.inserted;
        } else if (r == EditResult::refused_limit) {
            // Everything after the limit is cut off, and the citizen is told (hit_limit).
            result.hit_limit = true;
            result.refused += cps.size() - i;
            return result;
        } else {
            ++result.refused;
        }
    }
    return result;
}

Result<void> TextEdit::set_text(std::string_view utf8) {
    if (!text::is_valid_utf8(utf8)) return fail(Errc::invalid_utf8, "text");
    if (utf8.data() >= text_.data() && utf8.data() < text_.data() + text_.capacity()) {
        std::string copy(utf8);  // its own text: zeroing text_ below would lose it
        auto r = set_text(copy);
        zero_all(copy);
        return r;
    }
    const std::size_t n = text::count_user_chars(utf8);
    if (n > options_.max_chars)
        return fail({.code = Errc::field_too_long,
                     .field = "text",
                     .count = static_cast<std::int64_t>(n),
                     .limit = static_cast<std::int64_t>(options_.max_chars)});
    // The old text zeroed, then the new one in the same buffer or a zeroed-growth one.
    zero_all(text_);
    text_.clear();
    reserve_zeroed(text_, utf8.size());
    text_.assign(utf8);
    count_ = n;
    caret_ = text_.size();
    return {};
}

void TextEdit::clear() {
    // The whole capacity: a longer text typed before a backspace is still past size().
    zero_all(text_);
    text_.clear();
    caret_ = 0;
    count_ = 0;
}

}  // namespace siang::ui::touch
