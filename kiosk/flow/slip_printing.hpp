// Printing the receipt slip off the UI thread, and what the receipt screen says about it
// (issue 13, SPEC §12): printing…, take your slip, or the printer's problem; one "print again".
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "config/config.hpp"
#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "kiosk/flow/receipt.hpp"

namespace siang::flow {

// Renders and prints one receipt slip, blocking (on SlipPrinting's worker thread, never the
// UI's); printer_failed naming the problem otherwise. The kiosk's is make_slip_printer.
using PrintSlip = std::function<Result<void>(const Receipt&, i18n::Lang)>;

// The real one: print::render_receipt at [printer] width_dots, then print::print_slip.
PrintSlip make_slip_printer(const config::Config& config);

enum class SlipStatus {
    none,        // no printer configured, or no receipt
    tap_to_print,  // auto_print = false: the screen offers "print"
    printing,
    printed,     // "take your slip"
    failed,      // the printer's problem, in the citizen's words
};

struct SlipView {
    SlipStatus status = SlipStatus::none;
    std::string problem;           // failed: "paper_out", "cover_open", "offline", "no_answer", "lost"…
    bool can_print_again = false;  // once after printed or failed, not while printing
};

// One receipt's slip at a time. start() copies the receipt to a worker thread, which prints it
// and wipes the copy; the screen asks view() each frame, which never waits. A new receipt, or
// the end of the visit (forget()), drops the result of a slip still printing: the worker ends on
// its own (every printer wait is bounded) and the destructor joins it.
class SlipPrinting {
  public:
    SlipPrinting(PrintSlip print, bool configured, bool auto_print);
    ~SlipPrinting();
    SlipPrinting(const SlipPrinting&) = delete;
    SlipPrinting& operator=(const SlipPrinting&) = delete;

    // A receipt has just been shown (after the durable commit): prints it when auto_print,
    // else offers the tap.
    void receipt_shown(const Receipt& receipt, i18n::Lang lang);
    // The citizen's tap on "print" or "print again": starts a slip when the view allows it.
    // Returns whether one was started.
    bool print_tapped(const Receipt& receipt, i18n::Lang lang);
    // The state for the screen; a failure is reported once through take_new_failure().
    SlipView view() const;
    // The problem of a failure not yet taken (for KioskSession::slip_failed), once.
    std::optional<std::string> take_new_failure();
    // The visit ended: the screen shows nothing about slips until the next receipt.
    void forget();
    // True while a worker is printing (for tests and for waking the app's frame).
    bool busy() const;

  private:
    void start(const Receipt& receipt, i18n::Lang lang);
    struct Shared;
    PrintSlip print_;
    bool configured_ = false;
    bool auto_print_ = true;
    std::shared_ptr<Shared> shared_;
    std::thread worker_;
};

}  // namespace siang::flow
