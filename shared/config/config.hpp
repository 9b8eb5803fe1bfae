// The installation's configuration: municipality, directory, texts, timeouts and kiosk settings.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/directory.hpp"

namespace siang::config {

// Who runs this installation, as shown on the attract screen, receipts and reports.
struct Municipality {
    std::string name_th = "เทศบาลตำบลตัวอย่าง";
    std::string name_en = "Example Subdistrict Municipality";
    std::string logo_path;  // PNG; empty = no logo. Relative paths are from the config file.
    // How to reach the office in person and by phone: one of the channels the corruption-complaint
    // page and the ITA pages name (SPEC §13). Empty: the line is left out.
    std::string address_th;
    std::string address_en;
    std::string phone;  // as it should be dialled and printed, e.g. "0 5312 3456"

    bool operator==(const Municipality&) const = default;
};

// Kiosk timing (SPEC §4): idle prompt, its countdown, receipt screen, wrong-code throttling.
struct Timeouts {
    int inactivity_s = 60;
    int countdown_s = 20;
    int receipt_s = 90;
    int wrong_code_limit = 5;
    int wrong_code_pause_s = 60;
    // Issue 9, help note: seconds the "staff are coming" note shows in full before it shrinks
    // to a badge in the bottom bar (each change, called or acknowledged, shows it again).
    int help_note_s = 20;
    // Issue 11, kiosk sync: how long the submitting screen waits for the office's case number
    // before the receipt shows without it, and how long a lookup at the office may take before
    // the kiosk says it cannot reach the office.
    int case_number_wait_ms = 2000;
    int track_wait_s = 10;

    bool operator==(const Timeouts&) const = default;
};

// One kiosk's own settings.
struct Kiosk {
    std::string name = "kiosk-1";          // shown to staff with its help requests
    std::string accent_color = "#1F6FB2";  // "#RRGGBB", the municipality's colour
    double panel_diagonal_in = 21.5;       // physical size, for 20 mm touch targets
    bool thai_digits = false;              // show ๐–๙ instead of 0–9

    bool operator==(const Kiosk&) const = default;
};

// How corruption complaints are handled, shown before the form (SPEC §4 step 4). steps_th and
// steps_en are translations of each other, step by step.
struct CorruptionGuideline {
    std::vector<std::string> steps_th;
    std::vector<std::string> steps_en;
    std::string unit_th;  // the responsible unit
    std::string unit_en;
    // The time frame it promises is Directory::corruption_target_days, the same value that sets
    // the due date, so the guideline holds no number of its own.

    bool operator==(const CorruptionGuideline&) const = default;
};

// The year's measures that strengthen integrity and prevent corruption inside the office (the ITA
// plan's measure 6), published on the ITA pages and the kiosk's information board (SPEC §13).
// measures_th and measures_en are translations of each other, measure by measure.
struct IntegrityMeasures {
    std::vector<std::string> measures_th;
    std::vector<std::string> measures_en;

    bool operator==(const IntegrityMeasures&) const = default;
};

// PDPA notice texts; empty means the catalogue's standard text is shown.
struct PrivacyNotice {
    std::string text_th;
    std::string text_en;
    // Whom a citizen contacts about their data (a data protection officer, a phone number);
    // empty: the municipality's name.
    std::string contact_th;
    std::string contact_en;

    bool operator==(const PrivacyNotice&) const = default;
};

// siang-server's listeners and their limits (SPEC §9; issue 11). Addresses are "IP:PORT"
// (config/listen_address.hpp).
struct Server {
    std::string listen = "127.0.0.1:8443";         // the office API (HTTPS)
    std::string public_listen = "127.0.0.1:8080";  // the public site (plain HTTP); key "public"
    int max_connections = 256;         // open connections per listener
    int max_connections_per_ip = 32;   // from one client address
    int idle_timeout_s = 15;           // a connection with nothing to say is closed
    int request_deadline_s = 30;       // a whole request, headers and body, must arrive within

    bool operator==(const Server&) const = default;
};

// Where siang-office finds its office server (SPEC §9; issue 12). Both empty on the server box:
// the console connects to https://<[server] listen> and pins the certificate beside the store.
struct Office {
    std::string server;              // "https://192.168.1.10:8443"; empty = this machine's server
    std::string server_fingerprint;  // its certificate's SHA-256 (64 hex digits, colons allowed);
                                     // empty = asked once at the first connection, then remembered

    bool operator==(const Office&) const = default;
};

// The kiosk's receipt printer (SPEC §12; issue 13): an ESC/POS thermal printer on a USB device
// file or at a network address (TCP, port 9100 unless given). Neither set: no printer.
struct Printer {
    std::string device;   // "/dev/usb/lp0"; read back for status
    std::string address;  // "printer-1.office.lan:9100" (host:port, [v6]:port or host)
    int width_dots = 576;  // 576 (80 mm paper) or 384 (58 mm)
    bool cut = true;       // cut the paper after each slip
    bool auto_print = true;  // print as the receipt shows; false: on a tap

    bool configured() const { return !device.empty() || !address.empty(); }
    bool operator==(const Printer&) const = default;
};

// The built-in guideline: the usual steps of a Thai municipality's anti-corruption centre.
CorruptionGuideline default_corruption_guideline();

// The built-in measures: the usual ones of a Thai municipality's integrity plan.
IntegrityMeasures default_integrity_measures();

// Default-constructed, a Config holds the built-in defaults (the same as default_config()).
struct Config {
    Municipality municipality;
    domain::Directory directory = domain::default_directory();
    std::string tracking_base_url;  // QR prefix, e.g. "https://tambon.go.th/track/"; empty = bare
    Timeouts timeouts;
    std::string store_path;  // empty = the default location. Relative paths are from the file.
    Kiosk kiosk;
    CorruptionGuideline corruption_guideline = default_corruption_guideline();
    IntegrityMeasures integrity = default_integrity_measures();
    PrivacyNotice privacy_notice;
    Server server;
    Office office;
    Printer printer;

    bool operator==(const Config&) const = default;
};

// The built-in defaults: a Thai subdistrict municipality with the SPEC §1 divisions and §3
// services, and a corruption-complaint guideline in the usual Thai form.
Config default_config();

// Reads a TOML configuration file over the defaults. An empty path gives the defaults.
// Errors: io_error (file missing or unreadable), config_invalid with detail
// "FILE:LINE: KEY: problem" for syntax errors, unknown keys, wrong types, values out of range and
// services naming an unknown division; the earliest problem in the file is reported.
Result<Config> load_config(const std::string& path);

}  // namespace siang::config
