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

Result<void> ConsoleSession::log_in(std::string_view username, std::string_view password,
                                    IdleLock::Clock::time_point now) {
    staff::StaffAccounts accounts(store_);
    auto user = accounts.authenticate(username, password, console_login_source());
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
    staff::StaffAccounts accounts(store_);
    auto again = accounts.authenticate(user_->username, password, console_login_source());
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
