// The lock screen's content and actions: help requests seen and acknowledged while locked.
#include "office/console/lock_screen.hpp"

namespace siang::office {

Result<bool> LockScreen::poll(Clock::time_point now) {
    return help_.poll(session_.client(), now);
}

LockContent LockScreen::content(i18n::Lang lang) const {
    LockContent c;
    c.title = std::string(i18n::tr("office.lock.title", lang));
    c.hint = i18n::format(i18n::tr("office.lock.hint", lang), {session_.user().display_name});
    for (const auto& r : help_.open()) c.alerts.push_back({r.id, help_alert_text(r, lang)});
    if (help_.unreadable()) c.help_problem = help_unreadable_text(lang);
    return c;
}

Result<void> LockScreen::acknowledge(std::int64_t id) {
    if (!session_.logged_in()) return fail(Errc::permission_denied, "login");
    return help_.acknowledge(session_.client(), id, session_.user().username, "lock_screen");
}

Result<void> LockScreen::unlock(std::string_view password, Clock::time_point now) {
    return session_.unlock(password, now);
}

}  // namespace siang::office
