// A slip to a printer: status first, bands with pauses, status after.
#include "print/slip_printer.hpp"

#include <array>
#include <thread>

#include "print/escpos.hpp"

namespace siang::print {
namespace {

std::unexpected<Error> printer_error(std::string_view problem, const std::string& name) {
    return fail({.code = Errc::printer_failed, .detail = std::string(problem), .field = name});
}

}  // namespace

Result<PrinterState> ask_state(PrinterLink& link, const PrintTiming& timing) {
    link.drain();
    std::array<std::uint8_t, status_queries.size()> answers{};
    for (std::size_t i = 0; i < status_queries.size(); ++i) {
        if (auto sent = link.send(status_query(status_queries[i]), timing.answer); !sent)
            return std::unexpected(sent.error());
        auto b = link.read_byte(timing.answer);
        if (!b) return std::unexpected(b.error());
        if (!*b) return printer_error("no_answer", link.name());
        answers[i] = **b;
    }
    const auto state = parse_status(answers[0], answers[1], answers[2]);
    if (!state) return printer_error("no_answer", link.name());
    return *state;
}

Result<PrinterState> probe(const config::Printer& printer, const PrintTiming& timing) {
    auto link = PrinterLink::open(printer, timing.connect);
    if (!link) return std::unexpected(link.error());
    return ask_state(**link, timing);
}

Result<void> print_slip(PrinterLink& link, const MonoImage& slip, bool cut,
                        const PrintTiming& timing) {
    auto before = ask_state(link, timing);
    if (!before) return std::unexpected(before.error());
    if (!can_print(*before)) return printer_error(state_name(*before), link.name());
    const std::vector<Bytes> parts = encode_slip(slip, cut);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (auto sent = link.send(parts[i], timing.write); !sent)
            return std::unexpected(sent.error());
        if (i + 1 < parts.size()) std::this_thread::sleep_for(timing.band_pause);
    }
    // A printer gone now was lost during the slip; paper that ran out stopped it.
    auto after = ask_state(link, timing);
    if (!after)
        return printer_error(after.error().detail == "no_answer" ? "lost" : after.error().detail,
                             link.name());
    if (!can_print(*after)) return printer_error(state_name(*after), link.name());
    return {};
}

Result<void> print_slip(const config::Printer& printer, const MonoImage& slip,
                        const PrintTiming& timing) {
    auto link = PrinterLink::open(printer, timing.connect);
    if (!link) return std::unexpected(link.error());
    return print_slip(**link, slip, printer.cut, timing);
}

}  // namespace siang::print
