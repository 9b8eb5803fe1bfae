// `siang`: the administration command line for the IT person, scripts and tests (SPEC §2).
#include <CLI/CLI.hpp>
#include <clocale>
#include <exception>
#include <iostream>

#include "cli_context.hpp"
#include "commands/commands.hpp"
#include "terminal_text.hpp"

namespace {

// Puts a TerminalSafeBuf in front of std::cout and std::cerr for the life of main(), and writes
// out what is pending before the originals come back.
class SafeTerminalOutput {
  public:
    SafeTerminalOutput()
        : out_(std::cout.rdbuf()),
          err_(std::cerr.rdbuf()),
          old_out_(std::cout.rdbuf(&out_)),
          old_err_(std::cerr.rdbuf(&err_)) {}
    SafeTerminalOutput(const SafeTerminalOutput&) = delete;
    SafeTerminalOutput& operator=(const SafeTerminalOutput&) = delete;
    ~SafeTerminalOutput() {
        std::cout.flush();
        std::cerr.flush();
        out_.finish();
        err_.finish();
        std::cout.rdbuf(old_out_);
        std::cerr.rdbuf(old_err_);
    }

  private:
    siang::cli::TerminalSafeBuf out_, err_;
    std::streambuf* old_out_;
    std::streambuf* old_err_;
};

}  // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C.UTF-8");
    using namespace siang::cli;
    using namespace siang;  // the exit codes (core/error.hpp)
    SafeTerminalOutput safe_output;

    CLI::App app{
        "siang: administer the Siang kiosk store (init, submit, list, status, backup, check…)",
        "siang"};
    app.fallthrough();
    app.require_subcommand(1);
    CliContext ctx;
    app.add_option_function<std::string>(
        "--store", [&ctx](const std::string& path) { ctx.options.store_path = path; },
        "SQLite store file (default: $SIANG_STORE, /var/lib/siang/siang.db for root or "
        "the siang user, else ~/.local/share/siang/siang.db)");
    app.add_option("--config", ctx.options.config_path, "TOML configuration file");
    app.add_option("--lang", ctx.options.lang,
                   "Language of messages: th or en (default from LANG)");
    app.add_option("--user", ctx.options.user,
                   "Act as this staff member under their role (password from $SIANG_PASSWORD or a "
                   "prompt); without it, the local administrator");
    app.add_option("--server", ctx.options.server,
                   "Work over the office API at this URL (e.g. https://192.168.1.10:8443) instead "
                   "of the store file: list, show, status, note, reissue-code, export, stats; needs "
                   "--user and --fingerprint (default: [office] server and server_fingerprint in "
                   "the configuration)");
    app.add_option("--fingerprint", ctx.options.fingerprint,
                   "SHA-256 of the server's certificate, as `siang server init --json` prints it");
    app.add_flag("--json", ctx.options.json, "Machine-readable JSON output");

    int exit_code = exit_ok;
    add_init_command(app, ctx, exit_code);
    add_submit_command(app, ctx, exit_code);
    add_show_command(app, ctx, exit_code);
    add_list_command(app, ctx, exit_code);
    add_status_command(app, ctx, exit_code);
    add_note_command(app, ctx, exit_code);
    add_reissue_command(app, ctx, exit_code);
    add_qr_command(app, ctx, exit_code);
    add_print_commands(app, ctx, exit_code);
    add_export_command(app, ctx, exit_code);
    add_stats_command(app, ctx, exit_code);
    add_publish_command(app, ctx, exit_code);
    add_backup_commands(app, ctx, exit_code);
    add_check_commands(app, ctx, exit_code);
    add_demo_command(app, ctx, exit_code);
    add_user_commands(app, ctx, exit_code);
    add_server_commands(app, ctx, exit_code);
    add_kiosk_commands(app, ctx, exit_code);
    add_integration_commands(app, ctx, exit_code);
    add_outbox_commands(app, ctx, exit_code);
    add_doctor_command(app, ctx, exit_code);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? exit_ok : exit_usage;
    } catch (const std::exception& e) {
        // Last resort: every known failure is an error value; anything else still ends as one
        // clear line, never as an abort with a core dump.
        const auto lang =
            ctx.options.lang.empty()
                ? siang::i18n::lang_from_env()
                : siang::i18n::parse_lang(ctx.options.lang).value_or(siang::i18n::Lang::en);
        std::cerr << "siang: "
                  << siang::i18n::format(siang::i18n::tr("cli.unexpected_error", lang), {e.what()})
                  << '\n';
        return exit_failure;
    } catch (...) {
        std::cerr << "siang: "
                  << siang::i18n::format(
                         siang::i18n::tr("cli.unexpected_error", siang::i18n::lang_from_env()),
                         {"?"})
                  << '\n';
        return exit_failure;
    }
    return exit_code;
}
