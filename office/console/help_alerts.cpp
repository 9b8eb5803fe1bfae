// Polling the store for kiosks' help requests.
#include "office/console/help_alerts.hpp"

#include <algorithm>

#include "office/console/local_time.hpp"

namespace siang::office {

std::string help_alert_text(const store::HelpRequest& request, i18n::Lang lang) {
    // A request the kiosk raised itself is placed "<screen>-<problem>" (flow::help_place): a
    // printer's problem is said in words, for staff to bring paper or open the cover.
    std::string screen = request.screen;
    if (const auto dash = screen.find('-'); dash != std::string::npos) {
        const std::string problem = screen.substr(dash + 1);
        screen.resize(dash);
        if (problem.starts_with("printer_")) {
            const std::string key = "office.help.problem." + problem;
            const std::string_view what =
                i18n::tr(i18n::has_key(key) ? std::string_view(key) : "office.help.problem.printer", lang);
            return i18n::format(i18n::tr("office.help.alert_problem", lang),
                                {request.kiosk, std::string(what), clock_text(request.at)});
        }
    }
    const std::string screen_key = "office.help.screen." + screen;
    if (screen.empty() || !i18n::has_key(screen_key))
        return i18n::format(i18n::tr("office.help.alert", lang),
                            {request.kiosk, clock_text(request.at)});
    return i18n::format(i18n::tr("office.help.alert_on_screen", lang),
                        {request.kiosk, clock_text(request.at), i18n::tr(screen_key, lang)});
}

std::string help_unreadable_text(i18n::Lang lang) {
    return std::string(i18n::tr("office.help.unreadable", lang));
}

Result<bool> HelpAlerts::poll(OfficeClient& client, Clock::time_point now, bool force) {
    if (!force && now < next_poll_) return false;
    next_poll_ = now + poll_interval;
    auto open = client.open_help_requests();
    if (!open) {
        unreadable_ = open.error();
        return std::unexpected(open.error());
    }
    unreadable_.reset();
    open_ = std::move(*open);
    bool arrived = false;
    for (const auto& r : open_) {
        if (r.id > highest_seen_) {
            arrived = true;
            highest_seen_ = r.id;
        }
    }
    return arrived;
}

Result<void> HelpAlerts::acknowledge(OfficeClient& client, std::int64_t id, std::string_view actor,
                                     std::string_view audit_detail) {
    if (auto r = client.acknowledge_help_request(id, actor, {}, audit_detail); !r) return r;
    std::erase_if(open_, [id](const store::HelpRequest& r) { return r.id == id; });
    return {};
}

}  // namespace siang::office
