// The enrolment screen's state: the scanned line, enrolling in the background.
#include "kiosk/enrolment_screen.hpp"

#include <utility>

#include "kiosk/flow/secure_wipe.hpp"

namespace siang::kiosk {

EnrolmentScreen::EnrolmentScreen(Enrol enrol, Wake wake)
    : enrol_(std::move(enrol)), wake_(std::move(wake)) {}

EnrolmentScreen::~EnrolmentScreen() {
    flow::wipe(line_);
}

void EnrolmentScreen::on_input(std::string_view typed, bool enter) {
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->phase != Phase::waiting) return;
    }
    if (line_.size() < max_line + 1) line_.append(typed.substr(0, max_line + 1 - line_.size()));
    if (!enter) return;
    std::string line = std::exchange(line_, std::string{});
    Result<sync::EnrolmentLink> link = fail(Errc::invalid_input, "not_enrolment_link");
    if (line.size() <= max_line) link = sync::parse_enrolment_link(line);
    flow::wipe(line);  // the one-time code
    std::lock_guard lock(shared_->mutex);
    if (!link) {
        shared_->error = std::move(link.error());
        return;
    }
    shared_->error.reset();
    shared_->phase = Phase::enrolling;
    worker_.post(
        [shared = shared_, enrol = enrol_, wake = wake_, link = std::move(*link)]() mutable {
            Result<void> r = fail(Errc::not_enrolled, "no enrolment");
            if (enrol) r = enrol(link);
            flow::wipe(link.code);
            {
                std::lock_guard done(shared->mutex);
                if (r) {
                    shared->phase = Phase::enrolled;
                } else {
                    shared->phase = Phase::waiting;
                    shared->error = std::move(r.error());
                }
            }
            if (wake) wake();
        });
}

EnrolmentScreen::Phase EnrolmentScreen::phase() {
    std::lock_guard lock(shared_->mutex);
    return shared_->phase;
}

std::optional<Error> EnrolmentScreen::error() {
    std::lock_guard lock(shared_->mutex);
    return shared_->error;
}

}  // namespace siang::kiosk
