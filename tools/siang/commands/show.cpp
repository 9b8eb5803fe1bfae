// `siang show`: one case as staff see it, or by tracking code as the kiosk shows it.
#include <iostream>

#include "case_output.hpp"
#include "commands/commands.hpp"

namespace siang::cli {
namespace {

int show_case(CliContext& ctx, const std::string& number_text) {
    auto number = domain::parse_case_number(number_text);
    if (!number) return ctx.report({Errc::not_found, number_text});
    auto office = ctx.office();
    if (!office) return ctx.report(office.error());
    auto c = (*office)->get_case(*number, ctx.viewer());
    if (!c) return ctx.report(c.error());
    if (ctx.options.json)
        CliContext::print_json(to_json(*c));
    else
        print_detail(std::cout, *c, ctx.config().directory, ctx.lang());
    return exit_ok;
}

int show_code(CliContext& ctx, const std::string& code_text) {
    // The kiosk's view needs a kiosk's credential over the network: on the server box only.
    if (ctx.remote()) return ctx.report({.code = Errc::invalid_argument, .field = "server_code"});
    auto code = domain::parse_tracking_code(code_text);
    if (!code) return ctx.report(code.error());
    auto s = ctx.open_store();
    if (!s) return ctx.report(s.error());
    auto status = s->find_by_code(*code);
    if (!status) return ctx.report(status.error());
    print_tracked(*status, ctx.options.json, ctx.config().directory, ctx.lang());
    return exit_ok;
}

}  // namespace

void add_show_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "show", "Show a case (staff view) or, with --code, what the kiosk shows");
    auto number = std::make_shared<std::string>();
    auto code = std::make_shared<std::string>();
    auto* by_number = cmd->add_option("CASE_NUMBER", *number, "Case number, e.g. 2569-000123");
    auto* by_code = cmd->add_option(
        "--code", *code, "Tracking code (12 digits; spaces, dashes, Thai digits accepted)");
    by_number->excludes(by_code);
    cmd->callback([&ctx, &exit_code, number, code, by_code] {
        run_command(ctx, exit_code, [&] {
            if (by_code->count() > 0) return show_code(ctx, *code);
            if (number->empty())
                return ctx.report({.code = Errc::invalid_argument, .field = "case_or_code"});
            return show_case(ctx, *number);
        });
    });
}

}  // namespace siang::cli
