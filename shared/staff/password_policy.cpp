// The password policy: length in code points, the username, and the shipped common-password list.
#include "staff/password_policy.hpp"

#include <string>
#include <unordered_set>

#include "text/utf8.hpp"

namespace siang::staff {
namespace {

constexpr std::string_view list_text =
#include "common_passwords.inc"
    ;

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Thai digits ๐–๙ are U+0E50–U+0E59: E0 B9 90–99 in UTF-8.
bool thai_digit_at(std::string_view s, std::size_t i) {
    return i + 3 <= s.size() && static_cast<unsigned char>(s[i]) == 0xE0 &&
           static_cast<unsigned char>(s[i + 1]) == 0xB9 &&
           static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
           static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

bool ascii_filler(char c) {
    return (c >= '0' && c <= '9') || (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
           (c >= '[' && c <= '`') || (c >= '{' && c <= '~') || c == ' ';
}

// Without the digits and symbols people add at either end to satisfy a rule ("password123!").
std::string_view strip_fillers(std::string_view s) {
    for (;;) {
        if (!s.empty() && ascii_filler(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 3 && thai_digit_at(s, s.size() - 3))
            s.remove_suffix(3);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && ascii_filler(s.front()))
            s.remove_prefix(1);
        else if (thai_digit_at(s, 0))
            s.remove_prefix(3);
        else
            break;
    }
    return s;
}

// Look-alike symbols and digits back to the letters they stand for ("p@ssw0rd").
std::string unswap(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        switch (c) {
            case '@':
            case '4':
                c = 'a';
                break;
            case '0':
                c = 'o';
                break;
            case '1':
            case '!':
                c = 'i';
                break;
            case '3':
                c = 'e';
                break;
            case '$':
            case '5':
                c = 's';
                break;
            case '7':
                c = 't';
                break;
            default:
                break;
        }
    }
    return out;
}

// Digits with at most phone-number punctuation: phone numbers, ID card numbers, dates.
bool digits_only(std::string_view s) {
    bool any = false;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] >= '0' && s[i] <= '9') {
            any = true;
            ++i;
        } else if (thai_digit_at(s, i)) {
            any = true;
            i += 3;
        } else if (s[i] == '-' || s[i] == ' ' || s[i] == '.' || s[i] == '/' || s[i] == '+' ||
                   s[i] == '(' || s[i] == ')') {
            ++i;
        } else {
            return false;
        }
    }
    return any;
}

// One short group said again and again: "aaaaaaaaaa", "abcabcabcabc", "รักรักรักรัก".
bool one_group_repeated(std::string_view s) {
    for (std::size_t unit = 1; unit <= s.size() / 2; ++unit) {
        if (s.size() % unit != 0) continue;
        bool same = true;
        for (std::size_t i = unit; i < s.size() && same; ++i) same = s[i] == s[i - unit];
        if (same) return true;
    }
    return false;
}

const std::unordered_set<std::string_view>& common_set() {
    static const std::unordered_set<std::string_view> set(common_passwords().begin(),
                                                          common_passwords().end());
    return set;
}

bool is_common(std::string_view password) {
    const std::string lower = ascii_lower(password);
    if (digits_only(lower) || one_group_repeated(lower)) return true;
    const auto& set = common_set();
    const std::string_view stripped = strip_fillers(lower);
    if (stripped.size() >= 2 && one_group_repeated(stripped)) return true;
    for (std::string_view form : {std::string_view(lower), stripped})
        if (!form.empty() && set.contains(form)) return true;
    for (const std::string& swapped : {unswap(lower), unswap(stripped)}) {
        const std::string_view s = strip_fillers(swapped);
        if (!s.empty() && (set.contains(swapped) || set.contains(s))) return true;
    }
    return false;
}

}  // namespace

const std::vector<std::string_view>& common_passwords() {
    static const std::vector<std::string_view> list = [] {
        std::vector<std::string_view> out;
        std::string_view rest = list_text;
        while (!rest.empty()) {
            const auto end = rest.find('\n');
            std::string_view line = rest.substr(0, end);
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (!line.empty() && line.front() != '#') out.push_back(line);
        }
        return out;
    }();
    return list;
}

Result<void> check_new_password(std::string_view password, std::string_view username) {
    if (!text::is_valid_utf8(password)) return fail(Errc::invalid_utf8, "password");
    if (code_points(password) < min_password_code_points)
        return fail(Errc::weak_password, "too_short");
    const std::string lower = ascii_lower(password);
    const std::string user = ascii_lower(username);
    // A two-letter name inside a passphrase is chance, not a clue.
    if (!user.empty() && (lower == user || (user.size() >= 3 && lower.contains(user))))
        return fail(Errc::weak_password, "username");
    if (is_common(password)) return fail(Errc::weak_password, "common");
    return {};
}

}  // namespace siang::staff
