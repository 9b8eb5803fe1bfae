// The string catalogue: every user-visible sentence in Thai and English, looked up by key.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::i18n {

enum class Lang { th, en };

// The text of `key` in `lang`. An unknown key returns the key itself, so a missing entry shows
// on screen as its key, never a crash (the view then points into `key`, so keep it alive).
// Tests catch a missing entry only for the keys they list: every "error.*" key (catalog_test)
// and the keys the kiosk flow can show (flow_keys_test, from flow_catalog_keys()); any other
// key, the console's and the CLI's among them, is caught only by looking.
std::string_view tr(std::string_view key, Lang lang);

// True when the catalogue has `key` (both languages are always present together).
bool has_key(std::string_view key);

// Replaces each "{}" in `pattern` with the next argument, in order.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);

// THE sentence for a person about `err`, in `lang`: what the CLI prints on stderr, the kiosk
// logs and the console shows (issue 10 item 6). From the catalogue's "error.<name>" entry (or a
// refinement "error.<name>.<detail>"), filled from the error's payload: field names and statuses
// are translated; paths, codes, counts and values appear as they are.
std::string report_error(const Error& err, Lang lang);
// The former name of report_error, kept so that branches written against it still build.
inline std::string error_message(const Error& err, Lang lang) {
    return report_error(err, lang);
}

// "th" or "en" from --lang, else from LC_ALL / LC_MESSAGES / LANG ("th_TH…" → Thai), else English.
Lang lang_from_env();
// "th" / "en" (BCP 47, as HTML's lang and --lang write them) and back.
std::string_view lang_id(Lang lang);
std::optional<Lang> parse_lang(std::string_view s);

// Every key in the catalogue, for completeness tests.
std::size_t key_count();
std::string_view key_at(std::size_t i);

}  // namespace siang::i18n
