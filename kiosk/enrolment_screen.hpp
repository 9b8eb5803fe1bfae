// The staff-only enrolment screen (issue 11 item 6): a kiosk with an outbox but no credential
// waits for the enrolment QR (`siang kiosk add -o FILE`) at its scanner, which types the line and
// Enter like a keyboard; letters are welcome here, unlike a tracking code. No citizen actions.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "kiosk/office_ports.hpp"
#include "sync/enrolment_link.hpp"

namespace siang::kiosk {

class EnrolmentScreen {
  public:
    // Enrols with the link's server and saves the credential (sync::enrol, then
    // Outbox::save_credential); runs on the screen's own thread. Its error is shown to staff.
    using Enrol = std::function<Result<void>(const sync::EnrolmentLink&)>;
    enum class Phase { waiting, enrolling, enrolled };

    EnrolmentScreen(Enrol enrol, Wake wake);
    ~EnrolmentScreen();

    // One frame's typed characters and whether Enter was pressed. At Enter the line typed since
    // the last Enter is read as an enrolment link: a link starts enrolling, anything else is
    // refused (error invalid_input "not_enrolment_link") and forgotten. Ignored while enrolling
    // or once enrolled. A line longer than max_line is cut off and refused.
    void on_input(std::string_view typed, bool enter);
    // Picks up the background enrolment's result.
    Phase phase();
    // Why the last line was refused or the last enrolment failed; cleared by the next line.
    std::optional<Error> error();

    static constexpr std::size_t max_line = 1024;

  private:
    struct Shared {
        std::mutex mutex;
        Phase phase = Phase::waiting;
        std::optional<Error> error;
    };
    Enrol enrol_;
    Wake wake_;
    std::string line_;
    std::shared_ptr<Shared> shared_ = std::make_shared<Shared>();
    BackgroundWorker worker_;  // last: joined first
};

}  // namespace siang::kiosk
