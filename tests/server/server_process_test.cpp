// siang-server as a process: refuses to start without its identity, serves /healthz and the office
// API over TLS with the pinned fingerprint, stops cleanly on SIGTERM with the request in flight
// answered, keeps its memory after thousands of bad requests, and logs nothing a citizen typed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "net/http_client.hpp"
#include "support/raw_socket.hpp"
#include "support/shell.hpp"
#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using siang::testing::RawSocket;
using siang::testing::shell;
using siang::testing::status_of;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// The resident memory of a process in KiB (VmRSS of /proc/PID/status).
long rss_kib(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with("VmRSS:")) return std::atol(line.c_str() + 6);
    return -1;
}

class ServerProcess : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("server_process");
    fs::path store = dir / "siang.db";
    fs::path log = dir / "stderr.log";
    fs::path ports = dir / "ports";
    pid_t pid = -1;
    int office_port = 0, public_port = 0;
    std::string fingerprint;

    int run_cli(const std::string& args, std::string* out = nullptr) {
        const auto r =
            shell(std::string("LANG=C.UTF-8 ") + SIANG_CLI + " --store '" + store.string() + "' " +
                  args + " 2>>'" + (dir / "cli.err").string() + "'");
        if (out) *out = r.out;
        return r.exit_code;
    }
    void init(bool identity = true) {
        ASSERT_EQ(run_cli("init"), 0);
        if (!identity) return;
        std::string out;
        ASSERT_EQ(run_cli("--json server init", &out), 0);
        fingerprint = nlohmann::json::parse(out)["fingerprint"];
    }
    // Starts `binary` on ephemeral ports; returns once it wrote its port file (or exited).
    void start(const char* binary, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{binary,        "--store",     store.string(),
                                      "--listen",    "127.0.0.1:0", "--public",
                                      "127.0.0.1:0", "--port-file", ports.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            ::dup2(fd, STDERR_FILENO);
            ::setenv("SIANG_TEST_STARTED", (dir / "started").c_str(), 1);
            std::vector<char*> argv;
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(binary, argv.data());
            ::_exit(127);
        }
        for (int i = 0; i < 400 && !fs::exists(ports); ++i) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid) {
                exited = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
                pid = -1;
                return;
            }
            std::this_thread::sleep_for(25ms);
        }
        std::ifstream(ports) >> office_port >> public_port;
    }
    // SIGTERM and the exit status (-1 when it had to be killed after the bounded wait).
    int stop() {
        if (pid < 0) return exited;
        ::kill(pid, SIGTERM);
        int status = 0;
        for (int i = 0; i < 600; ++i) {
            if (::waitpid(pid, &status, WNOHANG) == pid) {
                pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(25ms);
        }
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        pid = -1;
        return -1;
    }
    void TearDown() override {
        if (pid > 0) stop();
    }
    std::string office_url() const { return "https://127.0.0.1:" + std::to_string(office_port); }
    std::string public_url() const { return "http://127.0.0.1:" + std::to_string(public_port); }

    int exited = -1;
};

TEST_F(ServerProcess, RefusesToStartWithoutItsIdentityAndSaysToRunServerInit) {
    init(false);
    start(SIANG_SERVER, {"--lang", "en"});
    EXPECT_EQ(pid, -1);
    EXPECT_EQ(exited, 4);  // not_found
    const std::string err = slurp(log);
    EXPECT_NE(err.find("siang server init"), std::string::npos) << err;
    EXPECT_TRUE(err.starts_with("<3>")) << err;
}

TEST_F(ServerProcess, RefusesAStoreThatIsNotThereAndABadListenAddress) {
    start(SIANG_SERVER, {"--lang", "en"});
    EXPECT_EQ(pid, -1);
    EXPECT_EQ(exited, 5);  // store_missing: the store is checked before its identity
    EXPECT_NE(slurp(log).find("siang init"), std::string::npos);
    init();
    start(SIANG_SERVER, {"--listen", "localhost:1"});
    EXPECT_EQ(pid, -1);
    EXPECT_EQ(exited, 2);  // invalid_argument
}

TEST_F(ServerProcess, ServesHealthzInPlainHttpAndTheOfficeApiOverPinnedTls) {
    init();
    start(SIANG_SERVER);
    ASSERT_GT(office_port, 0);
    ASSERT_GT(public_port, 0);
    EXPECT_EQ(shell("curl -s --max-time 10 '" + public_url() + "/healthz'").out, "ok");
    // The office API is not reachable through the public site, nor in plain HTTP.
    EXPECT_EQ(shell("curl -s --max-time 10 -o /dev/null -w '%{http_code}' '" + public_url() +
                    "/api/v1/enrol'")
                  .out,
              "404");
    EXPECT_NE(shell("curl -s --max-time 10 -o /dev/null -w '%{http_code}' 'http://127.0.0.1:" +
                    std::to_string(office_port) + "/api/v1/enrol'")
                  .out,
              "404");
    // Over TLS, with the certificate `siang server init` printed.
    auto c = siang::net::HttpClient::make({.base_url = office_url(), .fingerprint = fingerprint});
    ASSERT_TRUE(c);
    auto r = c->get("/api/v1/no-such-route");
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(nlohmann::json::parse(r->body)["error"]["code"], "not_found");
    EXPECT_EQ(stop(), 0);
}

