// `siang check` and `siang audit verify`: is the store sound, is the audit chain unbroken?
#include <iostream>

#include "commands/commands.hpp"

namespace siang::cli {
namespace {

// Both reports name audit rows, and the log grows with every filing: its size over time would
// time each corruption complaint hidden from a clerk (SPEC §5). So they are an administrator's.
int run_check(CliContext& ctx) {
    auto s = ctx.open_store();
    if (!s) return ctx.report(s.error());
    if (auto ok = ctx.require_store_administrator("check"); !ok) return ctx.report(ok.error());
    auto r = s->check();
    if (!r) return ctx.report(r.error());
    store::Query all;
    all.limit = 1;
    all.count_total = true;
    auto page = s->list(all, ctx.viewer());
    std::size_t cases = page && page->total ? *page->total : 0;
    if (ctx.options.json)
        CliContext::print_json(
            {{"ok", r->ok()},
             {"cases", cases},
             {"integrity_problems", r->integrity_problems},
             {"foreign_key_problems", r->foreign_key_problems},
             {"audit_rows", r->audit.rows},
             {"audit_trigger_problems", r->audit_trigger_problems},
             {"damaged_values", r->damaged_values},
             {"wal_problem",
              r->wal_problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(r->wal_problem)},
             {"audit_first_broken", r->audit.first_broken ? nlohmann::json(*r->audit.first_broken)
                                                          : nlohmann::json(nullptr)}});
    for (const auto& p : r->integrity_problems) std::cerr << "siang: integrity: " << p << '\n';
    for (const auto& p : r->foreign_key_problems) std::cerr << "siang: foreign key: " << p << '\n';
    for (const auto& t : r->audit_trigger_problems)
        std::cerr << "siang: " << i18n::format(i18n::tr("cli.check_trigger", ctx.lang()), {t})
                  << '\n';
    for (const auto& v : r->damaged_values)
        std::cerr << "siang: " << i18n::format(i18n::tr("cli.check_damaged", ctx.lang()), {v})
                  << '\n';
    if (!r->wal_problem.empty()) ctx.report({Errc::store_wal_damaged, r->wal_problem}, false);
    if (!r->damaged_values.empty())
        ctx.report({Errc::store_damaged_value, r->damaged_values.front()}, false);
    if (r->audit.first_broken) {
        return ctx.report({Errc::audit_broken, std::to_string(*r->audit.first_broken)}, false);
    }
    if (!r->ok()) {
        if (!r->integrity_problems.empty() || !r->foreign_key_problems.empty())
            ctx.report({Errc::store_corrupt, ctx.store_path()}, false);
        return exit_integrity;
    }
    ctx.say("cli.check_ok", {std::to_string(cases), std::to_string(r->audit.rows)});
    return exit_ok;
}

int run_audit_verify(CliContext& ctx) {
    auto s = ctx.open_store();
    if (!s) return ctx.report(s.error());
    if (auto ok = ctx.require_store_administrator("audit"); !ok) return ctx.report(ok.error());
    auto r = s->verify_audit();
    if (!r) return ctx.report(r.error());
    if (ctx.options.json)
        CliContext::print_json({{"ok", r->ok()},
                                {"rows", r->rows},
                                {"first_broken", r->first_broken ? nlohmann::json(*r->first_broken)
                                                                 : nlohmann::json(nullptr)}});
    if (r->first_broken) {
        return ctx.report({Errc::audit_broken, std::to_string(*r->first_broken)}, false);
    }
    ctx.say("cli.audit_ok", {std::to_string(r->rows)});
    return exit_ok;
}

}  // namespace

void add_check_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* check =
        app.add_subcommand("check", "Check the store: SQLite integrity, foreign keys, audit chain");
    check->callback([&] { run_command(ctx, exit_code, [&] { return run_check(ctx); }); });

    auto* audit = app.add_subcommand("audit", "The append-only, hash-chained audit log");
    audit->require_subcommand(1);
    auto* verify =
        audit->add_subcommand("verify", "Verify the hash chain; names the first altered row");
    verify->callback([&] { run_command(ctx, exit_code, [&] { return run_audit_verify(ctx); }); });
}

}  // namespace siang::cli
