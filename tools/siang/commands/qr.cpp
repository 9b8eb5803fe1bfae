// `siang qr`: writes the QR of a tracking code (as the receipt shows it) to a PNG file.
#include "commands/commands.hpp"
#include "qr/qr_bitmap.hpp"
#include "qr/qr_matrix.hpp"
#include "qr/qr_payload.hpp"

namespace siang::cli {

void add_qr_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand("qr", "Write the QR code of a tracking code to a PNG file");
    struct Args {
        std::string code, out;
        int size = 600;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("CODE", a->code, "Tracking code")->required();
    cmd->add_option("-o,--output", a->out, "PNG file to write")->required();
    cmd->add_option("--size", a->size, "Image size in pixels (rounded down to whole modules)")
        ->check(CLI::Range(64, 4096));
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto code = domain::parse_tracking_code(a->code);
            if (!code) return ctx.report(code.error());
            std::string payload = qr::qr_payload(ctx.config().tracking_base_url, code->str());
            auto matrix = qr::encode_qr(payload);
            if (!matrix) return ctx.report(matrix.error());
            if (auto ok = qr::write_png(qr::render_qr(*matrix, a->size), a->out); !ok)
                return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"file", a->out}, {"payload", payload}});
            else
                ctx.say("cli.qr_written", {a->out});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
