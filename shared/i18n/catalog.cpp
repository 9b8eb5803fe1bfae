// The string catalogue and the formatting of error values into sentences.
#include "i18n/catalog.hpp"

#include <array>
#include <cstdint>
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
#include "i18n/web_entries.inc"
#include "i18n/print_entries.inc"
};

const Entry* find(std::string_view key) {
    for (const Entry& e : entries)
        if (e.key == key) return &e;
    return nullptr;
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

std::string report_error(const Error& err, Lang lang) {
    std::string key = "error." + std::string(error_name(err.code));
    std::string_view pattern = tr(key, lang);
    const std::string& d = err.detail;
    const auto number = [](const std::optional<std::int64_t>& n) {
        return n ? std::to_string(*n) : std::string("?");
    };
    // A refinement of the code's sentence named by the detail or the field ("error.<code>.<x>").
    const auto refined = [&](std::string_view what) -> std::optional<std::string_view> {
        const std::string k = key + "." + std::string(what);
        if (what.empty() || !has_key(k)) return std::nullopt;
        return tr(k, lang);
    };
    switch (err.code) {
        case Errc::invalid_utf8:
        case Errc::field_required:
        case Errc::too_many_marks:
        case Errc::field_too_large:
        case Errc::control_character:
            return format(pattern, {field_name(err.field.empty() ? d : err.field, lang)});
        case Errc::field_too_long:
            return format(pattern,
                          {field_name(err.field, lang), number(err.count), number(err.limit)});
        case Errc::illegal_transition:
            return format(pattern, {status_name(err.from, lang), status_name(err.to, lang)});
        case Errc::store_corrupt:
        case Errc::store_missing:
            return format(pattern, {d, d});
        case Errc::input_too_large:
            return format(pattern, {d, number(err.limit)});
        case Errc::rate_limited:
            return format(pattern, {number(err.count)});
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
            if (d == "login_wait") {
                if (err.count == 1) return std::string(tr("error.login_throttled_one", lang));
                return format(tr("error.login_throttled", lang), {number(err.count)});
            }
            if (auto r = refined(d)) return std::string(*r);
            return format(pattern, {d});
        case Errc::weak_password:
            if (auto r = refined(d)) return std::string(*r);
            return format(pattern, {d});
        case Errc::printer_failed:
            return format(refined(d).value_or(pattern), {err.field});
        case Errc::invalid_input:
            if (auto r = refined(d)) return format(*r, {err.field});
            return format(pattern, {d});
        case Errc::invalid_argument:
        case Errc::not_found:
            if (auto r = refined(err.field)) return format(*r, {d});
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
