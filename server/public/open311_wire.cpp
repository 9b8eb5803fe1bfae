// The Open311 GeoReport v2 JSON, form bodies and W3C date-times (open311_wire.hpp).
#include "server/public/open311_wire.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace siang::server::open311 {

namespace {

using nlohmann::json;

json or_null(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> url_decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= s.size()) return std::nullopt;
            const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    if (out.find('\0') != std::string::npos) return std::nullopt;
    return out;
}

}  // namespace

std::string encode_services(const std::vector<ServiceEntry>& services) {
    json out = json::array();
    for (const auto& s : services) {
        out.push_back({{"service_code", s.code},
                       {"service_name", s.name},
                       {"description", s.description},
                       {"metadata", false},
                       {"type", "realtime"},
                       {"keywords", fmt::format("{}", fmt::join(s.keywords, ","))},
                       {"group", s.group}});
    }
    return dump(out);
}

std::string encode_definition(std::string_view code) {
    return dump(json{{"service_code", std::string(code)}, {"attributes", json::array()}});
}

std::string encode_requests(const std::vector<RequestEntry>& requests) {
    json out = json::array();
    for (const auto& r : requests) {
        out.push_back({{"service_request_id", r.service_request_id},
                       {"status", r.open ? "open" : "closed"},
                       {"status_notes", or_null(r.status_notes)},
                       {"service_name", r.service_name},
                       {"service_code", r.service_code},
                       {"agency_responsible", or_null(r.agency_responsible)},
                       {"service_notice", nullptr},
                       {"requested_datetime", format_w3c(r.requested)},
                       {"updated_datetime", format_w3c(r.updated)},
                       {"expected_datetime", format_w3c(r.expected)}});
    }
    return dump(out);
}

std::string encode_created(std::string_view service_request_id) {
    return dump(json::array({json{{"service_request_id", std::string(service_request_id)}}}));
}

std::string encode_errors(const std::vector<ErrorEntry>& errors) {
    json out = json::array();
    for (const auto& e : errors) out.push_back({{"code", e.code}, {"description", e.description}});
    return dump(out);
}

std::string format_w3c(domain::TimePoint t) {
    const auto local = t + domain::bangkok_offset;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{local - day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+07:00", int(ymd.year()),
                       unsigned(ymd.month()), unsigned(ymd.day()), hms.hours().count(),
                       hms.minutes().count(), hms.seconds().count());
}

std::optional<domain::TimePoint> parse_w3c(std::string_view s) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(unsigned(mo)),
                                          std::chrono::day(unsigned(d))};
    if (!ymd.ok() || y < 1900) return std::nullopt;
    std::chrono::minutes offset = domain::bangkok_offset;
    if (s.size() > 10) {
        if (s.size() < 19 || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) ||
            s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec))
            return std::nullopt;
        if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
        std::size_t i = 19;
        if (i < s.size() && s[i] == '.') {
            ++i;
            const std::size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 9) ++i;
            if (i == start) return std::nullopt;
        }
        const std::string_view zone = s.substr(i);
        if (zone == "Z") {
            offset = std::chrono::minutes{0};
        } else {
            int oh = 0, om = 0;
            if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, oh) ||
                zone[3] != ':' || !digits(zone, 4, 2, om) || oh > 14 || om > 59)
                return std::nullopt;
            offset = std::chrono::minutes{oh * 60 + om} * (zone[0] == '-' ? -1 : 1);
        }
    }
    const auto local = std::chrono::sys_days{ymd} + std::chrono::hours{h} +
                       std::chrono::minutes{mi} + std::chrono::seconds{sec};
    return std::chrono::time_point_cast<std::chrono::seconds>(local - offset);
}

std::optional<std::map<std::string, std::string>> decode_form(std::string_view body,
                                                              std::size_t max_fields) {
    std::map<std::string, std::string> out;
    std::size_t fields = 0;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view pair = body.substr(0, amp);
        body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
        if (pair.empty()) continue;
        if (++fields > max_fields) return std::nullopt;
        const std::size_t eq = pair.find('=');
        auto key = url_decode(pair.substr(0, eq));
        auto value = url_decode(eq == std::string_view::npos ? std::string_view{}
                                                             : pair.substr(eq + 1));
        if (!key || !value || key->empty()) return std::nullopt;
        if (!out.emplace(std::move(*key), std::move(*value)).second) return std::nullopt;
    }
    return out;
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    while (true) {
        const std::size_t comma = s.find(',');
        std::string_view item = s.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) out.emplace_back(item);
        if (comma == std::string_view::npos || out.size() > 1000) break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace siang::server::open311
