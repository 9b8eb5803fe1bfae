// DLE EOT answers (ESC/POS real-time status) read into a PrinterState.
#include "print/printer_state.hpp"

#include "core/enum_names.hpp"

namespace siang::print {
namespace {

constexpr auto names = enum_names<PrinterState>({
    {PrinterState::ready, "ready"},
    {PrinterState::paper_near_end, "paper_near_end"},
    {PrinterState::paper_out, "paper_out"},
    {PrinterState::cover_open, "cover_open"},
    {PrinterState::offline, "offline"},
    {PrinterState::error, "error"},
});
static_assert(names.complete());

}  // namespace

std::string_view state_name(PrinterState s) {
    return names.name(s);
}

std::optional<PrinterState> parse_status(std::uint8_t printer, std::uint8_t offline,
                                         std::uint8_t paper) {
    if (!is_status_byte(printer) || !is_status_byte(offline) || !is_status_byte(paper))
        return std::nullopt;
    // n = 4, bits 5 and 6: the paper-end sensor sees no paper; n = 2, bit 5: printing stopped
    // at the paper's end.
    if ((paper & 0x60) != 0 || (offline & 0x20) != 0) return PrinterState::paper_out;
    if ((offline & 0x04) != 0) return PrinterState::cover_open;  // n = 2, bit 2
    if ((offline & 0x40) != 0) return PrinterState::error;       // n = 2, bit 6
    if ((printer & 0x08) != 0) return PrinterState::offline;     // n = 1, bit 3
    if ((paper & 0x0C) != 0) return PrinterState::paper_near_end;  // n = 4, bits 2 and 3
    return PrinterState::ready;
}

}  // namespace siang::print
