// `siang receipt-image` (a receipt slip as a PNG, for review) and `siang print-test` (a test
// slip on the receipt printer, naming the printer's problem when it cannot print).
#include "commands/commands.hpp"
#include "domain/directory.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "print/receipt_slip.hpp"
#include "print/slip_printer.hpp"
#include "qr/qr_payload.hpp"

namespace siang::cli {

namespace {

void add_receipt_image(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "receipt-image", "Write the receipt slip of a tracking code, as the printer prints it, to a PNG");
    struct Args {
        std::string code, out, kind = "complaint", service, number, filed;
        int width = 0;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("CODE", a->code, "Tracking code")->required();
    cmd->add_option("-o,--output", a->out, "PNG file to write")->required();
    cmd->add_option("--width", a->width, "Paper width in dots: 576 (80 mm) or 384 (58 mm); "
                                         "default [printer] width_dots")
        ->check(CLI::IsMember({384, 576}));
    cmd->add_option("--kind", a->kind, "Kind: eservice, suggestion, complaint or corruption");
    cmd->add_option("--service", a->service, "Service code (an e-service request)");
    cmd->add_option("--number", a->number, "Case number (default: \"the office will number it\")");
    cmd->add_option("--filed", a->filed, "Filing time, ISO UTC (2026-11-25T03:00:00Z); default now");
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto code = domain::parse_tracking_code(a->code);
            if (!code) return ctx.report(code.error());
            const auto kind = domain::parse_kind(a->kind);
            if (!kind) return ctx.report(Error{Errc::unknown_kind, a->kind});
            domain::TimePoint filed_at =
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
            if (!a->filed.empty()) {
                const auto t = domain::parse_iso_utc(a->filed);
                if (!t) return ctx.report(Error{Errc::invalid_date, a->filed});
                filed_at = *t;
            }
            const config::Config& c = ctx.config();
            print::ReceiptFacts facts{
                .kind = *kind,
                .service = a->service,
                .number = a->number.empty() ? std::nullopt : std::optional(a->number),
                .filed = domain::local_date(filed_at),
                .due = domain::due_date(c.directory, *kind, a->service, filed_at),
                .code = code->str(),
                .qr_payload = qr::qr_payload(c.tracking_base_url, code->str())};
            const int width = a->width != 0 ? a->width : c.printer.width_dots;
            auto slip = print::render_receipt(facts, c, ctx.lang(), width);
            if (!slip) return ctx.report(slip.error());
            if (auto ok = print::write_png(*slip, a->out); !ok) return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json(
                    {{"file", a->out}, {"width", slip->width}, {"height", slip->height}});
            else
                ctx.say("cli.receipt_image_written",
                        {a->out, std::to_string(slip->width), std::to_string(slip->height)});
            return int{exit_ok};
        });
    });
}

void add_print_test(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "print-test", "Print a test slip (Thai specimen, QR, the printer's state) on the receipt printer");
    struct Args {
        std::string device, address;
        int width = 0;
    };
    auto a = std::make_shared<Args>();
    auto* dev = cmd->add_option("--device", a->device,
                                "Printer device file (default [printer] device), e.g. /dev/usb/lp0");
    cmd->add_option("--address", a->address,
                    "Network printer host:port (default [printer] address), e.g. printer-1:9100")
        ->excludes(dev);
    cmd->add_option("--width", a->width, "Paper width in dots: 576 or 384")
        ->check(CLI::IsMember({384, 576}));
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            config::Printer printer = ctx.config().printer;
            if (!a->device.empty() || !a->address.empty()) {
                printer.device = a->device;
                printer.address = a->address;
            }
            if (a->width != 0) printer.width_dots = a->width;
            if (!printer.configured())
                return ctx.report({.code = Errc::invalid_argument, .detail = "", .field = "printer"});
            auto state = print::probe(printer);
            if (!state) return ctx.report(state.error());
            auto slip = print::render_test_slip(ctx.config(), *state, ctx.lang(), printer.width_dots);
            if (!slip) return ctx.report(slip.error());
            if (auto ok = print::print_slip(printer, *slip); !ok) return ctx.report(ok.error());
            const std::string& name = printer.device.empty() ? printer.address : printer.device;
            if (ctx.options.json)
                CliContext::print_json({{"printer", name}, {"state", print::state_name(*state)}});
            else
                ctx.say("cli.print_test_printed", {name});
            return int{exit_ok};
        });
    });
}

}  // namespace

void add_print_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    add_receipt_image(app, ctx, exit_code);
    add_print_test(app, ctx, exit_code);
}

}  // namespace siang::cli
