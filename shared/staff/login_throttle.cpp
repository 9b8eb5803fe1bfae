// The login back-off rule.
#include "staff/login_throttle.hpp"

#include <algorithm>

namespace siang::staff {

std::chrono::seconds login_wait(std::span<const domain::TimePoint> failures,
                                domain::TimePoint now) {
    int recent = 0;
    domain::TimePoint latest{};
    for (auto t : failures) {
        if (t + login_failure_window <= now) continue;
        ++recent;
        latest = std::max(latest, std::min(t, now));  // a clock set back does not lift the wait
    }
    if (recent < free_login_failures) return std::chrono::seconds{0};
    auto wait = first_login_wait;
    for (int i = free_login_failures; i < recent && wait < max_login_wait; ++i) wait *= 2;
    wait = std::min(wait, max_login_wait);
    const auto waited = std::chrono::duration_cast<std::chrono::seconds>(now - latest);
    return waited >= wait ? std::chrono::seconds{0} : wait - waited;
}

}  // namespace siang::staff
