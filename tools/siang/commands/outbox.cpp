// `siang outbox`: a kiosk's outbox from the command line (enrol, submit, sync, status, track),
// on the same code as the kiosk, for the IT person and for tests. Needs no store and no role.
#include "sync/outbox.hpp"

#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <mutex>

#include "case_output.hpp"
#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "draft_input.hpp"
#include "i18n/domain_names.hpp"
#include "sync/enrolment_link.hpp"
#include "sync/office_client.hpp"
#include "sync/uploader.hpp"

namespace siang::cli {
namespace {

using SteadyClock = std::chrono::steady_clock;

// What `submit` waits for its one upload: about the 2 s the kiosk's receipt waits (SPEC §9),
// the link's own timeouts keeping stop() within that too.
constexpr auto submit_upload_wait = std::chrono::milliseconds{1500};
constexpr sync::LinkTimeouts submit_link_timeouts{std::chrono::milliseconds{1000},
                                                  std::chrono::milliseconds{1500}};
// `sync` retries sooner than the kiosk does: someone is watching it.
constexpr sync::UploaderOptions cli_uploader{.first_backoff = std::chrono::milliseconds{250},
                                             .max_backoff = std::chrono::milliseconds{5000}};

domain::TimePoint now_seconds() {
    return std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
}

// The outbox of --dir. One that does not exist yet is a machine not enrolled: `enrol` makes it.
Result<sync::Outbox> open_outbox(const std::string& dir) {
    auto outbox = sync::Outbox::open(dir);
    if (!outbox && outbox.error().code == Errc::store_missing) return fail(Errc::not_enrolled, dir);
    return outbox;
}

sync::Uploader::LinkFactory office_links(sync::LinkTimeouts timeouts) {
    return
        [timeouts](const sync::DeviceCredential& c) -> Result<std::unique_ptr<sync::OfficeLink>> {
            auto link = sync::OfficeClient::connect(c, timeouts);
            if (!link) return std::unexpected(link.error());
            return std::unique_ptr<sync::OfficeLink>(std::move(*link));
        };
}

// Runs an uploader on `dir` until `done()` holds or `deadline` passes; whether it held. `done`
// reads the caller's own outbox connection, checked at each change the uploader reports.
template <class Done>
bool upload_until(const std::string& dir, sync::LinkTimeouts timeouts,
                  SteadyClock::time_point deadline, Done&& done) {
    std::mutex mutex;
    std::condition_variable cv;
    bool changed = false;
    // Declared last, so it stops (and calls back no more) before the rest goes.
    sync::Uploader uploader(dir, office_links(timeouts), cli_uploader, [&] {
        {
            std::lock_guard lock(mutex);
            changed = true;
        }
        cv.notify_all();
    });
    for (;;) {
        if (done()) return true;
        const auto now = SteadyClock::now();
        if (now >= deadline) return false;
        std::unique_lock lock(mutex);
        // Also looks now and then unprompted, in case the change came between two looks.
        cv.wait_until(lock, std::min(deadline, now + std::chrono::milliseconds{200}),
                      [&] { return changed; });
        changed = false;
    }
}

// "2026-11-28", as the office API writes dates.
std::string iso_day(std::chrono::year_month_day d) {
    return domain::format_iso_utc(domain::TimePoint{std::chrono::sys_days{d}}).substr(0, 10);
}

// "25 พ.ย. 2569 14:05", Bangkok time.
std::string local_date_time(domain::TimePoint t, i18n::Lang lang) {
    const auto local = t + domain::bangkok_offset;
    const std::chrono::hh_mm_ss clock{local - std::chrono::floor<std::chrono::days>(local)};
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()));
    return i18n::date_text(domain::local_date(t), lang) + " " + hm;
}

nlohmann::json iso_or_null(const std::optional<domain::TimePoint>& t) {
    return t ? nlohmann::json(domain::format_iso_utc(*t)) : nlohmann::json(nullptr);
}

int run_enrol(CliContext& ctx, const std::string& dir, std::string url, std::string code,
              std::string fingerprint, const std::string& link_text) {
    if (!link_text.empty()) {
        auto link = sync::parse_enrolment_link(link_text);
        if (!link) return ctx.report(link.error());
        url = link->url;
        code = link->code;
        fingerprint = link->fingerprint;
    }
    if (url.empty() || code.empty())
        return ctx.report({Errc::invalid_argument, "URL CODE or --link"});
    if (!sync::normalize_fingerprint(fingerprint))
        return ctx.report({Errc::invalid_argument, "--fingerprint"});
    auto outbox = sync::Outbox::open(dir, true);
    if (!outbox) return ctx.report(outbox.error());
    auto credential = sync::enrol(url, fingerprint, code);
    if (!credential) return ctx.report(credential.error());
    if (auto saved = outbox->save_credential(*credential); !saved) return ctx.report(saved.error());
    if (ctx.options.json)
        CliContext::print_json({{"kiosk", credential->kiosk},
                                {"url", credential->url},
                                {"fingerprint", credential->fingerprint}});
    else
        ctx.say("cli.outbox_enrolled", {credential->url, credential->kiosk});
    return exit_ok;
}

