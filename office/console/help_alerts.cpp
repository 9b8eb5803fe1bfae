// Polling the store for kiosks' help requests.
#include "office/console/help_alerts.hpp"

#include <algorithm>

namespace siang::office {

Result<bool> HelpAlerts::poll(store::Store& store, Clock::time_point now, bool force) {
    if (!force && now < next_poll_) return false;
    next_poll_ = now + poll_interval;
    auto open = store.open_help_requests();
    if (!open) return std::unexpected(open.error());
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

Result<void> HelpAlerts::acknowledge(store::Store& store, std::int64_t id, std::string_view actor) {
    if (auto r = store.acknowledge_help_request(id, actor); !r) return r;
    std::erase_if(open_, [id](const store::HelpRequest& r) { return r.id == id; });
    return {};
}

}  // namespace siang::office
