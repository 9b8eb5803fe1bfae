// Bangkok dates, Buddhist Era years, fiscal years and the date formats used in the store and UI.
#include "domain/thai_calendar.hpp"

#include <array>
#include <cstdio>

#include "domain/thai_digits.hpp"

namespace siang::domain {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> thai_month_abbrev{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.",
                                                             "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
                                                             "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
constexpr std::array<std::string_view, 12> english_month_abbrev{
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr int first_be_year =
    2400;  // CE 1857: no CE year we meet is this large, no BE year smaller

// Reads exactly `width` ASCII digits at s[pos]; advances pos.
std::optional<int> fixed_number(std::string_view s, std::size_t& pos, std::size_t width) {
    if (pos + width > s.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
}

// Reads one or two ASCII digits at s[pos]; advances pos.
std::optional<int> short_number(std::string_view s, std::size_t& pos) {
    const std::size_t start = pos;
    int value = 0;
    while (pos < s.size() && pos - start < 2 && s[pos] >= '0' && s[pos] <= '9') {
        value = value * 10 + (s[pos++] - '0');
    }
    if (pos == start) return std::nullopt;
    return value;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
    if (pos >= s.size() || s[pos] != c) return false;
    ++pos;
    return true;
}

}  // namespace

year_month_day local_date(TimePoint t) {
    return year_month_day{floor<days>(t + bangkok_offset)};
}

int fiscal_year_be(year_month_day d) {
    const int ce = static_cast<int>(d.year());
    return to_buddhist_era(d.month() >= October ? ce + 1 : ce);
}

year_month_day fiscal_year_start(int fy_be) {
    return year{fy_be - 543 - 1} / October / 1;
}

year_month_day fiscal_year_end(int fy_be) {
    return year{fy_be - 543} / September / 30;
}

std::string format_thai_date(year_month_day d, bool english) {
    if (!d.ok()) return "?";
    const auto month_index = static_cast<unsigned>(d.month()) - 1;
    const std::string_view month =
        english ? english_month_abbrev[month_index] : thai_month_abbrev[month_index];
    return std::to_string(static_cast<unsigned>(d.day())) + ' ' + std::string(month) + ' ' +
           std::to_string(to_buddhist_era(static_cast<int>(d.year())));
}

std::string format_iso_utc(TimePoint t) {
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::optional<TimePoint> parse_iso_utc(std::string_view s) {
    std::size_t pos = 0;
    const auto y = fixed_number(s, pos, 4);
    if (!y || !expect(s, pos, '-')) return std::nullopt;
    const auto mo = fixed_number(s, pos, 2);
    if (!mo || !expect(s, pos, '-')) return std::nullopt;
    const auto d = fixed_number(s, pos, 2);
    if (!d || !expect(s, pos, 'T')) return std::nullopt;
    const auto h = fixed_number(s, pos, 2);
    if (!h || !expect(s, pos, ':')) return std::nullopt;
    const auto mi = fixed_number(s, pos, 2);
    if (!mi || !expect(s, pos, ':')) return std::nullopt;
    const auto sec = fixed_number(s, pos, 2);
    if (!sec || !expect(s, pos, 'Z') || pos != s.size()) return std::nullopt;

    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*mo)},
                             day{static_cast<unsigned>(*d)}};
    if (!ymd.ok() || *h > 23 || *mi > 59 || *sec > 59) return std::nullopt;
    return TimePoint{sys_days{ymd}} + hours{*h} + minutes{*mi} + seconds{*sec};
}

std::optional<year_month_day> parse_date(std::string_view input) {
    const std::string s = thai_digits_to_ascii(input);
    std::size_t pos = 0;
    auto y = fixed_number(s, pos, 4);
    if (!y || !expect(s, pos, '-')) return std::nullopt;
    const auto m = short_number(s, pos);
    if (!m || !expect(s, pos, '-')) return std::nullopt;
    const auto d = short_number(s, pos);
    if (!d || pos != s.size()) return std::nullopt;
    if (*y == 0) return std::nullopt;  // neither calendar has a year 0 (chrono's is 1 BCE)
    if (*y > first_be_year) *y -= 543;
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)},
                             day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

}  // namespace siang::domain