int run_submit(CliContext& ctx, const std::string& dir, const DraftArgs& args) {
    auto valid = validated_draft(args, ctx.config().directory);
    if (!valid) return ctx.report(valid.error());
    auto outbox = open_outbox(dir);
    if (!outbox) return ctx.report(outbox.error());
    auto receipt = outbox->file(*valid, now_seconds(), ctx.config().directory);
    if (!receipt) return ctx.report(receipt.error());
    // Committed: from here on the filing is the outbox's to deliver, whatever the upload does.
    std::optional<domain::CaseNumber> number;
    auto numbered = [&] {
        auto n = outbox->case_number_of(receipt->uuid);
        if (n && *n) number = **n;
        return number.has_value();
    };
    if (outbox->credential())
        upload_until(dir, submit_link_timeouts, SteadyClock::now() + submit_upload_wait, numbered);
    if (ctx.options.json)
        CliContext::print_json(
            {{"uuid", receipt->uuid},
             {"tracking_code", receipt->code.str()},
             {"case_number", number ? nlohmann::json(number->str()) : nlohmann::json(nullptr)}});
    else if (number)
        ctx.say("cli.submitted", {number->str(), receipt->code.grouped()});
    else
        ctx.say("cli.outbox_filed_pending",
                {receipt->code.grouped(), i18n::date_text(receipt->due_date, ctx.lang())});
    return exit_ok;
}

int run_sync(CliContext& ctx, const std::string& dir, int wait_seconds) {
    auto outbox = open_outbox(dir);
    if (!outbox) return ctx.report(outbox.error());
    auto credential = outbox->credential();
    if (!credential) return ctx.report(credential.error());
    Result<sync::OutboxStatus> status = fail(Errc::internal, "no status");
    auto drained = [&] {
        status = outbox->status();
        return status && status->pending == 0;
    };
    const bool done =
        upload_until(dir, {}, SteadyClock::now() + std::chrono::seconds{wait_seconds}, drained);
    if (!status) return ctx.report(status.error());
    if (done) {
        if (ctx.options.json)
            CliContext::print_json({{"pending", 0},
                                    {"quarantined", status->quarantined},
                                    {"last_success", iso_or_null(status->last_success)}});
        else if (status->quarantined > 0)
            ctx.say("cli.outbox_synced_with_quarantine", {std::to_string(status->quarantined)});
        else
            ctx.say("cli.outbox_synced", {});
        return exit_ok;
    }
    // Waited long enough: what is left stays in the outbox; the last error says why.
    if (!ctx.options.json)
        std::cerr << "siang: "
                  << i18n::format(i18n::tr("cli.outbox_sync_unfinished", ctx.lang()),
                                  {std::to_string(status->pending)})
                  << '\n';
    (void)ctx.report(status->last_error.value_or(Error{Errc::server_unreachable, credential->url}));
    return exit_network;
}

int run_status(CliContext& ctx, const std::string& dir) {
    auto outbox = open_outbox(dir);
    if (!outbox) return ctx.report(outbox.error());
    auto status = outbox->status();
    if (!status) return ctx.report(status.error());
    auto held = outbox->quarantined();
    if (!held) return ctx.report(held.error());
    if (ctx.options.json) {
        nlohmann::json filings = nlohmann::json::array();
        for (const auto& [uuid, why] : *held)
            filings.push_back({{"uuid", uuid}, {"error", ctx.error_json(why)}});
        CliContext::print_json(
            {{"pending", status->pending},
             {"quarantined", status->quarantined},
             {"last_success", iso_or_null(status->last_success)},
             {"last_error",
              status->last_error ? ctx.error_json(*status->last_error) : nlohmann::json(nullptr)},
             {"quarantined_filings", filings}});
        return exit_ok;
    }
    const std::string last = status->last_success
                                 ? local_date_time(*status->last_success, ctx.lang())
                                 : std::string(i18n::tr("cli.outbox_never", ctx.lang()));
    ctx.say("cli.outbox_status",
            {std::to_string(status->pending), std::to_string(status->quarantined), last});
    if (status->pending > 0 && status->last_error)
        ctx.say("cli.outbox_last_error", {i18n::report_error(*status->last_error, ctx.lang())});
    for (const auto& [uuid, why] : *held)
        ctx.say("cli.outbox_quarantined_filing", {uuid, i18n::report_error(why, ctx.lang())});
    return exit_ok;
}

