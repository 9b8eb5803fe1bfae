// `siang status`: moves a case through the workflow, with a note, a public reply or a reason.
#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"

namespace siang::cli {

void add_status_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand("status",
                                   "Change a case's status (refuses transitions SPEC §6 forbids)");
    struct Args {
        std::string number, status, note, reply, reason;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("CASE_NUMBER", a->number, "Case number")->required();
    cmd->add_option("NEW_STATUS", a->status,
                    "in_review | in_progress | forwarded | resolved | rejected")
        ->required();
    cmd->add_option("--note", a->note,
                    limit_help("Internal note, never shown to the citizen", domain::Field::note));
    cmd->add_option("--reply", a->reply,
                    limit_help("Public reply the citizen reads at the kiosk", domain::Field::reply));
    cmd->add_option("--reason", a->reason,
                    limit_help("Reason, required for rejected", domain::Field::reason));
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto number = domain::parse_case_number(a->number);
            if (!number) return ctx.report({Errc::not_found, a->number});
            auto to = domain::parse_status(a->status);
            if (!to) return ctx.report({Errc::unknown_status, a->status});
            // Logged in first: the change is made under the session's user.
            auto office = ctx.office();
            if (!office) return ctx.report(office.error());
            domain::StatusChange change;
            change.to = *to;
            change.at = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
            change.actor = ctx.actor();
            // Cleaned and limited by the store (domain::clean_status_change), the one place for
            // every program; its refusal is reported as it is.
            change.note = a->note;
            change.public_reply = a->reply;
            change.reason = a->reason;
            if (auto ok = (*office)->change_status(*number, change, ctx.viewer(), std::nullopt); !ok)
                return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json(
                    {{"case_number", number->str()}, {"status", domain::status_id(*to)}});
            else
                ctx.say("cli.status_changed", {number->str(), i18n::status_name(*to, ctx.lang())});
            return int{exit_ok};
        });
    });
}

void add_note_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "note", "Add an internal note to a case (staff only; never shown to the citizen)");
    struct Args {
        std::string number, text;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("CASE_NUMBER", a->number, "Case number")->required();
    cmd->add_option("TEXT", a->text, limit_help("The note", domain::Field::note))->required();
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto number = domain::parse_case_number(a->number);
            if (!number) return ctx.report({Errc::not_found, a->number});
            auto office = ctx.office();
            if (!office) return ctx.report(office.error());
            // Cleaned and limited by the store, as the console's notes are.
            if (auto ok = (*office)->add_note(*number, ctx.viewer(), a->text, std::nullopt); !ok)
                return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"case_number", number->str()}, {"note_added", true}});
            else
                ctx.say("cli.note_added", {number->str()});
            return int{exit_ok};
        });
    });
}

void add_reissue_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "reissue-code", "Issue a new tracking code for a case; the old one stops working");
    auto number_text = std::make_shared<std::string>();
    cmd->add_option("CASE_NUMBER", *number_text, "Case number")->required();
    cmd->callback([&ctx, &exit_code, number_text] {
        run_command(ctx, exit_code, [&] {
            auto number = domain::parse_case_number(*number_text);
            if (!number) return ctx.report({Errc::not_found, *number_text});
            auto office = ctx.office();
            if (!office) return ctx.report(office.error());
            auto code = (*office)->reissue_code(*number, ctx.viewer(), std::nullopt);
            if (!code) return ctx.report(code.error());
            if (ctx.options.json)
                CliContext::print_json(
                    {{"case_number", number->str()}, {"tracking_code", code->str()}});
            else
                ctx.say("cli.code_reissued", {number->str(), code->grouped()});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
