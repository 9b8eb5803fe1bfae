// `siang kiosk`: kiosks of the office network (SPEC §9) — add (a one-time enrolment code, also as
// a QR), list, revoke, and the filings the server set aside. Administrators only.
#include <fmt/format.h>

#include <iostream>

#include "commands/commands.hpp"
#include "config/listen_address.hpp"
#include "net/server_identity.hpp"
#include "qr/qr_bitmap.hpp"
#include "qr/qr_matrix.hpp"
#include "sync/enrolment_link.hpp"
#include "sync/staff_wire_admin.hpp"
#include "terminal_text.hpp"

namespace siang::cli {
namespace {

// The URL a kiosk on the same box reaches the office API at (config::office_url); the built-in
// default address when the configuration's cannot be read.
std::string default_url(const std::string& listen) {
    auto address = config::parse_listen_address(listen);
    return config::office_url(address.value_or(config::ListenAddress{"127.0.0.1", 8443}));
}

domain::TimePoint now() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

// "25 พ.ย. 2569 10:05" / "25 Nov 2569 10:05" in Bangkok time.
std::string local_time(domain::TimePoint t, i18n::Lang lang) {
    const auto local = t + domain::bangkok_offset;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss hms{local - day};
    return fmt::format("{} {:02}:{:02}",
                       domain::format_thai_date(domain::local_date(t), lang == i18n::Lang::en),
                       hms.hours().count(), hms.minutes().count());
}

std::string time_text(const std::optional<domain::TimePoint>& t, i18n::Lang lang) {
    return t ? local_time(*t, lang) : "-";
}

}  // namespace

void add_kiosk_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* kiosk = app.add_subcommand("kiosk", "Kiosks enrolled to the office server (admin only)");
    kiosk->require_subcommand(1);
    struct Args {
        std::string name, url, out, outbox = "DIR";
    };
    auto a = std::make_shared<Args>();

    auto* add = kiosk->add_subcommand(
        "add", "Make a one-time enrolment code (valid 24 h) for a kiosk, also as a QR");
    add->add_option("NAME", a->name, "Kiosk name: 1–32 of A-Z a-z 0-9 . _ -")->required();
    add->add_option("--url", a->url,
                    "The office server's URL as kiosks reach it, e.g. https://192.168.1.10:8443 "
                    "(default: the configuration's [server] listen address)");
    add->add_option("-o,--output", a->out, "Also write the enrolment QR to this PNG file");
    add->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("kiosk add"); !ok)
                return ctx.report(ok.error());
            auto identity = net::load_server_identity(ctx.store_path());
            if (!identity) return ctx.report(identity.error());
            const std::string* fingerprint = &identity->fingerprint;
            if (a->url.empty()) a->url = default_url(ctx.config().server.listen);
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            auto e = s->add_kiosk_enrolment(a->name, now(), ctx.actor());
            if (!e) return ctx.report(e.error());
            const sync::EnrolmentLink link{a->url, e->code, *fingerprint};
            if (!a->out.empty()) {
                auto matrix = qr::encode_qr(sync::encode_enrolment_link(link));
                if (!matrix) return ctx.report(matrix.error());
                if (auto ok = qr::write_png(qr::render_qr(*matrix, 600), a->out); !ok)
                    return ctx.report(ok.error());
            }
            const std::string command = "siang-kiosk --outbox " + a->outbox + " --enrol " + a->url +
                                        " " + e->code + " --fingerprint " + *fingerprint;
            if (ctx.options.json) {
                // The API's offer (POST /api/v1/staff/kiosks), and the command to run.
                nlohmann::json out = sync::kiosk_offer_json(
                    {e->name, e->code, a->url, *fingerprint, e->expires_at});
                out["kiosk_command"] = command;
                if (!a->out.empty()) out["qr"] = a->out;
                CliContext::print_json(out);
            } else {
                ctx.say("cli.kiosk_added", {e->name, local_time(e->expires_at, ctx.lang())});
                std::cout << "  " << e->code << '\n';
                ctx.say("cli.kiosk_server", {a->url, *fingerprint});
                ctx.say("cli.kiosk_command", {command});
                if (!a->out.empty()) ctx.say("cli.qr_written", {a->out});
            }
            return int{exit_ok};
        });
    });

    auto* list = kiosk->add_subcommand("list", "Kiosks: enrolled, last contact, filings, backlog, quarantined by the server");
    list->callback([&ctx, &exit_code] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("kiosk list"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            auto kiosks = s->list_kiosks();
            if (!kiosks) return ctx.report(kiosks.error());
            nlohmann::json out = nlohmann::json::array();
            for (const auto& k : *kiosks) {
                if (ctx.options.json) {
                    out.push_back(sync::kiosk_record_json(k));
                } else {
                    const auto state =
                        k.revoked_at     ? std::string(i18n::tr("cli.kiosk_revoked", ctx.lang()))
                        : !k.enrolled_at ? std::string(i18n::tr("cli.kiosk_waiting", ctx.lang()))
                                         : std::string{};
                    std::cout << pad(k.name, 16) << pad(time_text(k.enrolled_at, ctx.lang()), 22)
                              << pad(time_text(k.last_contact, ctx.lang()), 22)
                              << pad(std::to_string(k.filings_received), 8)
                              << pad(std::to_string(k.backlog_pending) + "/" +
                                         std::to_string(k.backlog_quarantined),
                                     8)
                              << pad(std::to_string(k.quarantined_by_server), 6)
                              << state << '\n';
                }
            }
            if (ctx.options.json) CliContext::print_json(out);
            return int{exit_ok};
        });
    });

    auto* revoke =
        kiosk->add_subcommand("revoke", "Refuse a kiosk's requests from now on (its filings stay)");
    revoke->add_option("NAME", a->name, "Kiosk name")->required();
    revoke->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("kiosk revoke"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            if (auto ok = s->revoke_kiosk(a->name, now(), ctx.actor()); !ok)
                return ctx.report(ok.error());
            if (ctx.options.json)
                CliContext::print_json({{"kiosk", a->name}, {"revoked", true}});
            else
                ctx.say("cli.kiosk_revoked_done", {a->name});
            return int{exit_ok};
        });
    });

    auto* quarantine = kiosk->add_subcommand(
        "quarantine", "Filings the server set aside, and cases waiting for a new tracking code");
    quarantine->callback([&ctx, &exit_code] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("kiosk quarantine"); !ok)
                return ctx.report(ok.error());
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            auto held = s->list_quarantine();
            if (!held) return ctx.report(held.error());
            auto reissue = s->codes_to_reissue();
            if (!reissue) return ctx.report(reissue.error());
            if (ctx.options.json) {
                CliContext::print_json(sync::quarantine_json({*held, *reissue}));
                return int{exit_ok};
            }
            if (held->empty() && reissue->empty()) ctx.say("cli.kiosk_quarantine_empty", {});
            for (const auto& q : *held)
                std::cout << pad(local_time(q.received_at, ctx.lang()), 22) << pad(q.kiosk, 16)
                          << q.uuid << "  " << q.error << (q.field.empty() ? "" : " " + q.field)
                          << (q.existing_case ? " " + q.existing_case->str() : "") << '\n';
            for (const auto& c : *reissue)
                ctx.say("cli.kiosk_code_to_reissue", {c.number.str(), c.number.str()});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
