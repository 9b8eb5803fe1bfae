// Day/month/BE-year dates for the queue's filters, on top of domain::parse_date.
#include "office/console/queue_dates.hpp"

#include <charconv>
#include <vector>

#include "domain/thai_calendar.hpp"
#include "domain/thai_digits.hpp"

namespace siang::office {
namespace {

constexpr int be_offset = 543;
constexpr int earliest_be_year = 2400;  // a four-digit year below this is not BE

std::vector<std::string_view> split_date(std::string_view s) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '/' || s[i] == '.' || s[i] == '-') {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

std::optional<int> number(std::string_view s) {
    int v = 0;
    if (s.empty() || s.size() > 4) return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace

Result<std::chrono::year_month_day> parse_filter_date(std::string_view text) {
    const std::string ascii = domain::thai_digits_to_ascii(text);
    std::string_view s = ascii;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    const auto parts = split_date(s);
    if (parts.size() == 3 && parts[0].size() == 4) {
        // Year first: what domain::parse_date reads (BE or CE by the year's size).
        if (auto d = domain::parse_date(std::string(parts[0]) + "-" + std::string(parts[1]) + "-" +
                                        std::string(parts[2])))
            return *d;
        return fail(Errc::invalid_date, std::string(text));
    }
    if (parts.size() != 3 || parts[2].size() != 4)
        return fail(Errc::invalid_date, std::string(text));
    const auto d = number(parts[0]), m = number(parts[1]), y = number(parts[2]);
    if (!d || !m || !y || *y < earliest_be_year)
        return fail(Errc::invalid_date, std::string(text));
    const std::chrono::year_month_day ymd{std::chrono::year{*y - be_offset},
                                          std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return fail(Errc::invalid_date, std::string(text));
    return ymd;
}

std::string filter_date_text(std::chrono::year_month_day d) {
    return std::to_string(static_cast<unsigned>(d.day())) + "/" +
           std::to_string(static_cast<unsigned>(d.month())) + "/" +
           std::to_string(static_cast<int>(d.year()) + be_offset);
}

}  // namespace siang::office
