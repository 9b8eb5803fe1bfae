// The enrolment QR's one line: encoding and parsing.
#include "sync/enrolment_link.hpp"

#include <cctype>
#include <vector>

namespace siang::sync {

namespace link_words {
constexpr std::string_view magic = "SIANG-ENROL";
constexpr std::string_view version = "1";
}  // namespace link_words

std::string encode_enrolment_link(const EnrolmentLink& link) {
    std::string out(link_words::magic);
    out += ' ';
    out += link_words::version;
    for (const std::string* part : {&link.url, &link.code, &link.fingerprint}) {
        out += ' ';
        out += *part;
    }
    return out;
}

std::optional<std::string> normalize_fingerprint(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ':') continue;
        if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (out.size() != 64) return std::nullopt;
    return out;
}

Result<EnrolmentLink> parse_enrolment_link(std::string_view text) {
    const auto refused = [] { return fail(Errc::invalid_input, "not_enrolment_link"); };
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) parts.push_back(text.substr(start, i - start));
    }
    if (parts.size() != 5 || parts[0] != link_words::magic || parts[1] != link_words::version ||
        !parts[2].starts_with("https://"))
        return refused();
    auto fp = normalize_fingerprint(parts[4]);
    if (!fp || parts[3].empty()) return refused();
    return EnrolmentLink{std::string(parts[2]), std::string(parts[3]), *fp};
}

}  // namespace siang::sync
