// `siang user`: staff accounts (add, passwd, disable, list); role rules live in shared/staff.
#include <iostream>

#include "commands/commands.hpp"
#include "terminal_text.hpp"

namespace siang::cli {
namespace {

std::string password_from(bool from_stdin, const std::string& username) {
    return from_stdin ? read_stdin_line() : read_password("New password for " + username + ": ");
}

}  // namespace

void add_user_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* user = app.add_subcommand("user", "Staff accounts of the office console");
    user->require_subcommand(1);
    struct Args {
        std::string name, role, display_name;
        bool password_stdin = false;
    };
    auto a = std::make_shared<Args>();

    auto* add = user->add_subcommand("add", "Add a staff member (admin only)");
    add->add_option(
           "NAME", a->name,
           "Username: 2–32 of a-z 0-9 . _ - (siang, import, system, root, kiosk… are reserved)")
        ->required();
    add->add_option("--role", a->role, "clerk | integrity | admin")->required();
    add->add_option("--display-name", a->display_name, "Name shown in the console");
    add->add_flag("--password-stdin", a->password_stdin,
                  "Read the password from standard input (at least 10 characters, not the "
                  "username, not a common password)");
    add->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto role = staff::parse_role(a->role);
            if (!role)
                return ctx.report(
                    {.code = Errc::invalid_argument, .detail = a->role, .field = "role"});
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            staff::StaffAccounts accounts(*s);
            auto ok = accounts.add(ctx.user(), {a->name, a->display_name, *role},
                                   password_from(a->password_stdin, a->name));
            if (!ok) return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"user", a->name}, {"role", a->role}});
            else
                ctx.say("cli.user_added", {a->name, a->role});
            return int{exit_ok};
        });
    });

    auto* passwd =
        user->add_subcommand("passwd", "Set a password (your own, or anyone's as admin)");
    passwd->add_option("NAME", a->name, "Username")->required();
    passwd->add_flag("--password-stdin", a->password_stdin,
                     "Read the new password from standard input");
    passwd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            staff::StaffAccounts accounts(*s);
            auto ok = accounts.set_password(ctx.user(), a->name,
                                            password_from(a->password_stdin, a->name));
            if (!ok) return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"user", a->name}, {"password_changed", true}});
            else
                ctx.say("cli.user_password_set", {a->name});
            return int{exit_ok};
        });
    });

    auto* disable =
        user->add_subcommand("disable", "Stop a staff member from logging in (admin only)");
    disable->add_option("NAME", a->name, "Username")->required();
    disable->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            staff::StaffAccounts accounts(*s);
            if (auto ok = accounts.disable(ctx.user(), a->name); !ok) return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"user", a->name}, {"disabled", true}});
            else
                ctx.say("cli.user_disabled", {a->name});
            return int{exit_ok};
        });
    });

    auto* list = user->add_subcommand("list", "List staff accounts (admin only)");
    list->callback([&ctx, &exit_code] {
        run_command(ctx, exit_code, [&] {
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            staff::StaffAccounts accounts(*s);
            auto users = accounts.list(ctx.user());
            if (!users) return ctx.report(users.error());
            nlohmann::json out = nlohmann::json::array();
            for (const auto& u : *users) {
                if (ctx.options.json)
                    out.push_back({{"user", u.username},
                                   {"name", u.display_name},
                                   {"role", u.role},
                                   {"disabled", u.disabled}});
                else
                    std::cout << pad(u.username, 16) << pad(u.role, 11) << pad(u.display_name, 30)
                              << (u.disabled ? "disabled" : "") << '\n';
            }
            if (ctx.options.json) CliContext::print_json(out);
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
