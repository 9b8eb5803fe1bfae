// `siang init`: creates the store and its tracking-code key.
#include <filesystem>
#include <iostream>

#include "commands/commands.hpp"

namespace siang::cli {

void add_init_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd =
        app.add_subcommand("init", "Create the store and its tracking-code key (mode 0600)");
    cmd->callback([&] {
        run_command(ctx, exit_code, [&] {
            const std::string& path = ctx.store_path();
            std::error_code ec;
            bool existed = std::filesystem::exists(path, ec);
            // Store::open makes missing folders 0700 and the file 0600 before SQLite writes.
            store::OpenOptions opts;
            opts.create = true;
            opts.directory = ctx.config().directory;
            auto s = store::Store::open(path, opts);
            if (!s) return ctx.report(s.error());
            std::string key = path + ".key";
            // The first administrator, so the office console can be opened at all. The password
            // is shown once and never stored in clear.
            std::string admin_password;
            auto users = s->list_users();
            if (!users) return ctx.report(users.error());
            if (users->empty()) {
                admin_password = staff::StaffAccounts::random_password();
                staff::StaffAccounts accounts(*s);
                auto ok = accounts.add(staff::local_administrator(),
                                       {"admin", "ผู้ดูแลระบบ", staff::Role::admin}, admin_password);
                if (!ok) return ctx.report(ok.error());
            }
            if (ctx.options.json) {
                nlohmann::json j{{"store", path},
                                 {"key", key},
                                 {"created", !existed},
                                 {"schema_version", store::schema_version()}};
                if (!admin_password.empty()) {
                    j["admin_user"] = "admin";
                    j["admin_password"] = admin_password;
                }
                CliContext::print_json(j);
                return int{exit_ok};
            }
            if (existed)
                ctx.say("cli.init_exists", {path});
            else
                ctx.say("cli.init_done", {path, key});
            if (!admin_password.empty())
                ctx.say("cli.first_admin", {"admin", admin_password, "admin", "admin"});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
