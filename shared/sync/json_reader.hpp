// Reading the office API's JSON bodies, one key at a time and strictly, so every decoder of the
// wire format (office_api.cpp, staff_*.cpp) says the same things about the same mistakes.
// Private to shared/sync (the wire codecs); nothing outside includes it.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/thai_calendar.hpp"
#include "sync/strict_json.hpp"

namespace siang::sync {

using nlohmann::json;

inline std::string iso_date(std::chrono::year_month_day d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

// Reads the keys of an object one by one, refusing unknown and missing keys and wrong types, so
// every decoder says the same things about the same mistakes.
class Reader final {
  public:
    explicit Reader(const json& j) : j_(j) {}

    // Refuses keys outside `known`.
    Result<void> only(std::initializer_list<std::string_view> known) const {
        for (const auto& [key, value] : j_.items()) {
            bool ok = false;
            for (auto k : known) ok = ok || key == k;
            if (!ok)
                return fail({.code = Errc::invalid_input, .detail = "unknown_key", .field = key});
        }
        return {};
    }
    Result<std::string> text(std::string_view key, bool required = true) const {
        auto it = j_.find(key);
        if (it == j_.end() || (!required && it->is_null())) {
            if (required) return missing(key);
            return std::string{};
        }
        if (!it->is_string()) return wrong(key, "not_string");
        return it->get<std::string>();
    }
    Result<std::int64_t> integer(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_number_integer()) return wrong(key, "not_integer");
        return it->get<std::int64_t>();
    }
    Result<bool> boolean(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_boolean()) return wrong(key, "not_boolean");
        return it->get<bool>();
    }
    Result<const json*> object(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_object()) return wrong(key, "not_object");
        return &*it;
    }
    Result<const json*> array(std::string_view key) const {
        auto it = j_.find(key);
        if (it == j_.end()) return missing(key);
        if (!it->is_array()) return wrong(key, "not_array");
        return &*it;
    }
    Result<domain::TimePoint> time(std::string_view key) const {
        auto s = text(key);
        if (!s) return std::unexpected(s.error());
        auto t = domain::parse_iso_utc(*s);
        if (!t) return wrong(key, "not_time");
        return *t;
    }
    Result<std::chrono::year_month_day> date(std::string_view key) const {
        auto s = text(key);
        if (!s) return std::unexpected(s.error());
        auto d = domain::parse_date(*s);
        if (!d) return wrong(key, "not_date");
        return *d;
    }

  private:
    static std::unexpected<Error> missing(std::string_view key) {
        return fail(
            {.code = Errc::invalid_input, .detail = "missing_key", .field = std::string(key)});
    }
    static std::unexpected<Error> wrong(std::string_view key, std::string_view what) {
        return fail(
            {.code = Errc::invalid_input, .detail = std::string(what), .field = std::string(key)});
    }
    const json& j_;
};

#define SIANG_TRY(var, expr) \
    auto var = (expr);       \
    if (!var) return std::unexpected(std::move(var).error())

inline Result<json> object_of(std::string_view body) {
    return parse_strict_json(body);
}

}  // namespace siang::sync
