// `siang integration`: the systems allowed to POST Open311 requests (issue 14, SPEC §13) — add
// (prints the API key once; only its hash is kept), list, revoke. Administrators only.
#include <iostream>

#include "commands/commands.hpp"

namespace siang::cli {
namespace {

domain::TimePoint now() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

}  // namespace

void add_integration_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* integration = app.add_subcommand(
        "integration", "Open311 integrations and their API keys (admin only)");
    integration->require_subcommand(1);
    auto name = std::make_shared<std::string>();

    auto* add = integration->add_subcommand(
        "add", "Make an integration and print its Open311 api_key (shown only this once)");
    add->add_option("NAME", *name, "Integration name: 1–32 of A-Z a-z 0-9 . _ -")->required();
    add->callback([&ctx, &exit_code, name] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("integration add"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            auto key = s->add_integration(*name, now(), ctx.actor());
            if (!key) return ctx.report(key.error());
            if (ctx.options.json) {
                CliContext::print_json({{"integration", *name}, {"api_key", *key}});
            } else {
                ctx.say("cli.integration_added", {*name});
                std::cout << "  " << *key << '\n';
            }
            return int{exit_ok};
        });
    });

    auto* list = integration->add_subcommand("list", "Integrations whose keys work");
    list->callback([&ctx, &exit_code] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("integration list"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            auto names = s->list_integrations();
            if (!names) return ctx.report(names.error());
            if (ctx.options.json)
                CliContext::print_json(nlohmann::json(*names));
            else
                for (const auto& n : *names) std::cout << n << '\n';
            return int{exit_ok};
        });
    });

    auto* revoke = integration->add_subcommand("revoke", "Refuse an integration's key from now on");
    revoke->add_option("NAME", *name, "Integration name")->required();
    revoke->callback([&ctx, &exit_code, name] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("integration revoke"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            if (auto ok = s->revoke_integration(*name, now(), ctx.actor()); !ok)
                return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"integration", *name}, {"revoked", true}});
            else
                ctx.say("cli.integration_revoked", {*name});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
