// The checks of `siang doctor`: files and modes, the store's open-time check, the certificate's
// expiry (OpenSSL), one pinned request to the office API, statvfs, the backup's result file,
// systemctl.
#include "doctor/doctor_checks.hpp"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <locale>
#include <memory>
#include <sstream>

#include "i18n/catalog.hpp"
#include "print/slip_printer.hpp"
#include "net/http_client.hpp"
#include "net/server_identity.hpp"
#include "store/backup_record.hpp"
#include "store/store.hpp"

namespace siang::cli::doctor {
namespace {

namespace fs = std::filesystem;

std::string octal(unsigned mode) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04o", mode & 07777u);
    return buf;
}

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};

// Seconds from `now` to the certificate's notAfter, or nothing when it cannot be read.
std::optional<long long> seconds_left(const std::string& pem) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) return std::nullopt;
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) return std::nullopt;
    int days = 0, secs = 0;
    if (ASN1_TIME_diff(&days, &secs, nullptr, X509_get0_notAfter(cert.get())) != 1)
        return std::nullopt;
    return static_cast<long long>(days) * 86400 + secs;
}

// An HTTP Date ("Wed, 02 Dec 2026 14:00:00 GMT") as a time point.
std::optional<std::chrono::system_clock::time_point> parse_http_date(const std::string& text) {
    std::tm tm{};
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    in >> std::get_time(&tm, "%a, %d %b %Y %H:%M:%S");
    if (in.fail()) return std::nullopt;
    const time_t t = ::timegm(&tm);
    if (t == static_cast<time_t>(-1)) return std::nullopt;
    return std::chrono::system_clock::from_time_t(t);
}

}  // namespace

const char* verdict_name(Verdict v) {
    switch (v) {
        case Verdict::ok: return "ok";
        case Verdict::warn: return "warn";
        case Verdict::fail: return "fail";
        case Verdict::skipped: return "skipped";
    }
    return "fail";
}

std::optional<unsigned> too_open_mode(const std::string& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    if ((st.st_mode & 077u) == 0) return std::nullopt;
    return static_cast<unsigned>(st.st_mode);
}

Row check_store(const Installation& in) {
    std::error_code ec;
    if (!fs::exists(in.store_path, ec))
        return {"store", Verdict::fail, "doctor.store_missing", {in.store_path}};
    if (auto m = too_open_mode(in.store_path))
        return {"store", Verdict::fail, "doctor.store_mode", {in.store_path, octal(*m)}};
    // Opening runs the store's quick integrity check and migrations; read-only use, nothing written.
    auto s = store::Store::open(in.store_path, {});
    if (!s) return {"store", Verdict::fail, "doctor.store_broken", {in.store_path}, s.error()};
    return {"store", Verdict::ok, "doctor.store_ok", {in.store_path}};
}

Row check_key(const Installation& in) {
    std::error_code ec;
    if (!fs::exists(in.key_path, ec))
        return {"key", Verdict::fail, "doctor.key_missing", {in.key_path}};
    if (auto m = too_open_mode(in.key_path))
        return {"key", Verdict::fail, "doctor.key_mode", {in.key_path, octal(*m)}};
    return {"key", Verdict::ok, "doctor.key_ok", {in.key_path}};
}

Row check_certificate(const Installation& in) {
    std::error_code ec;
    if (!fs::exists(in.cert_path, ec))
        return {"certificate", Verdict::skipped, "doctor.cert_none", {in.cert_path}};
    auto left = seconds_left(read_file(in.cert_path));
    if (!left) return {"certificate", Verdict::fail, "doctor.cert_unreadable", {in.cert_path}};
    const long long days = *left / 86400;
    if (*left <= 0) return {"certificate", Verdict::fail, "doctor.cert_expired", {in.cert_path}};
    if (days < 30)
        return {"certificate", Verdict::warn, "doctor.cert_expires_soon", {std::to_string(days)}};
    return {"certificate", Verdict::ok, "doctor.cert_ok", {std::to_string(days)}};
}

