// `siang submit`: files an item from options or a JSON object, prints its case number and code.
#include <fstream>
#include <iostream>
#include <iterator>

#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::cli {
namespace {

struct SubmitArgs {
    std::string kind, subject, details, service, division, location, when;
    std::string name, phone, email, address;
    std::string input;  // JSON file or "-" for stdin
};

// Reads the fields of a JSON object into args; unknown keys are refused so typos do not pass.
Result<void> read_json(const std::string& source, SubmitArgs& a) {
    std::string text;
    if (source == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), {});
    } else {
        std::ifstream in(source, std::ios::binary);
        if (!in) return fail(Errc::io_error, source);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
        return fail(Errc::invalid_argument, "input is not a JSON object");
    const std::pair<const char*, std::string*> fields[] = {
        {"kind", &a.kind},       {"subject", &a.subject},   {"details", &a.details},
        {"service", &a.service}, {"division", &a.division}, {"location", &a.location},
        {"when", &a.when},       {"name", &a.name},         {"phone", &a.phone},
        {"email", &a.email},     {"address", &a.address}};
    for (const auto& [key, value] : j.items()) {
        std::string* target = nullptr;
        for (const auto& [name, field] : fields)
            if (key == name) target = field;
        if (!target) return fail(Errc::invalid_argument, "unknown field \"" + key + "\"");
        if (!value.is_string())
            return fail(Errc::invalid_argument, "\"" + key + "\" must be a string");
        *target = value.get<std::string>();
    }
    return {};
}

int run_submit(CliContext& ctx, SubmitArgs a) {
    if (!a.input.empty())
        if (auto ok = read_json(a.input, a); !ok) return ctx.report(ok.error());
    auto kind = domain::parse_kind(a.kind);
    if (!kind) return ctx.report({Errc::unknown_kind, a.kind});
    domain::Draft d;
    d.kind = *kind;
    d.subject = a.subject;
    d.details = a.details;
    d.service = a.service;
    d.division = a.division;
    d.location = a.location;
    d.contact = {a.name, a.phone, a.email, a.address};
    if (!a.when.empty()) {
        auto date = domain::parse_date(a.when);
        if (!date) return ctx.report({Errc::invalid_date, a.when});
        d.occurred_on = *date;
    }
    auto valid = domain::validate_draft(std::move(d), ctx.config().directory);
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
    auto a = std::make_shared<SubmitArgs>();
    cmd->add_option("--kind", a->kind, "eservice | suggestion | complaint | corruption");
    cmd->add_option("--subject", a->subject, "Short subject (≤ 200 characters)");
    cmd->add_option("--details", a->details, "Details (≤ 5,000 characters)");
    cmd->add_option("--service", a->service, "Service code from the catalogue");
    cmd->add_option("--division", a->division, "Division code");
    cmd->add_option("--location", a->location, "Village, road, landmark");
    cmd->add_option(
        "--when", a->when,
        "Date it happened, YYYY-MM-DD (CE or BE); not in the future, not before 2500 BE");
    cmd->add_option("--name", a->name, "Contact name (omit name and phone to file anonymously)");
    cmd->add_option("--phone", a->phone, "Contact phone");
    cmd->add_option("--email", a->email, "Contact email");
    cmd->add_option("--address", a->address, "Contact address");
    cmd->add_option("--input", a->input,
                    "Read the fields from a JSON object in FILE, or - for stdin");
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] { return run_submit(ctx, *a); });
    });
}

}  // namespace siang::cli
