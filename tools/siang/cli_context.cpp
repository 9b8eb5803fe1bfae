// Global options, store opening and error reporting shared by all `siang` commands.
#include "cli_context.hpp"

#include <fcntl.h>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <variant>

#include "config/config_location.hpp"
#include "config/store_location.hpp"
#include "office/console/api_client.hpp"
#include "office/console/store_client.hpp"
#include "store/store_files.hpp"

namespace siang::cli {

Result<void> CliContext::prepare() {
    lang_ = i18n::lang_from_env();  // also the language that says --lang is wrong
    if (!options.lang.empty()) {
        auto l = i18n::parse_lang(options.lang);
        if (!l)
            return fail({.code = Errc::invalid_argument, .detail = options.lang, .field = "lang"});
        lang_ = *l;
    }
    auto cfg = config::load_installation_config(options.config_path);
    if (!cfg) return std::unexpected(cfg.error());
    config_ = std::move(*cfg);
    auto path = config::resolve_store_path(options.store_path, *config_);
    if (!path) return std::unexpected(path.error());
    store_path_ = std::move(*path);
    // Even commands that never open the store (qr) must not write over it or its key.
    store::protect_store_files(store_path_);
    return {};
}

Result<store::Store> CliContext::open_store() {
    std::error_code ec;
    if (!std::filesystem::exists(store_path_, ec)) return fail(Errc::store_missing, store_path_);
    store::OpenOptions opts;
    opts.directory = config_->directory;
    auto s = store::Store::open(store_path_, opts);
    if (!s || options.user.empty()) return s;
    staff::StaffAccounts accounts(*s);
    auto who = accounts.authenticate(
        options.user, read_password("Password for " + options.user + ": "), login_source());
    if (!who) return std::unexpected(who.error());
    user_ = std::move(*who);
    return s;
}

std::string CliContext::server_url() const {
    if (!options.server.empty() || !config_) return options.server;
    return config_->office.server;
}

std::string CliContext::server_fingerprint() const {
    if (!options.fingerprint.empty() || !config_) return options.fingerprint;
    return config_->office.server_fingerprint;
}

Result<office::OfficeClient*> CliContext::office() {
    if (office_) return office_.get();
    if (!remote()) {
        auto s = open_store();
        if (!s) return std::unexpected(s.error());
        store_.emplace(std::move(*s));
        office_ = std::make_unique<office::StoreClient>(*store_);
        return office_.get();
    }
    // Over the network there is no local administrator: someone logs in, and the server judges.
    if (options.user.empty()) return fail({.code = Errc::invalid_argument, .field = "server_user"});
    if (server_fingerprint().empty())
        return fail({.code = Errc::invalid_argument, .field = "server_fingerprint"});
    auto api = office::ApiClient::connect({server_url(), server_fingerprint()});
    if (!api) return std::unexpected(api.error());
    auto who = (*api)->authenticate(
        options.user, read_password("Password for " + options.user + ": "), login_source());
    if (!who) return std::unexpected(who.error());
    user_ = std::move(*who);
    office_ = std::move(*api);
    return office_.get();
}

Result<void> CliContext::require_store_administrator(std::string_view what) {
    if (!options.user.empty() && user_.username != options.user) {
        auto s = open_store();
        if (!s) return std::unexpected(s.error());
    }
    if (!staff::may_administer_store(user_.role))
        return fail(Errc::permission_denied, std::string(what));
    return {};
}

std::string login_source() {
    // The real uid (not the effective one): who sits at the terminal, even through sudo -u.
    const passwd* pw = ::getpwuid(::getuid());
    std::string who = pw ? pw->pw_name : "uid" + std::to_string(::getuid());
    const char* tty = ::ttyname(STDIN_FILENO);
    if (!tty) tty = ::ttyname(STDERR_FILENO);
    return "cli:" + who + "@" + (tty ? tty : "no-tty");
}

std::string read_password(std::string_view prompt) {
    if (const char* p = std::getenv("SIANG_PASSWORD"); p) return p;
    int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (fd < 0) return {};
    termios old{};
    bool tty = ::tcgetattr(fd, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    (void)!::write(fd, prompt.data(), prompt.size());
    std::string line;
    char c;
    while (::read(fd, &c, 1) == 1 && c != '\n') line += c;
    if (tty) ::tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string read_stdin_line() {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

nlohmann::json CliContext::error_json(const Error& err) const {
    nlohmann::json j;
    for (const ErrorFact& f : error_facts(err)) {
        const std::string key = f.key == "code" ? "error" : std::string(f.key);
        std::visit([&](const auto& v) { j[key] = v; }, f.value);
    }
    j["message"] = i18n::report_error(err, lang_);
    return j;
}

int CliContext::report(const Error& err, bool as_json_too) const {
    std::cerr << "siang: " << i18n::report_error(err, lang_) << '\n';
    if (options.json && as_json_too) print_json(error_json(err));
    return exit_code(err.code);
}

void CliContext::say(std::string_view key, std::initializer_list<std::string_view> args) const {
    if (!options.json) std::cout << i18n::format(i18n::tr(key, lang_), args) << '\n';
}

void CliContext::print_json(const nlohmann::json& j) {
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace siang::cli
