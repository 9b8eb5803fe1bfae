// `siang submit`: files an item from options or a JSON object, prints its case number and code.
#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "draft_input.hpp"

namespace siang::cli {
namespace {

int run_submit(CliContext& ctx, const DraftArgs& a) {
    auto valid = validated_draft(a, ctx.config().directory);
    if (!valid) return ctx.report(valid.error());
    auto s = ctx.open_store();
    if (!s) return ctx.report(s.error());
    auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    auto filed = s->submit(*valid, now, ctx.actor());
    if (!filed) return ctx.report(filed.error());
    // Durable by now: only a committed record gets its code printed.
    if (ctx.options.json)
        CliContext::print_json({{"case_number", filed->number.str()},
                                {"tracking_code", filed->code.str()},
                                {"filed_at", domain::format_iso_utc(filed->filed_at)}});
    else
        ctx.say("cli.submitted", {filed->number.str(), filed->code.grouped()});
    return exit_ok;
}

}  // namespace

void add_submit_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand("submit", "File an item as a citizen would at the kiosk");
    auto a = std::make_shared<DraftArgs>();
    add_draft_options(*cmd, *a);
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] { return run_submit(ctx, *a); });
    });
}

}  // namespace siang::cli
