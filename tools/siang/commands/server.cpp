// `siang server init`: the office server's TLS identity beside the store (SPEC §9), and the
// fingerprint kiosks pin.
#include <filesystem>

#include "commands/commands.hpp"
#include "net/server_identity.hpp"

namespace siang::cli {

void add_server_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* server = app.add_subcommand("server", "The office server (siang-server)");
    server->require_subcommand(1);
    auto names = std::make_shared<std::vector<std::string>>();
    auto* init = server->add_subcommand(
        "init",
        "Create the server's private key (mode 0600) and self-signed certificate beside the "
        "store, and print the certificate's SHA-256 fingerprint; run again, it prints the "
        "existing one and changes nothing");
    init->add_option("--name", *names,
                     "A host name or IP address the kiosks reach the server by (repeatable; "
                     "localhost, 127.0.0.1 and ::1 are always included)");
    init->callback([&ctx, &exit_code, names] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("server init"); !ok)
                return ctx.report(ok.error());
            std::error_code ec;
            if (!std::filesystem::exists(ctx.store_path(), ec))
                return ctx.report({Errc::store_missing, ctx.store_path()});
            auto id = net::ensure_server_identity(ctx.store_path(), *names);
            if (!id) return ctx.report(id.error());
            const auto& i = id->identity;
            if (ctx.options.json) {
                CliContext::print_json(
                    {{"fingerprint", i.fingerprint}, {"certificate", i.cert_path}});
            } else {
                ctx.say(id->created ? "cli.server_init_done" : "cli.server_init_exists",
                        {i.cert_path, i.fingerprint});
            }
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
