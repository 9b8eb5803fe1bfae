// Login, unlock and logout of the console session.
#include "office/console/console_session.hpp"

#include <unistd.h>

#include <array>

namespace siang::office {

std::string console_login_source() {
    std::array<char, 256> host{};
    if (::gethostname(host.data(), host.size() - 1) != 0) return "console:unknown-host";
    return "console:" + std::string(host.data());
}

std::string_view role_name(staff::Role role, i18n::Lang lang) {
    switch (role) {
        case staff::Role::clerk:
            return i18n::tr("office.role.clerk", lang);
        case staff::Role::integrity:
            return i18n::tr("office.role.integrity", lang);
        case staff::Role::admin:
            return i18n::tr("office.role.admin", lang);
    }
    return "";
}

std::string signed_in_as(const staff::StaffUser& user, i18n::Lang lang) {
    const std::string role(role_name(user.role, lang));
    std::string name = user.display_name.empty() ? user.username : user.display_name;
    // The store's built-in administrator carries an English name; the chip says it in `lang`.
    const auto local = staff::local_administrator();
    if (user.username == local.username && user.display_name == local.display_name)
        name = i18n::tr("office.user.local_admin", lang);
    for (const auto l : {i18n::Lang::th, i18n::Lang::en})
        if (name == role_name(user.role, l)) return role;
    return name + " · " + role;
}

Result<void> ConsoleSession::log_in(std::string_view username, std::string_view password,
                                    IdleLock::Clock::time_point now) {
    auto user = client_.authenticate(username, password, console_login_source());
    if (!user) return std::unexpected(user.error());
    user_ = std::move(*user);
    lock_.unlock(now);
    return {};
}

void ConsoleSession::enter_for_screenshot(const staff::StaffUser& user,
                                          IdleLock::Clock::time_point now) {
    user_ = user;
    lock_.unlock(now);
}

Result<void> ConsoleSession::unlock(std::string_view password, IdleLock::Clock::time_point now) {
    if (!user_) return fail(Errc::permission_denied, "login");
    auto again = client_.authenticate(user_->username, password, console_login_source());
    if (!again) return std::unexpected(again.error());
    lock_.unlock(now);
    return {};
}

void ConsoleSession::log_out() {
    user_.reset();
}

store::Viewer ConsoleSession::viewer() const {
    if (!user_) return store::Viewer{"", false};
    return staff::viewer_for(user_->username, user_->role);
}

}  // namespace siang::office
