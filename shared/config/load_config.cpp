// Loading siang.toml: TOML syntax via toml++, then every key checked against what Siang knows.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "config/config.hpp"
#include "config/hex_color.hpp"
#include "config/listen_address.hpp"
#include "config/toml_reader.hpp"
#include "text/utf8.hpp"

namespace siang::config {

namespace {

namespace fs = std::filesystem;

constexpr int max_days = 365;
constexpr std::size_t max_code_length = 32;
constexpr std::size_t max_kiosk_name_chars = 64;

// Codes end up in the store, the CLI and URLs: keep them to lower-case ASCII identifiers.
bool is_code(std::string_view s) {
    if (s.empty() || s.size() > max_code_length || s[0] < 'a' || s[0] > 'z') return false;
    return std::ranges::all_of(s, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// The kiosk's parser takes the code after the URL's last '/' or '='; a base URL must end there.
std::string_view base_url_problem(std::string_view url) {
    if (url.empty()) return {};
    if (!url.starts_with("https://") && !url.starts_with("http://")) {
        return "must start with https:// or http://";
    }
    if (url.find_first_of(" \t\r\n") != std::string_view::npos) return "must not contain spaces";
    if (!url.ends_with('/') && !url.ends_with('=')) return "must end with '/' or '='";
    return {};
}

// Paths in the file are relative to the file, not to wherever the program was started.
void resolve_relative(std::string& path, const fs::path& base_dir) {
    if (!path.empty() && fs::path(path).is_relative()) path = (base_dir / path).lexically_normal();
}

void read_text(TableReader& t, std::string_view key, std::string& out, bool required) {
    if (required && !t.has(key)) return t.problem(key, "is required");
    if (!t.has(key)) return;
    t.read(key, out);
    if (text::trim(out).empty()) t.problem(key, "must not be empty");
}

// A Material icon's name: lower-case letters, digits and '_' ("water_drop", "10k").
bool is_icon_name(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

void read_code(TableReader& t, std::string& out) {
    if (!t.has("code")) return t.problem("code", "is required");
    t.read("code", out);
    if (!is_code(out)) {
        t.problem("code",
                  "must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter");
    }
}

void read_municipality(TableReader& t, Municipality& m) {
    read_text(t, "name_th", m.name_th, false);
    read_text(t, "name_en", m.name_en, false);
    t.read("logo_path", m.logo_path);
    read_text(t, "address_th", m.address_th, false);
    read_text(t, "address_en", m.address_en, false);
    read_text(t, "phone", m.phone, false);
}

void read_timeouts(TableReader& t, Timeouts& x) {
    t.read("inactivity_s", x.inactivity_s, 10, 3600);
    t.read("countdown_s", x.countdown_s, 5, 300);
    t.read("receipt_s", x.receipt_s, 10, 3600);
    t.read("wrong_code_limit", x.wrong_code_limit, 1, 100);
    t.read("wrong_code_pause_s", x.wrong_code_pause_s, 1, 3600);
    t.read("help_note_s", x.help_note_s, 1, 3600);
    t.read("case_number_wait_ms", x.case_number_wait_ms, 0, 10000);
    t.read("track_wait_s", x.track_wait_s, 1, 120);
}

void read_kiosk(TableReader& t, Kiosk& k) {
    read_text(t, "name", k.name, false);
    if (text::count_user_chars(k.name) > max_kiosk_name_chars) {
        t.problem("name", "must be at most 64 characters");
    }
    t.read("accent_color", k.accent_color);
    if (!parse_hex_color(k.accent_color)) t.problem("accent_color", "must be \"#RRGGBB\"");
    // The screens are checked from 18.5" up (the layout walk); under it 20 mm keys and 5 mm
    // text leave the page no room (issue 9 items 7, 8).
    t.read("panel_diagonal_in", k.panel_diagonal_in, 18.5, 120.0);
    t.read("thai_digits", k.thai_digits);
}

// `days` is the directory's corruption_target_days: the guideline's time frame and the due date.
void read_guideline(TableReader& t, CorruptionGuideline& g, int& days) {
    t.read("steps_th", g.steps_th);
    t.read("steps_en", g.steps_en);
    // The two lists are shown side by side as translations of each other.
    if (g.steps_th.size() != g.steps_en.size()) {
        t.problem(t.has("steps_en") ? "steps_en" : "steps_th",
                  "steps_th and steps_en must have the same number of steps");
    }
    for (const auto* steps : {&g.steps_th, &g.steps_en}) {
        if (std::ranges::any_of(*steps,
                                [](const std::string& s) { return text::trim(s).empty(); })) {
            t.problem(steps == &g.steps_th ? "steps_th" : "steps_en", "steps must not be empty");
        }
    }
    read_text(t, "unit_th", g.unit_th, false);
    read_text(t, "unit_en", g.unit_en, false);
    t.read("days", days, 1, max_days);
}

// Shown side by side as translations of each other, like the guideline's steps.
void read_integrity(TableReader& t, IntegrityMeasures& m) {
    t.read("measures_th", m.measures_th);
    t.read("measures_en", m.measures_en);
    if (m.measures_th.size() != m.measures_en.size()) {
        t.problem(t.has("measures_en") ? "measures_en" : "measures_th",
                  "measures_th and measures_en must have the same number of measures");
    }
    for (const auto* list : {&m.measures_th, &m.measures_en}) {
        if (std::ranges::any_of(*list,
                                [](const std::string& s) { return text::trim(s).empty(); })) {
            t.problem(list == &m.measures_th ? "measures_th" : "measures_en",
                      "measures must not be empty");
        }
    }
}

void read_privacy_notice(TableReader& t, PrivacyNotice& p) {
    t.read("text_th", p.text_th);
    t.read("text_en", p.text_en);
    t.read("contact_th", p.contact_th);
    t.read("contact_en", p.contact_en);
}

void read_server(TableReader& t, Server& s) {
    for (auto [key, out] : {std::pair{"listen", &s.listen}, std::pair{"public", &s.public_listen}}) {
        t.read(key, *out);
        if (!parse_listen_address(*out)) {
            t.problem(key, "must be an IP address and port, such as \"127.0.0.1:8443\" or "
                           "\"[::1]:8443\"");
        }
    }
    t.read("max_connections", s.max_connections, 1, 4096);
    t.read("max_connections_per_ip", s.max_connections_per_ip, 1, 4096);
    t.read("idle_timeout_s", s.idle_timeout_s, 1, 3600);
    t.read("request_deadline_s", s.request_deadline_s, 1, 3600);
}

// The console's server: an https:// address with a host (no path), and a SHA-256 fingerprint.
void read_office(TableReader& t, Office& o) {
    t.read("server", o.server);
    if (!o.server.empty()) {
        const std::string_view url = o.server;
        const std::string_view rest = url.substr(std::min(url.size(), std::size_t{8}));
        if (!url.starts_with("https://") || rest.empty() || rest.starts_with(':') ||
            url.find_first_of(" \t\r\n") != std::string_view::npos ||
            rest.find('/') != std::string_view::npos)
            t.problem("server", "must be the server's address, such as \"https://192.168.1.10:8443\"");
    }
    t.read("server_fingerprint", o.server_fingerprint);
    if (!o.server_fingerprint.empty()) {
        int digits = 0;
        bool ok = true;
        for (char c : o.server_fingerprint) {
            if (std::isxdigit(static_cast<unsigned char>(c)) != 0)
                ++digits;
            else if (c != ':')
                ok = false;
        }
        if (!ok || digits != 64)
            t.problem("server_fingerprint",
                      "must be 64 hex digits (colons allowed), as `siang server init` prints it");
    }
}

// The receipt printer: a device path or a network address, never both; 80 or 58 mm paper.
void read_printer(TableReader& t, Printer& p) {
    t.read("device", p.device);
    t.read("address", p.address);
    if (!p.device.empty() && !p.address.empty())
        t.problem("address", "give either device or address, not both");
    if (!p.device.empty() && !p.device.starts_with('/'))
        t.problem("device", "must be an absolute path, such as \"/dev/usb/lp0\"");
    if (p.address.find_first_of(" \t\r\n/") != std::string::npos)
        t.problem("address", "must be a host and port, such as \"printer-1.office.lan:9100\"");
    t.read("width_dots", p.width_dots, 384, 576);
    if (p.width_dots != 384 && p.width_dots != 576)
        t.problem("width_dots", "must be 576 (80 mm paper) or 384 (58 mm paper)");
    t.read("cut", p.cut);
    t.read("auto_print", p.auto_print);
}

// Reads every [[name]] table with `read_one`, naming them "name[1]", "name[2]"… (1-based, as a
// person counts them in the file). Leaves `out` alone when the file has no such list.
template <class T, class ReadOne>
void read_list(TableReader& root, std::string_view name, std::vector<T>& out, ReadOne read_one) {
    const toml::array* array = root.table_array(name);
    if (array == nullptr) return;
    std::vector<T> items;
    std::set<std::string, std::less<>> codes;
    for (std::size_t i = 0; i < array->size(); ++i) {
        TableReader t = root.nested(*array->get(i)->as_table(),
                                    std::string(name) + "[" + std::to_string(i + 1) + "]");
        T item;
        read_code(t, item.code);
        if (!item.code.empty() && !codes.insert(item.code).second) {
            t.problem("code", "\"" + item.code + "\" is used twice");
        }
        read_text(t, "name_th", item.name_th, true);
        read_text(t, "name_en", item.name_en, true);
        read_one(t, item);
        t.reject_unknown_keys();
        items.push_back(std::move(item));
    }
    out = std::move(items);
}

void read_directory(TableReader& root, domain::Directory& dir) {
    read_list(root, "division", dir.divisions, [](TableReader& t, domain::Division& d) {
        read_text(t, "handles_th", d.handles_th, false);
        read_text(t, "handles_en", d.handles_en, false);
    });
    const bool own_services = root.has("service");
    read_list(root, "service", dir.services, [&dir](TableReader& t, domain::Service& s) {
        if (!t.has("division")) return t.problem("division", "is required");
        t.read("division", s.division);
        if (dir.find_division(s.division) == nullptr) {
            t.problem("division", "unknown division \"" + s.division + "\"");
        }
        t.read("target_days", s.target_days, 1, max_days);
        if (t.has("icon")) {
            t.read("icon", s.icon);
            if (!is_icon_name(s.icon))
                t.problem("icon", "must be a Material icon name such as \"water_drop\"");
        }
    });
    if (own_services) return;
    // The built-in services only make sense with divisions they can be assigned to.
    for (const domain::Service& s : dir.services) {
        if (dir.find_division(s.division) == nullptr) {
            root.problem("division", "the built-in service \"" + s.code + "\" needs division \"" +
                                         s.division + "\"; list your own [[service]] tables");
            return;
        }
    }
}

// Applies `read` to the sub-table `name` when the file has it.
template <class ReadTable>
void with_table(TableReader& root, std::string_view name, ReadTable read) {
    if (const toml::table* table = root.table(name)) {
        TableReader t = root.nested(*table, std::string(name));
        read(t);
        t.reject_unknown_keys();
    }
}

Result<Config> config_from_toml(const toml::table& doc, const std::string& path) {
    Config c = default_config();
    Problems problems(path);
    TableReader root(doc, "", problems);
    const fs::path base_dir = fs::path(path).parent_path();

    root.read("tracking_base_url", c.tracking_base_url);
    if (const auto p = base_url_problem(c.tracking_base_url); !p.empty()) {
        root.problem("tracking_base_url", p);
    }
    root.read("store_path", c.store_path);
    with_table(root, "municipality", [&](TableReader& t) { read_municipality(t, c.municipality); });
    with_table(root, "timeouts", [&](TableReader& t) { read_timeouts(t, c.timeouts); });
    with_table(root, "kiosk", [&](TableReader& t) { read_kiosk(t, c.kiosk); });
    with_table(root, "corruption_guideline", [&](TableReader& t) {
        read_guideline(t, c.corruption_guideline, c.directory.corruption_target_days);
    });
    with_table(root, "integrity", [&](TableReader& t) { read_integrity(t, c.integrity); });
    with_table(root, "privacy_notice",
               [&](TableReader& t) { read_privacy_notice(t, c.privacy_notice); });
    with_table(root, "server", [&](TableReader& t) { read_server(t, c.server); });
    with_table(root, "office", [&](TableReader& t) { read_office(t, c.office); });
    with_table(root, "printer", [&](TableReader& t) { read_printer(t, c.printer); });
    read_directory(root, c.directory);
    root.reject_unknown_keys();

    if (!problems.empty()) return std::unexpected(problems.first());
    resolve_relative(c.municipality.logo_path, base_dir);
    resolve_relative(c.store_path, base_dir);
    return c;
}

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(Errc::io_error, path + ": " + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return fail(Errc::io_error, path + ": read failed");
    return content.str();
}

}  // namespace

Result<Config> load_config(const std::string& path) {
    if (path.empty()) return default_config();
    auto content = read_file(path);
    if (!content) return std::unexpected(content.error());
    try {
        const toml::table doc = toml::parse(*content, path);
        return config_from_toml(doc, path);
    } catch (const toml::parse_error& e) {
        return fail(Errc::config_invalid, path + ":" + std::to_string(e.source().begin.line) +
                                              ": syntax: " + std::string(e.description()));
    }
}

}  // namespace siang::config
