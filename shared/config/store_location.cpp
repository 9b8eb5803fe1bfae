// The default location of the store for a person and for the service user.
#include "config/store_location.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace siang::config {

std::string default_store_path() {
    if (const char* s = std::getenv("SIANG_STORE"); s && *s) return s;
    const passwd* pw = ::getpwuid(::geteuid());
    if (::geteuid() == 0 || (pw && std::string_view(pw->pw_name) == "siang"))
        return "/var/lib/siang/siang.db";
    std::string base;
    if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x)
        base = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        base = std::string(h) + "/.local/share";
    else if (pw)
        base = std::string(pw->pw_dir) + "/.local/share";
    else
        base = ".";
    return base + "/siang/siang.db";
}

Result<std::string> resolve_store_path(const std::optional<std::string>& option,
                                       const Config& config) {
    if (option) {
        if (option->empty()) return fail({.code = Errc::invalid_argument, .field = "store_empty"});
        return *option;
    }
    if (!config.store_path.empty()) return config.store_path;
    return default_store_path();
}

}  // namespace siang::config
