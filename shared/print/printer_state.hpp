// What an ESC/POS printer says about itself: its real-time status (DLE EOT) as a value (issue 13).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace siang::print {

// The printer's condition, worst first when several hold (paper out wins over near end).
enum class PrinterState {
    ready,           // can print
    paper_near_end,  // can print, but the roll is nearly used up (worth a word to staff)
    paper_out,
    cover_open,
    offline,         // offline for another reason (feed button held, waiting to recover)
    error,           // an error the printer reports (cutter jam, head too hot)
};

// Stable names ("ready", "paper_out"…): the detail of a printer_failed error and --json output.
std::string_view state_name(PrinterState s);

// True when a slip can be printed in this state.
inline bool can_print(PrinterState s) {
    return s == PrinterState::ready || s == PrinterState::paper_near_end;
}

// The three real-time status queries asked before each slip, in order: printer (DLE EOT 1),
// offline cause (DLE EOT 2), paper roll sensor (DLE EOT 4).
inline constexpr std::array<std::uint8_t, 3> status_queries{1, 2, 4};

// The state from the answers to status_queries, one byte each. nullopt when a byte is not a
// status byte at all (bits 0 and 7 must be 0, bits 1 and 4 must be 1): what answered is not an
// ESC/POS printer, or the stream is out of step.
std::optional<PrinterState> parse_status(std::uint8_t printer, std::uint8_t offline,
                                         std::uint8_t paper);

// A status byte is the form every DLE EOT answer has (0xx1xx10).
inline bool is_status_byte(std::uint8_t b) {
    return (b & 0x93) == 0x12;
}

}  // namespace siang::print
