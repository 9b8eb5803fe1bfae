// Tests for shared/config: defaults, the example file, and errors that name file, line and key.
#include "config/config.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "config/hex_color.hpp"
#include "config/listen_address.hpp"
#include "support/test_dir.hpp"

namespace siang::config {
namespace {

namespace fs = std::filesystem;

// Writes `content` to a fresh siang.toml for this test and returns its path.
std::string write_config(std::string_view content) {
    const fs::path path = siang::testing::test_dir("config_test") / "siang.toml";
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

// The error detail of loading `content`, which must fail with config_invalid.
std::string problem_of(std::string_view content) {
    const std::string path = write_config(content);
    const auto r = load_config(path);
    EXPECT_FALSE(r.has_value());
    if (r) return "<loaded>";
    EXPECT_EQ(r.error().code, Errc::config_invalid) << r.error().detail;
    // Strip the directory so expectations read like the message a person sees.
    const std::string dir = fs::path(path).parent_path().string() + "/";
    std::string detail = r.error().detail;
    if (detail.starts_with(dir)) detail.erase(0, dir.size());
    return detail;
}

// A five-line [[service]] table with every required key; `extra` lines follow it.
std::string service_table(std::string_view code, std::string_view division,
                          std::string_view extra = "") {
    return "[[service]]\ncode = \"" + std::string(code) + "\"\nname_th = \"บริการ\"\n" +
           "name_en = \"Service\"\ndivision = \"" + std::string(division) + "\"\n" +
           std::string(extra);
}

TEST(Config, DefaultsAreThoseOfTheSpec) {
    const Config c = default_config();
    EXPECT_EQ(c.municipality.name_th, "เทศบาลตำบลตัวอย่าง");
    EXPECT_EQ(c.municipality.name_en, "Example Subdistrict Municipality");
    EXPECT_EQ(c.timeouts.inactivity_s, 60);
    EXPECT_EQ(c.timeouts.countdown_s, 20);
    EXPECT_EQ(c.timeouts.receipt_s, 90);
    EXPECT_EQ(c.timeouts.wrong_code_limit, 5);
    EXPECT_EQ(c.timeouts.wrong_code_pause_s, 60);
    EXPECT_EQ(c.kiosk.name, "kiosk-1");
    EXPECT_EQ(c.kiosk.accent_color, "#1F6FB2");
    EXPECT_DOUBLE_EQ(c.kiosk.panel_diagonal_in, 21.5);
    EXPECT_FALSE(c.kiosk.thai_digits);
    EXPECT_EQ(c.directory, domain::default_directory());
    EXPECT_TRUE(c.tracking_base_url.empty());
    EXPECT_TRUE(c.store_path.empty());
    EXPECT_EQ(c.directory.corruption_target_days, 30);
    EXPECT_FALSE(c.corruption_guideline.steps_th.empty());
    EXPECT_EQ(c.corruption_guideline.steps_th.size(), c.corruption_guideline.steps_en.size());
    EXPECT_FALSE(c.corruption_guideline.unit_th.empty());
    EXPECT_EQ(Config{}, c);
}

TEST(Config, EmptyPathGivesDefaults) {
    const auto r = load_config("");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(*r, default_config());
}

TEST(Config, MissingFileIsIoError) {
    const fs::path path = siang::testing::test_dir("config_test") / "absent.toml";
    const auto r = load_config(path.string());
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Errc::io_error);
    EXPECT_NE(r.error().detail.find("absent.toml"), std::string::npos);
}

TEST(Config, ExampleFileLoadsAndEqualsDefaults) {
    const auto r = load_config(SIANG_CONFIG_EXAMPLE);
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(*r, default_config());
}

TEST(Config, EmptyFileGivesDefaults) {
    const auto r = load_config(write_config(""));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(*r, default_config());
}

TEST(Config, ReadsEveryKindOfValue) {
    const auto r = load_config(write_config(R"(
tracking_base_url = "https://tambon.go.th/track?code="
[municipality]
name_th = "เทศบาลตำบลบ้านสวน"
name_en = "Ban Suan Subdistrict Municipality"
[timeouts]
inactivity_s = 90
[kiosk]
name = "ล็อบบี้"
accent_color = "#0a7d3b"
panel_diagonal_in = 32
thai_digits = true
[[division]]
code = "works"
name_th = "กองช่าง"
name_en = "Public Works Division"
[[service]]
code = "road"
name_th = "ซ่อมถนน"
name_en = "Road repair"
division = "works"
[corruption_guideline]
steps_th = ["รับเรื่อง"]
steps_en = ["Received"]
days = 15
[privacy_notice]
text_th = "ประกาศ"
)"));
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(r->tracking_base_url, "https://tambon.go.th/track?code=");
    EXPECT_EQ(r->municipality.name_th, "เทศบาลตำบลบ้านสวน");
    EXPECT_EQ(r->timeouts.inactivity_s, 90);
    EXPECT_EQ(r->timeouts.countdown_s, 20);  // untouched keys keep their default
    EXPECT_EQ(r->kiosk.name, "ล็อบบี้");
    EXPECT_DOUBLE_EQ(r->kiosk.panel_diagonal_in, 32.0);
    EXPECT_TRUE(r->kiosk.thai_digits);
    ASSERT_EQ(r->directory.divisions.size(), 1u);
    ASSERT_EQ(r->directory.services.size(), 1u);
    EXPECT_EQ(r->directory.services[0].target_days, domain::default_target_days);
    EXPECT_EQ(r->corruption_guideline.steps_en, std::vector<std::string>{"Received"});
    EXPECT_EQ(r->directory.corruption_target_days, 15);
    EXPECT_EQ(r->privacy_notice.text_th, "ประกาศ");
    EXPECT_EQ(r->privacy_notice.text_en, "");
}

TEST(Config, RelativePathsAreFromTheConfigFile) {
    const std::string path = write_config(
        "store_path = \"data/siang.db\"\n"
        "[municipality]\nlogo_path = \"logo.png\"\n");
    const auto r = load_config(path);
    ASSERT_TRUE(r.has_value());
    const fs::path dir = fs::path(path).parent_path();
    EXPECT_EQ(r->store_path, (dir / "data/siang.db").string());
    EXPECT_EQ(r->municipality.logo_path, (dir / "logo.png").string());
}

TEST(Config, UnknownKeyIsNamedWithItsLine) {
    EXPECT_EQ(problem_of("[kiosk]\nname = \"k\"\nacent_color = \"#000000\"\n"),
              "siang.toml:3: kiosk.acent_color: unknown key");
    EXPECT_EQ(problem_of("tracking_url = \"x\"\n"), "siang.toml:1: tracking_url: unknown key");
    EXPECT_EQ(problem_of("[kiosks]\nname = \"k\"\n"), "siang.toml:1: kiosks: unknown key");
}

TEST(Config, UnknownKeyInsideAServiceIsNamed) {
    EXPECT_EQ(problem_of(service_table("a", "works", "target_day = 3\n")),
              "siang.toml:6: service[1].target_day: unknown key");
}

TEST(Config, OutOfRangeValueIsNamed) {
    EXPECT_EQ(problem_of(service_table("a", "works", "\n") +
                         service_table("b", "works", "target_days = 400\n")),
              "siang.toml:12: service[2].target_days: must be between 1 and 365");
    EXPECT_EQ(problem_of("[timeouts]\ninactivity_s = 0\n"),
              "siang.toml:2: timeouts.inactivity_s: must be between 10 and 3600");
    EXPECT_EQ(problem_of("[kiosk]\npanel_diagonal_in = 2.5\n"),
              "siang.toml:2: kiosk.panel_diagonal_in: must be between 18.5 and 120");
    // A 15.6" panel cannot hold 20 mm keys, the staff note and the page above them.
    EXPECT_EQ(problem_of("[kiosk]\npanel_diagonal_in = 15.6\n"),
              "siang.toml:2: kiosk.panel_diagonal_in: must be between 18.5 and 120");
    EXPECT_EQ(problem_of("[corruption_guideline]\ndays = 0\n"),
              "siang.toml:2: corruption_guideline.days: must be between 1 and 365");
}

TEST(Config, WrongTypeIsNamed) {
    EXPECT_EQ(problem_of("[timeouts]\ninactivity_s = \"60\"\n"),
              "siang.toml:2: timeouts.inactivity_s: must be a whole number");
    EXPECT_EQ(problem_of("[kiosk]\nthai_digits = \"yes\"\n"),
              "siang.toml:2: kiosk.thai_digits: must be true or false");
    EXPECT_EQ(problem_of("kiosk = 3\n"), "siang.toml:1: kiosk: must be a table ([kiosk])");
    EXPECT_EQ(problem_of("[corruption_guideline]\nsteps_th = [1, 2]\nsteps_en = [\"a\", \"b\"]\n"),
              "siang.toml:2: corruption_guideline.steps_th: must be a list of strings in quotes");
}

TEST(Config, BadValuesAreNamed) {
    EXPECT_EQ(problem_of("[kiosk]\naccent_color = \"blue\"\n"),
              "siang.toml:2: kiosk.accent_color: must be \"#RRGGBB\"");
    EXPECT_EQ(problem_of("tracking_base_url = \"https://tambon.go.th/track\"\n"),
              "siang.toml:1: tracking_base_url: must end with '/' or '='");
    EXPECT_EQ(problem_of("tracking_base_url = \"ftp://x/\"\n"),
              "siang.toml:1: tracking_base_url: must start with https:// or http://");
    EXPECT_EQ(problem_of("[municipality]\nname_th = \"  \"\n"),
              "siang.toml:2: municipality.name_th: must not be empty");
    EXPECT_EQ(problem_of("[corruption_guideline]\nsteps_th = [\"ก\", \"ข\"]\nsteps_en = [\"a\"]\n"),
              "siang.toml:3: corruption_guideline.steps_en: steps_th and steps_en must have the "
              "same number of steps");
}

TEST(Config, ServiceNamingUnknownDivisionIsAnError) {
    EXPECT_EQ(problem_of(service_table("road", "highways")),
              "siang.toml:5: service[1].division: unknown division \"highways\"");
}

TEST(Config, DefaultServicesNeedTheirDivisions) {
    const std::string detail = problem_of(R"([[division]]
code = "clerk"
name_th = "สำนักปลัดเทศบาล"
name_en = "Office of the Municipal Clerk"
)");
    EXPECT_NE(detail.find("division"), std::string::npos) << detail;
    EXPECT_NE(detail.find("\"works\""), std::string::npos) << detail;
}

TEST(Config, DivisionCodesAreCheckedAndUnique) {
    EXPECT_EQ(problem_of("service = []\n[[division]]\ncode = \"Works Dept\"\nname_th = \"ก\"\n"
                         "name_en = \"W\"\n"),
              "siang.toml:3: division[1].code: must be 1-32 lower-case letters, digits, '_' or "
              "'-', starting with a letter");
    EXPECT_EQ(problem_of(R"(service = []
[[division]]
code = "works"
name_th = "ก"
name_en = "W"
[[division]]
code = "works"
name_th = "ข"
name_en = "W2"
)"),
              "siang.toml:7: division[2].code: \"works\" is used twice");
    EXPECT_EQ(problem_of("service = []\n[[division]]\ncode = \"works\"\nname_th = \"ก\"\n"),
              "siang.toml:2: division[1].name_en: is required");
}

// Issue 9 polish: each service's picture by Material icon name, and what each division handles.
TEST(Config, ServiceIconsAndDivisionHandlesAreRead) {
    const auto r = load_config(write_config(R"([[division]]
code = "works"
name_th = "กองช่าง"
name_en = "Public Works"
handles_th = "ถนนและไฟฟ้าสาธารณะ"
handles_en = "Roads and streetlights"
[[service]]
code = "pipe"
name_th = "ซ่อมท่อประปา"
name_en = "Water pipe repair"
division = "works"
icon = "plumbing"
)"));
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(r->directory.divisions[0].handles_th, "ถนนและไฟฟ้าสาธารณะ");
    EXPECT_EQ(r->directory.divisions[0].handles_en, "Roads and streetlights");
    EXPECT_EQ(r->directory.services[0].icon, "plumbing");
    EXPECT_EQ(problem_of(service_table("a", "works", "icon = \"Water Drop\"\n")),
              "siang.toml:6: service[1].icon: must be a Material icon name such as "
              "\"water_drop\"");
}

TEST(Config, BuiltInServicesHaveTheirOwnIconsAndDivisionsSayWhatTheyHandle) {
    const Config c = default_config();
    EXPECT_EQ(c.directory.find_service("water")->icon, "water_drop");   // not a clock
    EXPECT_EQ(c.directory.find_service("streetlight")->icon, "light");  // not the suggestion bulb
    for (const auto& d : c.directory.divisions) {
        EXPECT_FALSE(d.handles_th.empty()) << d.code;
        EXPECT_FALSE(d.handles_en.empty()) << d.code;
    }
}

TEST(Config, SyntaxErrorNamesTheLine) {
    const std::string detail = problem_of("[kiosk]\nname = \"unterminated\n");
    EXPECT_TRUE(detail.starts_with("siang.toml:2: syntax: ")) << detail;
}

TEST(Config, EarliestProblemIsReported) {
    EXPECT_EQ(problem_of("[kiosk]\naccent_color = \"red\"\n[timeouts]\nreceipt_s = 1\n"),
              "siang.toml:2: kiosk.accent_color: must be \"#RRGGBB\"");
}

TEST(Config, ByteOrderMarkAndCrlfAreAccepted) {
    // Notepad on Windows saves UTF-8 this way.
    const auto r = load_config(write_config("\xEF\xBB\xBF[kiosk]\r\nname = \"k2\"\r\n"));
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(r->kiosk.name, "k2");
}

// Issue 9 item 2: how long the staff note shows in full before it becomes a badge.
TEST(Config, HelpNoteTimeIsConfigurableAndChecked) {
    EXPECT_EQ(default_config().timeouts.help_note_s, 20);
    const auto r = load_config(write_config("[timeouts]\nhelp_note_s = 45\n"));
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->timeouts.help_note_s, 45);
    EXPECT_NE(problem_of("[timeouts]\nhelp_note_s = 0\n").find("help_note_s"), std::string::npos);
}

// Issue 11 (SPEC §9): the [server] table of siang-server, each key checked and named.
TEST(Config, ServerListenersAndLimitsHaveDefaultsAndAreRead) {
    const Server d = default_config().server;
    EXPECT_EQ(d.listen, "127.0.0.1:8443");
    EXPECT_EQ(d.public_listen, "127.0.0.1:8080");
    EXPECT_EQ(d.max_connections, 256);
    EXPECT_EQ(d.max_connections_per_ip, 32);
    EXPECT_EQ(d.idle_timeout_s, 15);
    EXPECT_EQ(d.request_deadline_s, 30);
    const auto r = load_config(write_config(
        "[server]\nlisten = \"0.0.0.0:9443\"\npublic = \"[::1]:9080\"\nmax_connections = 64\n"
        "max_connections_per_ip = 8\nidle_timeout_s = 5\nrequest_deadline_s = 10\n"));
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->server.listen, "0.0.0.0:9443");
    EXPECT_EQ(r->server.public_listen, "[::1]:9080");
    EXPECT_EQ(r->server.max_connections, 64);
    EXPECT_EQ(r->server.max_connections_per_ip, 8);
    EXPECT_EQ(r->server.idle_timeout_s, 5);
    EXPECT_EQ(r->server.request_deadline_s, 10);
}

TEST(Config, BadServerValuesAreNamed) {
    EXPECT_EQ(problem_of("[server]\nlisten = \"localhost:8443\"\n"),
              "siang.toml:2: server.listen: must be an IP address and port, such as "
              "\"127.0.0.1:8443\" or \"[::1]:8443\"");
    EXPECT_EQ(problem_of("[server]\npublic = \"127.0.0.1:99999\"\n"),
              "siang.toml:2: server.public: must be an IP address and port, such as "
              "\"127.0.0.1:8443\" or \"[::1]:8443\"");
    EXPECT_EQ(problem_of("[server]\nmax_connections = 0\n"),
              "siang.toml:2: server.max_connections: must be between 1 and 4096");
    EXPECT_EQ(problem_of("[server]\nlisten_port = 1\n"),
              "siang.toml:2: server.listen_port: unknown key");
}

// Issue 12: the [office] table says where siang-office finds its server; empty: the local one.
TEST(Config, OfficeServerAndFingerprintAreReadAndChecked) {
    EXPECT_EQ(default_config().office, Office{});
    const std::string fp(64, 'a');
    const auto r = load_config(write_config("[office]\nserver = \"https://192.168.1.10:8443\"\n"
                                            "server_fingerprint = \"" + fp + "\"\n"));
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->office.server, "https://192.168.1.10:8443");
    EXPECT_EQ(r->office.server_fingerprint, fp);
    EXPECT_EQ(problem_of("[office]\nserver = \"http://192.168.1.10:8443\"\n"),
              "siang.toml:2: office.server: must be the server's address, such as "
              "\"https://192.168.1.10:8443\"");
    EXPECT_EQ(problem_of("[office]\nserver = \"https://host:8443/api\"\n"),
              "siang.toml:2: office.server: must be the server's address, such as "
              "\"https://192.168.1.10:8443\"");
    EXPECT_EQ(problem_of("[office]\nserver_fingerprint = \"abc\"\n"),
              "siang.toml:2: office.server_fingerprint: must be 64 hex digits (colons allowed), "
              "as `siang server init` prints it");
    EXPECT_EQ(problem_of("[office]\nfingerprint = \"x\"\n"),
              "siang.toml:2: office.fingerprint: unknown key");
}

TEST(ListenAddress, ParsesIpv4AndBracketedIpv6AndRefusesNames) {
    const auto a = parse_listen_address("127.0.0.1:8443");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->host, "127.0.0.1");
    EXPECT_EQ(a->port, 8443);
    const auto b = parse_listen_address("[::1]:0");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->host, "::1");
    EXPECT_EQ(b->port, 0);
    EXPECT_EQ(b->to_string(), "[::1]:0");
    for (const char* bad : {"", "127.0.0.1", "127.0.0.1:", ":80", "host:80", "::1:80",
                            "[::1]80", "1.2.3.4:65536", "1.2.3.4:-1", "1.2.3.4:8x", "[1.2.3.4]:80",
                            "1.2.3.4:080000"})
        EXPECT_FALSE(parse_listen_address(bad)) << bad;
}