std::vector<Row> check_server_and_clock(const Installation& in) {
    if (in.server_url.empty())
        return {{"server", Verdict::skipped, "doctor.server_unset", {}},
                {"clock", Verdict::skipped, "doctor.clock_unchecked", {}}};
    std::string fp = in.fingerprint;
    if (fp.empty()) {
        auto f = net::certificate_fingerprint(read_file(in.cert_path));
        if (f) fp = *f;
    }
    auto client = net::HttpClient::make({.base_url = in.server_url,
                                         .fingerprint = fp,
                                         .connect_timeout = std::chrono::milliseconds(3000),
                                         .request_timeout = std::chrono::milliseconds(5000)});
    if (!client)
        return {{"server", Verdict::fail, "doctor.server_bad_url", {in.server_url}},
                {"clock", Verdict::skipped, "doctor.clock_unchecked", {}}};
    auto reply = client->get("/healthz");
    if (!reply) {
        const bool untrusted = reply.error().code == Errc::server_untrusted;
        return {{"server", Verdict::fail, untrusted ? "doctor.server_untrusted" : "doctor.server_down",
                 {in.server_url}},
                {"clock", Verdict::skipped, "doctor.clock_unchecked", {}}};
    }
    std::vector<Row> rows{{"server", Verdict::ok, "doctor.server_ok", {in.server_url}}};
    auto date = reply->headers.find("date");
    auto theirs = date == reply->headers.end() ? std::nullopt : parse_http_date(date->second);
    if (!theirs) {
        rows.push_back({"clock", Verdict::skipped, "doctor.clock_unchecked", {}});
        return rows;
    }
    const auto skew = std::chrono::duration_cast<std::chrono::seconds>(in.now - *theirs).count();
    // A Date header has whole seconds and the request took some: 60 s is far beyond both.
    if (std::llabs(skew) > 60)
        rows.push_back({"clock", Verdict::fail, "doctor.clock_skew", {std::to_string(skew)}});
    else
        rows.push_back({"clock", Verdict::ok, "doctor.clock_ok", {std::to_string(skew)}});
    return rows;
}

Row check_printer(const config::Printer& printer) {
    if (!printer.configured()) return {"printer", Verdict::skipped, "doctor.printer_none", {}};
    const std::string where = printer.device.empty() ? printer.address : printer.device;
    auto state = print::probe(printer);
    if (!state) return {"printer", Verdict::fail, "doctor.printer_problem", {where}, state.error()};
    if (*state == print::PrinterState::paper_near_end)
        return {"printer", Verdict::warn, "doctor.printer_paper_low", {where}};
    if (!print::can_print(*state))
        return {"printer", Verdict::fail, "doctor.printer_problem", {where},
                Error{Errc::printer_failed, std::string(print::state_name(*state))}};
    return {"printer", Verdict::ok, "doctor.printer_ready", {where}};
}

Row check_disk(const Installation& in) {
    const fs::path dir = fs::path(in.store_path).parent_path().empty()
                             ? fs::path(".")
                             : fs::path(in.store_path).parent_path();
    struct statvfs v{};
    if (::statvfs(dir.c_str(), &v) != 0)
        return {"disk", Verdict::fail, "doctor.disk_unknown", {dir.string()}};
    const auto total = static_cast<unsigned long long>(v.f_blocks) * v.f_frsize;
    const auto free = static_cast<unsigned long long>(v.f_bavail) * v.f_frsize;
    const std::string mib = std::to_string(free >> 20);
    const double fraction = total ? static_cast<double>(free) / static_cast<double>(total) : 0.0;
    const std::string percent = std::to_string(static_cast<int>(std::floor(fraction * 100.0)));
    if (free < in.disk_min_free_bytes || fraction < in.disk_min_free_fraction)
        return {"disk", Verdict::fail, "doctor.disk_full", {dir.string(), mib, percent}};
    if (fraction < 2 * in.disk_min_free_fraction)
        return {"disk", Verdict::warn, "doctor.disk_low", {dir.string(), mib, percent}};
    return {"disk", Verdict::ok, "doctor.disk_ok", {dir.string(), mib, percent}};
}

Row check_backup(const Installation& in) {
    const auto r = store::read_backup_record(in.backup_dir, in.now, in.backup_max_age);
    const std::string hours = std::to_string(r.age_hours);
    switch (r.state) {
        case store::BackupState::never:
            return {"backup", Verdict::warn, "doctor.backup_never", {in.backup_dir}};
        case store::BackupState::unreadable:
            return {"backup", Verdict::fail, "doctor.backup_unreadable", {r.record}};
        case store::BackupState::failed:
            return {"backup", Verdict::fail, "doctor.backup_failed", {r.at, r.record}};
        case store::BackupState::stale:
            return {"backup", Verdict::fail, "doctor.backup_stale", {hours, r.file}};
        case store::BackupState::ok: break;
    }
    return {"backup", Verdict::ok, "doctor.backup_ok", {hours, r.file}};
}

std::vector<Row> check_units() {
    std::error_code ec;
    if (!fs::exists("/run/systemd/system", ec))
        return {{"units", Verdict::skipped, "doctor.units_no_systemd", {}}};
    std::vector<Row> rows;
    for (const char* unit : {"siang-server.service", "siang-backup.timer", "siang-kiosk.service"}) {
        // Only the units of the packages installed here.
        if (!fs::exists(std::string("/lib/systemd/system/") + unit, ec)) continue;
        const std::string cmd = std::string("systemctl is-active --quiet ") + unit;
        const int status = std::system(cmd.c_str());
        const bool active = status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        rows.push_back({std::string("unit ") + unit, active ? Verdict::ok : Verdict::fail,
                        active ? "doctor.unit_active" : "doctor.unit_inactive", {unit}});
    }
    return rows;
}

}  // namespace siang::cli::doctor
