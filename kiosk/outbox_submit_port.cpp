// Filing into the kiosk's outbox (SPEC §9): the local durable commit, then the uploader's nudge.
#include <utility>

#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk/office_ports.hpp"

namespace siang::kiosk {

OutboxSubmitPort::OutboxSubmitPort(sync::Outbox& outbox, const domain::Directory& directory,
                                   std::function<void()> notify, WallClock wall_clock)
    : outbox_(outbox),
      directory_(directory),
      notify_(std::move(notify)),
      wall_clock_(std::move(wall_clock)) {}

Result<flow::Filing> OutboxSubmitPort::submit(const domain::Draft& validated) {
    const domain::TimePoint now =
        wall_clock_ ? wall_clock_()
                    : std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    auto receipt = outbox_.file(validated, now, directory_);
    if (!receipt) return std::unexpected(std::move(receipt.error()));
    if (notify_) notify_();
    flow::Filing f{receipt->uuid, receipt->case_number, receipt->code, receipt->filed_at,
                   receipt->due_date};
    flow::wipe_bytes(receipt->code.digits.data(), receipt->code.digits.size());
    return f;
}

std::optional<domain::CaseNumber> OutboxSubmitPort::case_number(const flow::Filing& filing) {
    if (filing.number) return filing.number;
    auto n = outbox_.case_number_of(filing.uuid);
    return n ? *n : std::nullopt;
}

}  // namespace siang::kiosk