int run_track(CliContext& ctx, const std::string& dir, const std::string& code_text) {
    auto code = domain::parse_tracking_code(code_text);
    if (!code) return ctx.report(code.error());
    auto outbox = open_outbox(dir);
    if (!outbox) return ctx.report(outbox.error());
    auto here = outbox->find_pending(*code);
    if (!here) return ctx.report(here.error());
    if (*here) {
        // Still waiting here: answered without the network.
        const sync::Receipt& r = **here;
        if (ctx.options.json)
            CliContext::print_json({{"status", "sending"},
                                    {"filed_at", domain::format_iso_utc(r.filed_at)},
                                    {"due_date", iso_day(r.due_date)}});
        else
            ctx.say("cli.outbox_track_here",
                    {i18n::date_text(domain::local_date(r.filed_at), ctx.lang()),
                     i18n::date_text(r.due_date, ctx.lang())});
        return exit_ok;
    }
    auto credential = outbox->credential();
    if (!credential) return ctx.report(credential.error());
    auto link = sync::OfficeClient::connect(*credential);
    if (!link) return ctx.report(link.error());
    auto status = (*link)->track(*code);
    if (!status) {
        if (status.error().code != Errc::server_unreachable) return ctx.report(status.error());
        // Plainly, as the kiosk says it: nothing here is about a filing being kept.
        const std::string message{i18n::tr("cli.outbox_track_unreachable", ctx.lang())};
        std::cerr << "siang: " << message << '\n';
        if (ctx.options.json)
            CliContext::print_json({{"error", "server_unreachable"}, {"message", message}});
        return exit_network;
    }
    print_tracked(*status, ctx.options.json, ctx.config().directory, ctx.lang());
    return exit_ok;
}

}  // namespace

void add_outbox_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* outbox = app.add_subcommand(
        "outbox", "A kiosk's outbox: enrol with the office server, file, upload, status, track");
    outbox->require_subcommand(1);
    auto dir = std::make_shared<std::string>();
    outbox->add_option("--dir", *dir, "The outbox folder (made 0700 by enrol)")->required();

    struct EnrolArgs {
        std::string url, code, fingerprint, link;
    };
    auto e = std::make_shared<EnrolArgs>();
    auto* enrol = outbox->add_subcommand(
        "enrol", "Exchange a one-time code from `siang kiosk add` for this outbox's credential");
    auto* url = enrol->add_option("URL", e->url, "The office server, https://host:port");
    enrol->add_option("CODE", e->code, "The one-time enrolment code");
    auto* fp =
        enrol->add_option("--fingerprint", e->fingerprint,
                          "The server certificate's SHA-256 (64 hex digits, colons allowed)");
    auto* link = enrol->add_option(
        "--link", e->link, "The enrolment QR's line instead of URL, CODE and --fingerprint");
    link->excludes(url)->excludes(fp);
    enrol->callback([&ctx, &exit_code, dir, e] {
        run_command(ctx, exit_code,
                    [&] { return run_enrol(ctx, *dir, e->url, e->code, e->fingerprint, e->link); });
    });

    auto draft = std::make_shared<DraftArgs>();
    auto* submit = outbox->add_subcommand(
        "submit",
        "File an item into the outbox (the options of `siang submit`) and try to send it");
    add_draft_options(*submit, *draft);
    submit->callback([&ctx, &exit_code, dir, draft] {
        run_command(ctx, exit_code, [&] { return run_submit(ctx, *dir, *draft); });
    });

    auto wait = std::make_shared<int>(30);
    auto* sync_cmd = outbox->add_subcommand(
        "sync", "Upload until nothing is pending (exit 0) or the wait is over (exit 9)");
    sync_cmd->add_option("--wait", *wait, "Seconds to keep trying (default 30)")
        ->check(CLI::Range(0, 86400));
    sync_cmd->callback([&ctx, &exit_code, dir, wait] {
        run_command(ctx, exit_code, [&] { return run_sync(ctx, *dir, *wait); });
    });

    auto* status = outbox->add_subcommand(
        "status", "Pending and quarantined filings, the last successful upload");
    status->callback([&ctx, &exit_code, dir] {
        run_command(ctx, exit_code, [&] { return run_status(ctx, *dir); });
    });

    auto code = std::make_shared<std::string>();
    auto* track = outbox->add_subcommand(
        "track",
        "A case's status by tracking code: from this outbox while still here, else asked "
        "of the office");
    track->add_option("CODE", *code, "Tracking code")->required();
    track->callback([&ctx, &exit_code, dir, code] {
        run_command(ctx, exit_code, [&] { return run_track(ctx, *dir, *code); });
    });
}

}  // namespace siang::cli
