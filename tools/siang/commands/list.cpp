// `siang list`: the queue with filters, search and paging.
#include <iostream>

#include "case_output.hpp"
#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::cli {
namespace {

struct ListArgs {
    std::string kind, status, division, service, from, to, search, sort = "newest";
    bool overdue = false;
    int limit = 50;
    int offset = 0;
};

Result<store::Query> make_query(const ListArgs& a) {
    store::Query q;
    if (!a.kind.empty()) {
        q.kind = domain::parse_kind(a.kind);
        if (!q.kind) return fail(Errc::unknown_kind, a.kind);
    }
    if (!a.status.empty()) {
        q.status = domain::parse_status(a.status);
        if (!q.status) return fail(Errc::unknown_status, a.status);
    }
    if (!a.division.empty()) q.division = a.division;
    if (!a.service.empty()) q.service = a.service;
    if (!a.from.empty()) {
        q.from = domain::parse_date(a.from);
        if (!q.from) return fail(Errc::invalid_date, a.from);
    }
    if (!a.to.empty()) {
        q.to = domain::parse_date(a.to);
        if (!q.to) return fail(Errc::invalid_date, a.to);
    }
    if (a.sort == "newest")
        q.sort = store::Sort::newest;
    else if (a.sort == "oldest")
        q.sort = store::Sort::oldest;
    else if (a.sort == "due")
        q.sort = store::Sort::due_soonest;
    else
        return fail({.code = Errc::invalid_argument, .detail = a.sort, .field = "sort"});
    if (a.limit < 1 || a.limit > 10000)
        return fail(
            {.code = Errc::invalid_argument, .detail = std::to_string(a.limit), .field = "limit"});
    if (a.offset < 0)
        return fail({.code = Errc::invalid_argument,
                     .detail = std::to_string(a.offset),
                     .field = "offset"});
    q.overdue_only = a.overdue;
    q.search = a.search;
    q.limit = a.limit;
    q.offset = a.offset;
    q.count_total = true;
    return q;
}

int run_list(CliContext& ctx, const ListArgs& a) {
    auto q = make_query(a);
    if (!q) return ctx.report(q.error());
    auto office = ctx.office();
    if (!office) return ctx.report(office.error());
    auto page = (*office)->list(*q, ctx.viewer());
    if (!page) return ctx.report(page.error());
    if (ctx.options.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& r : page->rows) rows.push_back(to_json(r));
        CliContext::print_json({{"total", page->total ? nlohmann::json(*page->total) : nullptr},
                                {"offset", a.offset},
                                {"rows", rows}});
    } else {
        print_rows(std::cout, page->rows, ctx.config().directory, ctx.lang());
        if (page->total)
            std::cout << i18n::tr("col.total", ctx.lang()) << ": " << *page->total << '\n';
    }
    return exit_ok;
}

}  // namespace

void add_list_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd =
        app.add_subcommand("list", "List cases with filters, Thai full-text search and paging");
    auto a = std::make_shared<ListArgs>();
    cmd->add_option("--kind", a->kind, "eservice | suggestion | complaint | corruption");
    cmd->add_option("--status", a->status,
                    "received | in_review | in_progress | forwarded | resolved | rejected");
    cmd->add_option("--division", a->division, "Division code");
    cmd->add_option("--service", a->service, "Service code");
    cmd->add_option("--from", a->from, "Filed on or after YYYY-MM-DD");
    cmd->add_option("--to", a->to, "Filed on or before YYYY-MM-DD");
    cmd->add_flag("--overdue", a->overdue, "Only open cases past their due date");
    cmd->add_option("--search", a->search,
                    "Words in the subject or details (Thai works without spaces)");
    cmd->add_option("--sort", a->sort, "newest | oldest | due");
    cmd->add_option("--limit", a->limit, "Rows per page (default 50)");
    cmd->add_option("--offset", a->offset, "Rows to skip");
    cmd->callback(
        [&ctx, &exit_code, a] { run_command(ctx, exit_code, [&] { return run_list(ctx, *a); }); });
}

}  // namespace siang::cli
