// `siang doctor [--json]`: what is wrong with this installation, in plain words (SPEC §14). Exit
// 0 when nothing needs action, 1 when a check failed or warns.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands.hpp"
#include "config/listen_address.hpp"
#include "doctor/doctor_checks.hpp"
#include "doctor/kiosk_enrolment_check.hpp"
#include "i18n/catalog.hpp"
#include "store/backup_record.hpp"
#include "store/store_files.hpp"

namespace siang::cli {
namespace {

namespace fs = std::filesystem;

// Where siang-kiosk.service keeps its outbox (packaging/systemd/siang-kiosk.service).
constexpr const char* kiosk_package_outbox = "/var/lib/siang-kiosk/outbox";

struct DoctorOptions {
    std::string backup_dir;  // empty: backups/ beside the store
    std::string outbox_dir;  // empty: the kiosk package's outbox when this machine has one
    bool no_server = false;
};

// A row's sentence: its catalogue entry filled with its arguments (at most three).
std::string sentence(const doctor::Row& r, i18n::Lang lang) {
    const std::string_view pattern = i18n::tr(r.message, lang);
    const auto& a = r.args;
    switch (a.size()) {
        case 0: return i18n::format(pattern, {});
        case 1: return i18n::format(pattern, {a[0]});
        case 2: return i18n::format(pattern, {a[0], a[1]});
        default: return i18n::format(pattern, {a[0], a[1], a[2]});
    }
}

int run_doctor(CliContext& ctx, const DoctorOptions& o) {
    doctor::Installation in;
    in.store_path = ctx.store_path();
    in.key_path = in.store_path + ".key";
    in.cert_path = store::server_cert_path(in.store_path);
    in.backup_dir = !o.backup_dir.empty() ? o.backup_dir : store::default_backup_dir(in.store_path);
    if (!o.no_server) {
        in.server_url = ctx.server_url();
        in.fingerprint = ctx.server_fingerprint();
        if (in.server_url.empty()) {
            if (auto at = config::parse_listen_address(ctx.config().server.listen))
                in.server_url = config::office_url(*at);
        }
    }
    in.now = std::chrono::system_clock::now();

    std::vector<doctor::Row> rows{doctor::check_store(in), doctor::check_key(in),
                                  doctor::check_certificate(in)};
    for (auto& r : doctor::check_server_and_clock(in)) rows.push_back(std::move(r));
    rows.push_back(doctor::check_printer(ctx.config().printer));
    rows.push_back(doctor::check_disk(in));
    rows.push_back(doctor::check_backup(in));
    std::string outbox = o.outbox_dir;
    if (std::error_code ec; outbox.empty() && fs::exists(kiosk_package_outbox, ec))
        outbox = kiosk_package_outbox;
    rows.push_back(doctor::check_kiosk_enrolment(o.no_server ? std::string() : outbox));
    for (auto& r : doctor::check_units()) rows.push_back(std::move(r));

    const i18n::Lang lang = ctx.lang();
    bool action = false;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : rows) {
        if (r.verdict == doctor::Verdict::fail || r.verdict == doctor::Verdict::warn) action = true;
        std::string text = sentence(r, lang);
        if (r.cause) text += " " + i18n::report_error(*r.cause, lang);
        if (ctx.options.json) {
            out.push_back({{"check", r.check},
                           {"verdict", doctor::verdict_name(r.verdict)},
                           {"message", text},
                           {"code", r.message}});
            continue;
        }
        const char* mark = r.verdict == doctor::Verdict::ok     ? "ok  "
                           : r.verdict == doctor::Verdict::warn ? "WARN"
                           : r.verdict == doctor::Verdict::fail ? "FAIL"
                                                                : "--  ";
        const std::string label_key = "doctor.check." + r.check.substr(0, r.check.find(' '));
        std::printf("%s  %s: %s\n", mark, std::string(i18n::tr(label_key, lang)).c_str(),
                    text.c_str());
    }
    if (ctx.options.json)
        CliContext::print_json({{"checks", out}, {"action_needed", action}});
    else
        std::printf("%s\n",
                    std::string(i18n::tr(action ? "doctor.action_needed" : "doctor.all_well", lang))
                        .c_str());
    return action ? exit_failure : exit_ok;
}

}  // namespace

void add_doctor_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* doctor = app.add_subcommand(
        "doctor", "What is wrong with this installation: store, key, certificate, server, clock, "
                  "disk, backups, units (exit 1 when something needs action)");
    auto o = std::make_shared<DoctorOptions>();
    doctor->add_option("--backups", o->backup_dir,
                       "The backup folder (default: backups/ beside the store)");
    doctor->add_flag("--no-server", o->no_server, "Do not ask the office server (nor the clock)");
    doctor->add_option("--outbox", o->outbox_dir,
                       "A kiosk's outbox: enrolled and accepted by the office? (default: "
                       "/var/lib/siang-kiosk/outbox when it exists)");
    doctor->callback([&ctx, &exit_code, o] {
        run_command(ctx, exit_code, [&] { return run_doctor(ctx, *o); });
    });
}

}  // namespace siang::cli
