// Printing a slip on the configured printer and asking its state: what the kiosk, `siang
// print-test` and `siang doctor` call (issue 13).
#pragma once

#include "config/config.hpp"
#include "core/error.hpp"
#include "print/printer_link.hpp"
#include "print/printer_state.hpp"
#include "print/raster.hpp"

namespace siang::print {

struct PrintTiming {
    Millis connect{3000};     // a network printer must accept within this
    Millis answer{1500};      // each real-time status byte must come within this
    Millis write{15000};      // each band must be taken within this (a slow printer drains)
    Millis band_pause{20};    // between bands, so the printer's input buffer drains
};

// The printer's state from DLE EOT 1, 2 and 4 (print/printer_state.hpp). Errors: printer_failed
// "no_answer" (cannot connect, or no status byte in time, or bytes that are no status: not an
// ESC/POS printer), "lost".
Result<PrinterState> ask_state(PrinterLink& link, const PrintTiming& timing = {});

// Opens the configured printer and asks its state: for `siang doctor` and `siang print-test`.
Result<PrinterState> probe(const config::Printer& printer, const PrintTiming& timing = {});

// Prints `slip` on an open link: asks the state first and refuses (nothing sent) when it cannot
// print; sends ESC @, the GS v 0 bands with a pause between them, the feed and the cut when
// configured; then asks the state again, so paper that ran out or a printer that went away
// during the slip is reported. Errors: printer_failed with detail the state's name
// ("paper_out", "cover_open", "offline", "error"), "no_answer" or "lost"; field the printer.
Result<void> print_slip(PrinterLink& link, const MonoImage& slip, bool cut,
                        const PrintTiming& timing = {});

// The same on the configured printer: opens, prints, closes.
Result<void> print_slip(const config::Printer& printer, const MonoImage& slip,
                        const PrintTiming& timing = {});

}  // namespace siang::print
