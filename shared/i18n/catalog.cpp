// The string catalogue and the formatting of error values into sentences.
#include "i18n/catalog.hpp"

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/enum_names.hpp"

namespace siang::i18n {
namespace {

struct Entry {
    std::string_view key;
    std::string_view th;
    std::string_view en;
};

constexpr Entry entries[] = {
#include "i18n/catalog_entries.inc"
#include "i18n/kiosk_entries.inc"
#include "i18n/office_entries.inc"
};

const Entry* find(std::string_view key) {
    for (const Entry& e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

// Splits "a:b:c" into at most n parts.
std::vector<std::string_view> split(std::string_view s, char sep, std::size_t n) {
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < n) {
        auto pos = s.find(sep);
        if (pos == std::string_view::npos) break;
        parts.push_back(s.substr(0, pos));
        s.remove_prefix(pos + 1);
    }
    parts.push_back(s);
    return parts;
}

std::string field_name(std::string_view field, Lang lang) {
    std::string key = "field." + std::string(field);
    return has_key(key) ? std::string(tr(key, lang)) : std::string(field);
}

std::string status_name(std::string_view id, Lang lang) {
    std::string key = "status." + std::string(id);
    return has_key(key) ? std::string(tr(key, lang)) : std::string(id);
}

}  // namespace

std::string_view tr(std::string_view key, Lang lang) {
    const Entry* e = find(key);
    if (!e) return key;
    return lang == Lang::th ? e->th : e->en;
}

bool has_key(std::string_view key) {
    return find(key) != nullptr;
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    auto arg = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (arg != args.end()) out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string error_message(const Error& err, Lang lang) {
    std::string key = "error." + std::string(error_name(err.code));
    std::string_view pattern = tr(key, lang);
    const std::string& d = err.detail;
    switch (err.code) {
        case Errc::invalid_utf8:
        case Errc::field_required:
        case Errc::too_many_marks:
        case Errc::field_too_large:
        case Errc::control_character:
            return format(pattern, {field_name(d, lang)});
        case Errc::field_too_long: {
            auto p = split(d, ':', 3);
            if (p.size() == 3) return format(pattern, {field_name(p[0], lang), p[1], p[2]});
            return format(pattern, {field_name(d, lang), "?", "?"});
        }
        case Errc::illegal_transition: {
            auto pos = d.find("->");
            if (pos != std::string::npos)
                return format(pattern, {status_name(d.substr(0, pos), lang),
                                        status_name(d.substr(pos + 2), lang)});
            return format(pattern, {d, "?"});
        }
        case Errc::store_corrupt:
            return format(pattern, {d, d});
        case Errc::input_too_large: {
            const auto colon = d.rfind(':');
            if (colon == std::string::npos) return format(pattern, {d, "?"});
            return format(pattern, {d.substr(0, colon), d.substr(colon + 1)});
        }
        case Errc::store_not_private: {
            const auto slash = d.rfind('/');
            const std::string folder =
                slash == std::string::npos ? "." : (slash == 0 ? "/" : d.substr(0, slash));
            return format(pattern, {d, d, folder});
        }
        case Errc::store_wal_damaged: {
            const bool wal = d.ends_with("-wal");
            return format(pattern, {d, wal ? d.substr(0, d.size() - 4) : d});
        }
        case Errc::permission_denied:
            if (d == "login") return std::string(tr("error.login_failed", lang));
            if (d == "disabled") return std::string(tr("error.account_disabled", lang));
            if (d.starts_with("login_wait:")) {
                const std::string minutes = d.substr(std::string_view("login_wait:").size());
                if (minutes == "1") return std::string(tr("error.login_throttled_one", lang));
                return format(tr("error.login_throttled", lang), {minutes});
            }
            return format(pattern, {d});
        case Errc::weak_password:
            if (d == "too_short" || d == "username" || d == "common")
                return std::string(tr("error.weak_password." + d, lang));
            return format(pattern, {d});
        default:
            return format(pattern, {d});
    }
}

namespace {

constexpr auto lang_names = enum_names<Lang>({{Lang::th, "th"}, {Lang::en, "en"}});
static_assert(lang_names.complete());

}  // namespace

std::string_view lang_id(Lang lang) {
    return lang_names.name(lang);
}

std::optional<Lang> parse_lang(std::string_view s) {
    return lang_names.parse(s);
}

Lang lang_from_env() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return std::string_view(v).starts_with("th") ? Lang::th : Lang::en;
    }
    return Lang::en;
}

std::size_t key_count() {
    return std::size(entries);
}
std::string_view key_at(std::size_t i) {
    return entries[i].key;
}

}  // namespace siang::i18n