TEST_F(ServerProcess, SigtermDuringARequestAnswersItWholeAndExitsZero) {
    init();
    start(SIANG_TEST_SERVER);
    ASSERT_GT(office_port, 0);
    auto answer = std::async(std::launch::async, [&] {
        auto c =
            siang::net::HttpClient::make({.base_url = office_url(), .fingerprint = fingerprint});
        return c->post("/test/sleep", "hello", {{"Content-Type", "text/plain"}});
    });
    for (int i = 0; i < 400 && !fs::exists(dir / "started"); ++i) std::this_thread::sleep_for(25ms);
    ASSERT_TRUE(fs::exists(dir / "started"));
    EXPECT_EQ(stop(), 0);
    auto r = answer.get();
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, "slept:hello");
    const std::string err = slurp(log);
    EXPECT_NE(err.find("<6>stopping (SIGTERM)"), std::string::npos) << err;
    EXPECT_NE(err.find("<6>stopped"), std::string::npos) << err;
}

TEST_F(ServerProcess, SigintStopsItToo) {
    init();
    start(SIANG_SERVER);
    ASSERT_GT(pid, 0);
    ::kill(pid, SIGINT);
    int status = 0;
    for (int i = 0; i < 400 && ::waitpid(pid, &status, WNOHANG) != pid; ++i)
        std::this_thread::sleep_for(25ms);
    pid = -1;
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

// Each bad request of the mix, on its own connection, to the office (TLS) or public port.
void bad_requests(int public_port, int office_port, int count) {
    const std::string big_header =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(40 << 10, 'b') + "\r\n\r\n";
    const std::string requests[] = {
        "GARBAGE\r\n\r\n",
        "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n",
        "POST /api/v1/filings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "POST /x HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc",
        "POST /x HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        big_header,
        std::string("\x16\x03\x01\x00\x04\x01\x00\x00\x00\r\n\r\n", 13),  // an empty ClientHello
    };
    for (int i = 0; i < count; ++i) {
        const auto& req = requests[static_cast<std::size_t>(i) % std::size(requests)];
        // The plain-text requests also go to the TLS port, where they are not even TLS.
        RawSocket s(i % 3 == 0 ? office_port : public_port);
        if (!s.ok()) continue;
        s.send(req);
        (void)s.read_all(5s);
    }
}

TEST_F(ServerProcess, MemoryStaysBoundedAfterThousandsOfBadRequests) {
    init();
    start(SIANG_SERVER);
    ASSERT_GT(pid, 0);
    bad_requests(public_port, office_port, 400);  // warm-up: allocator pools, thread stacks
    const long warm = rss_kib(pid);
    bad_requests(public_port, office_port, 2000);
    const long after = rss_kib(pid);
    ASSERT_GT(warm, 0);
    std::printf("siang-server VmRSS: %ld KiB after warm-up, %ld KiB after 2,000 more\n", warm,
                after);
    // A leak of 1 KiB per request would add 2 MB; here it grows by well under 100 KiB.
    EXPECT_LT(after, warm + 2 * 1024) << "warm " << warm << " KiB, after " << after << " KiB";
    EXPECT_EQ(shell("curl -s --max-time 10 '" + public_url() + "/healthz'").out, "ok");
    EXPECT_EQ(stop(), 0);
}

TEST_F(ServerProcess, LogsNeverCarryATrackingCodeOrContactData) {
    init();
    start(SIANG_TEST_SERVER);
    ASSERT_GT(pid, 0);
    const std::string code = "123456789018", phone = "0812345678";
    const std::string filing = R"({"tracking_code":")" + code + R"(","phone":")" + phone + "\"}";
    auto c = siang::net::HttpClient::make({.base_url = office_url(), .fingerprint = fingerprint});
    ASSERT_TRUE(c);
    (void)c->post("/api/v1/filings", filing, {{"X-Phone", phone}});
    (void)c->post("/test/sleep", filing);
    (void)c->get("/api/v1/track/" + code + "?phone=" + phone);
    for (int port : {public_port, office_port}) {
        RawSocket a(port);
        a.send("POST /track/" + code +
               " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        (void)a.read_all(5s);
        RawSocket b(port);
        b.send("GET /" + code + " " + phone + "\r\n\r\n");
        (void)b.read_all(5s);
    }
    EXPECT_EQ(stop(), 0);
    const std::string err = slurp(log);
    EXPECT_FALSE(err.empty());
    EXPECT_EQ(err.find(code), std::string::npos) << err;
    EXPECT_EQ(err.find(phone), std::string::npos) << err;
    // Every line carries a priority for journald.
    std::istringstream lines(err);
    for (std::string line; std::getline(lines, line);) {
        ASSERT_GE(line.size(), 3u);
        EXPECT_EQ(line[0], '<') << line;
        EXPECT_TRUE(line[1] >= '0' && line[1] <= '7') << line;
        EXPECT_EQ(line[2], '>') << line;
    }
}

TEST_F(ServerProcess, LimitsComeFromTheServerTableOfTheConfiguration) {
    init();
    const fs::path cfg = dir / "siang.toml";
    std::ofstream(cfg) << "[server]\nrequest_deadline_s = 1\nidle_timeout_s = 1\n";
    start(SIANG_SERVER, {"--config", cfg.string()});
    ASSERT_GT(pid, 0);
    RawSocket drip(public_port, "127.0.0.2");
    ASSERT_TRUE(drip.ok());
    drip.send("GET /healthz HTTP/1.1\r\n");
    EXPECT_TRUE(drip.closed_by_peer(10s));
    EXPECT_EQ(stop(), 0);
}

// Issue 14 item 1: the phone status page on the public listener shows the kiosk's tracking
// content (status, dated timeline, public reply, escaped) and never details, contact or notes;
// tells a mistyped code from an unknown one; limits wrong codes per address with a plain page;
// sends the security headers; the office API does not answer there; no code in the log.
TEST_F(ServerProcess, PublicStatusPageShowsOnlyThePublicStatusAndKeepsTheCodeOutOfTheLog) {
    init();
    std::string out;
    ASSERT_EQ(run_cli("--json submit --kind complaint --subject 'ถนนชำรุด' --details 'SECRETDETAIL' "
                      "--name 'สมชาย ใจดี' --phone 0812345678", &out), 0);
    const std::string code = nlohmann::json::parse(out)["tracking_code"];
    const std::string number = nlohmann::json::parse(out)["case_number"];
    ASSERT_EQ(run_cli("status " + number + " in_review --note SECRETNOTE"), 0);
    ASSERT_EQ(run_cli("status " + number + " in_progress --note SECRETNOTE2 --reply 'ซ่อมแล้ว <b>x</b>'"), 0);
    start(SIANG_SERVER);
    ASSERT_GT(public_port, 0);
    const std::string page = dir / "page.html";
    const auto head = shell("curl -s -D - -o '" + page + "' --max-time 10 '" + public_url() + "/t/" + code + "'").out;
    EXPECT_NE(head.find("HTTP/1.1 200"), std::string::npos) << head;
    EXPECT_NE(head.find("Cache-Control: no-store"), std::string::npos) << head;
    EXPECT_NE(head.find("Referrer-Policy: no-referrer"), std::string::npos) << head;
    EXPECT_NE(head.find("frame-ancestors 'none'"), std::string::npos) << head;
    EXPECT_NE(head.find("X-Content-Type-Options: nosniff"), std::string::npos) << head;
    const std::string html = slurp(page);
    EXPECT_NE(html.find("lang=\"th\""), std::string::npos);
    EXPECT_NE(html.find("กำลังดำเนินการ"), std::string::npos) << html;  // in progress
    EXPECT_NE(html.find("ซ่อมแล้ว &lt;b&gt;x&lt;/b&gt;"), std::string::npos) << html;
    for (const char* secret : {"SECRETDETAIL", "SECRETNOTE", "สมชาย", "0812345678", "<b>"})
        EXPECT_EQ(html.find(secret), std::string::npos) << secret;
    EXPECT_EQ(shell("tidy -errors -q '" + page + "' >/dev/null 2>&1; echo $?").out, "0\n");
    const auto en = shell("curl -s --max-time 10 '" + public_url() + "/t/" + code + "?lang=en'").out;
    EXPECT_NE(en.find("In progress"), std::string::npos) << en;
    // The office API is not on the public listener.
    EXPECT_EQ(shell("curl -s -o /dev/null -w '%{http_code}' --max-time 10 -d '{}' '" + public_url() +
                    "/api/v1/track'").out, "404");
    // A mistyped code (bad check digit) and an unknown one are told apart.
    std::string typo = code;
    typo.back() = typo.back() == '9' ? '0' : static_cast<char>(typo.back() + 1);
    const auto typo_page = shell("curl -s --max-time 10 '" + public_url() + "/t/" + typo + "'").out;
    EXPECT_NE(typo_page.find("พิมพ์ผิด"), std::string::npos) << typo_page;
    const auto unknown = shell("curl -s --max-time 10 '" + public_url() + "/t/?code=000000000000'").out;
    EXPECT_NE(unknown.find("ไม่พบเรื่อง"), std::string::npos) << unknown;
    // Twenty wrong codes a minute per address, then a plain 429 page, even for the right code.
    std::string codes;
    for (int i = 0; i < 20; ++i)
        codes += shell("curl -s -o /dev/null -w '%{http_code} ' --max-time 10 '" + public_url() + "/t/" + typo + "'").out;
    EXPECT_NE(codes.find("429"), std::string::npos) << codes;
    EXPECT_EQ(shell("curl -s -o /dev/null -w '%{http_code}' --max-time 10 '" + public_url() + "/t/" + code + "'").out,
              "429");
    EXPECT_EQ(stop(), 0);
    const std::string err = slurp(log);
    EXPECT_EQ(err.find(code), std::string::npos) << err;
    EXPECT_EQ(err.find(typo), std::string::npos) << err;
}

// Issue 14: the receipt's QR (siang qr, with tracking_base_url pointing at the public listener),
// decoded by zbarimg, opens that case's status page in Debian's headless chromium.
TEST_F(ServerProcess, TheReceiptQrOpensTheCaseStatusPageInChromium) {
    init();
    std::string out;
    ASSERT_EQ(run_cli("--json submit --kind suggestion --subject 'ขอไฟถนน' --details 'ซอย 3'", &out), 0);
    const std::string code = nlohmann::json::parse(out)["tracking_code"];
    start(SIANG_SERVER);
    ASSERT_GT(public_port, 0);
    const fs::path cfg = dir / "qr.toml", png = dir / "qr.png";
    std::ofstream(cfg) << "tracking_base_url = \"" << public_url() << "/t/\"\n";
    ASSERT_EQ(run_cli("--config '" + cfg.string() + "' qr " + code + " -o '" + png.string() + "'"), 0);
    std::string url = shell("zbarimg -q --raw '" + png.string() + "'").out;
    while (!url.empty() && (url.back() == '\n' || url.back() == '\r')) url.pop_back();
    ASSERT_EQ(url, public_url() + "/t/" + code);
    const auto dom = shell("timeout 60 chromium --headless --no-sandbox --disable-gpu --user-data-dir='" +
                           (dir / "chromium").string() + "' --dump-dom '" + url + "' 2>/dev/null").out;
    EXPECT_NE(dom.find("ความคืบหน้าของเรื่องของท่าน"), std::string::npos) << dom;  // Status of your case
    EXPECT_NE(dom.find("รับเรื่องแล้ว"), std::string::npos) << dom;       // received
    EXPECT_NE(dom.find("ข้อเสนอแนะ"), std::string::npos) << dom;          // suggestion
    EXPECT_EQ(stop(), 0);
}

// Issue 14 item 2 (first step): /ita/ serves the console's ITA summary page (tidy clean, Thai),
// with a corruption complaint's text nowhere in it; a bad fiscal year is a 400 page.
TEST_F(ServerProcess, ItaStatisticsPageIsPublicAndHoldsNoCaseText) {
    init();
    ASSERT_EQ(run_cli("submit --kind corruption --subject CORRSUBJECT --details CORRDETAIL"), 0);
    ASSERT_EQ(run_cli("submit --kind complaint --subject COMPSUBJECT --details COMPDETAIL"), 0);
    start(SIANG_SERVER);
    ASSERT_GT(public_port, 0);
    const fs::path page = dir / "ita.html";
    EXPECT_EQ(shell("curl -s -o '" + page.string() + "' -w '%{http_code}' --max-time 10 '" + public_url() +
                    "/ita/'").out, "200");
    const std::string html = slurp(page);
    EXPECT_NE(html.find("lang=\"th\""), std::string::npos);
    EXPECT_NE(html.find("ปีงบประมาณ"), std::string::npos) << html;
    for (const char* secret : {"CORRSUBJECT", "CORRDETAIL", "COMPSUBJECT", "COMPDETAIL"})
        EXPECT_EQ(html.find(secret), std::string::npos) << secret;
    EXPECT_EQ(shell("tidy -errors -q '" + page.string() + "' >/dev/null 2>&1; echo $?").out, "0\n");
    EXPECT_EQ(shell("curl -s -o /dev/null -w '%{http_code}' --max-time 10 '" + public_url() +
                    "/ita/?fiscal_year=abc'").out, "400");
    EXPECT_EQ(stop(), 0);
}

}  // namespace