// One "#RRGGBB" parser (issue 10 item 9): what the configuration check accepts is exactly what
// the kiosk can turn into its accent colour.
TEST(HexColor, TheCheckAcceptsExactlyWhatParses) {
    const auto c = parse_hex_color("#1F6fB2");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->r, 0x1F);
    EXPECT_EQ(c->g, 0x6F);
    EXPECT_EQ(c->b, 0xB2);
    for (std::string_view bad : {"", "#", "blue", "1F6FB2", "#1F6FB", "#1F6FB2F", "#1G6FB2",
                                 "#+F6FB2", "#-16FB2", "# 1F6FB", "#1F6FB ", "＃1F6FB2"}) {
        EXPECT_FALSE(parse_hex_color(bad)) << bad;
        EXPECT_EQ(problem_of("[kiosk]\naccent_color = \"" + std::string(bad) + "\"\n"),
                  "siang.toml:2: kiosk.accent_color: must be \"#RRGGBB\"")
            << bad;
    }
}

}  // namespace
}  // namespace siang::config

// [printer] (issue 13): a device or an address, 576 or 384 dots.
namespace siang::config {
namespace {

TEST(Config, PrinterIsReadAndOffByDefault) {
    EXPECT_FALSE(Config{}.printer.configured());
    const auto r = load_config(write_config(
        "[printer]\naddress = \"printer-1.office.lan:9100\"\nwidth_dots = 384\ncut = false\n"
        "auto_print = false\n"));
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_TRUE(r->printer.configured());
    EXPECT_EQ(r->printer.address, "printer-1.office.lan:9100");
    EXPECT_EQ(r->printer.width_dots, 384);
    EXPECT_FALSE(r->printer.cut);
    EXPECT_FALSE(r->printer.auto_print);
}

TEST(Config, BadPrinterValuesAreNamed) {
    EXPECT_EQ(problem_of("[printer]\nwidth_dots = 500\n"),
              "siang.toml:2: printer.width_dots: must be 576 (80 mm paper) or 384 (58 mm paper)");
    EXPECT_EQ(problem_of("[printer]\ndevice = \"/dev/usb/lp0\"\naddress = \"p:9100\"\n"),
              "siang.toml:3: printer.address: give either device or address, not both");
    EXPECT_EQ(problem_of("[printer]\ndevice = \"lp0\"\n"),
              "siang.toml:2: printer.device: must be an absolute path, such as \"/dev/usb/lp0\"");
}

TEST(Config, IntegrityMeasuresAndOfficeContactAreReadAndChecked) {
    const auto d = default_config();
    EXPECT_FALSE(d.integrity.measures_th.empty());
    EXPECT_EQ(d.integrity.measures_th.size(), d.integrity.measures_en.size());
    EXPECT_EQ(d.municipality.address_th, "");  // no made-up address by default
    EXPECT_EQ(d.municipality.phone, "");

    const auto r = load_config(write_config(
        "[municipality]\naddress_th = \"99 หมู่ 1\"\naddress_en = \"99 Moo 1\"\n"
        "phone = \"0 5312 3456\"\n"
        "[integrity]\nmeasures_th = [\"งดรับของขวัญ\"]\nmeasures_en = [\"No gifts\"]\n"));
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(r->municipality.address_th, "99 หมู่ 1");
    EXPECT_EQ(r->municipality.address_en, "99 Moo 1");
    EXPECT_EQ(r->municipality.phone, "0 5312 3456");
    EXPECT_EQ(r->integrity.measures_th, std::vector<std::string>{"งดรับของขวัญ"});
    EXPECT_EQ(r->integrity.measures_en, std::vector<std::string>{"No gifts"});

    EXPECT_EQ(problem_of("[integrity]\nmeasures_th = [\"a\", \"b\"]\nmeasures_en = [\"a\"]\n"),
              "siang.toml:3: integrity.measures_en: measures_th and measures_en must have the same "
              "number of measures");
    EXPECT_EQ(problem_of("[integrity]\nmeasures_th = [\" \"]\nmeasures_en = [\"a\"]\n"),
              "siang.toml:2: integrity.measures_th: measures must not be empty");
    EXPECT_EQ(problem_of("[municipality]\nphone = \"  \"\n"),
              "siang.toml:2: municipality.phone: must not be empty");
}

}  // namespace
}  // namespace siang::config
