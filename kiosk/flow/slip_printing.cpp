// The slip's worker thread and the state the receipt screen reads.
#include "kiosk/flow/slip_printing.hpp"

#include "print/receipt_slip.hpp"
#include "print/slip_printer.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::flow {

struct SlipPrinting::Shared {
    mutable std::mutex mutex;
    SlipView view;
    int generation = 0;      // bumped by each receipt and forget(): a stale worker's result is dropped
    int prints = 0;          // slips started for this receipt (the first and one "print again")
    bool running = false;
    std::optional<std::string> new_failure;
};

PrintSlip make_slip_printer(const config::Config& config) {
    return [config](const Receipt& r, i18n::Lang lang) -> Result<void> {
        const print::ReceiptFacts facts{
            .kind = r.kind,
            .service = r.service,
            .number = r.filed.number ? std::optional(r.filed.number->str()) : std::nullopt,
            .filed = domain::local_date(r.filed.filed_at),
            .due = r.filed.due_date,
            .code = r.filed.code.str(),
            .qr_payload = r.qr_payload};
        auto slip = print::render_receipt(facts, config, lang, config.printer.width_dots);
        if (!slip) return std::unexpected(slip.error());
        return print::print_slip(config.printer, *slip);
    };
}

SlipPrinting::SlipPrinting(PrintSlip print, bool configured, bool auto_print)
    : print_(std::move(print)), configured_(configured), auto_print_(auto_print),
      shared_(std::make_shared<Shared>()) {}

SlipPrinting::~SlipPrinting() {
    forget();
    if (worker_.joinable()) worker_.join();
}

void SlipPrinting::receipt_shown(const Receipt& receipt, i18n::Lang lang) {
    {
        std::lock_guard lock(shared_->mutex);
        ++shared_->generation;
        shared_->prints = 0;
        shared_->new_failure.reset();
        shared_->view = {};
        if (!configured_) return;
        shared_->view.status = SlipStatus::tap_to_print;
    }
    if (auto_print_) start(receipt, lang);
}

bool SlipPrinting::print_tapped(const Receipt& receipt, i18n::Lang lang) {
    {
        std::lock_guard lock(shared_->mutex);
        const SlipView& v = shared_->view;
        const bool first = v.status == SlipStatus::tap_to_print;
        if (!first && !v.can_print_again) return false;
        if (shared_->running) return false;
    }
    start(receipt, lang);
    return true;
}

void SlipPrinting::start(const Receipt& receipt, i18n::Lang lang) {
    int generation = 0;
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->running) return;
        shared_->running = true;
        ++shared_->prints;
        shared_->view = {.status = SlipStatus::printing, .problem = {}, .can_print_again = false};
        generation = shared_->generation;
    }
    // The previous worker has finished (running was false): joining it does not wait.
    if (worker_.joinable()) worker_.join();
    worker_ = std::thread([shared = shared_, print = print_, copy = receipt, lang, generation]() mutable {
        Result<void> done = print(copy, lang);
        wipe(copy);  // the copy holds the code in clear
        std::lock_guard lock(shared->mutex);
        shared->running = false;
        if (shared->generation != generation) return;  // the visit moved on
        const bool again = shared->prints < 2;
        if (done) {
            shared->view = {.status = SlipStatus::printed, .problem = {}, .can_print_again = again};
        } else {
            const std::string problem =
                done.error().code == Errc::printer_failed ? done.error().detail : "error";
            shared->view = {.status = SlipStatus::failed, .problem = problem, .can_print_again = again};
            shared->new_failure = problem;
        }
    });
}

SlipView SlipPrinting::view() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->view;
}

std::optional<std::string> SlipPrinting::take_new_failure() {
    std::lock_guard lock(shared_->mutex);
    return std::exchange(shared_->new_failure, std::nullopt);
}

void SlipPrinting::forget() {
    std::lock_guard lock(shared_->mutex);
    ++shared_->generation;
    shared_->view = {};
    shared_->new_failure.reset();
}

bool SlipPrinting::busy() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->running;
}

}  // namespace siang::flow
