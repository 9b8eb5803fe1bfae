// Help request recording and acknowledgement polling.
#include "kiosk/flow/help_watch.hpp"

namespace siang::flow {

Result<void> HelpWatch::update(KioskSession& session, SteadyTime now) {
    Result<void> recorded;
    if (auto press = session.take_help_request()) {
        auto id = port_.record(*press);
        if (id) {
            open_ = *id;
            next_ = now + every_;
        } else {
            open_.reset();
            session.help_call_failed(now);  // "ask at the counter", never "someone is coming"
            recorded = std::unexpected(id.error());
        }
    }
    if (open_) {
        // Sent in the background (over the network): it may turn out never to have arrived.
        if (auto why = port_.record_failed(*open_)) {
            open_.reset();
            session.help_call_failed(now);
            recorded = std::unexpected(std::move(*why));
        }
    }
    const HelpNote note = session.help_note(now).note;
    if (note != HelpNote::called) open_.reset();  // seen already, or the visit is over
    if (open_ && now >= next_) {
        next_ = now + every_;
        if (auto seen = port_.acknowledged(*open_); seen && *seen) {
            session.staff_acknowledged(now);
            open_.reset();
        }
    }
    return recorded;
}

std::optional<SteadyTime> HelpWatch::next_poll() const {
    if (!open_) return std::nullopt;
    return next_;
}

}  // namespace siang::flow
