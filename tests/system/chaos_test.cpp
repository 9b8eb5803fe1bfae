// The chaos test of issue 11 (SPEC §9 "nothing lost, nothing doubled"), through the real
// processes and sockets: five outboxes file 200 each while siang-server is SIGKILLed and
// restarted, the `siang outbox sync` uploaders are SIGKILLed, and a proxy between them cuts
// connections before the request, after it (the server committed, the client saw an error),
// mid-answer, or never answers. Then every filing is at the server exactly once, numbered without
// gaps, the store checks, every outbox is empty, and the server's log holds no code or phone.
// SIANG_CHAOS_SEED=N repeats a run; the seed is printed.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "store/store.hpp"
#include "support/server_process.hpp"
#include "support/tcp_proxy.hpp"
#include "support/test_dir.hpp"
#include "sync/outbox.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using nlohmann::json;
using siang::testing::Background;
using siang::testing::Fault;
using siang::testing::ProgramRun;
using siang::testing::run_program;
using siang::testing::ServerProcess;
using siang::testing::TcpProxy;
using Clock = std::chrono::steady_clock;

constexpr int outboxes = 5;
constexpr int filings_each = 200;
// Every twentieth filing goes through `siang outbox submit` (the printed receipt), the rest through
// the Outbox API in this process, as the kiosk files.
constexpr int cli_every = 20;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::uint64_t chaos_seed() {
    if (const char* s = std::getenv("SIANG_CHAOS_SEED"); s && *s) return std::stoull(s);
    return std::random_device{}();
}

// What one filing left with the citizen.
struct Filed {
    std::string uuid;
    std::string code;  // 12 digits
    std::string phone;
    bool corruption = false;
};

std::vector<std::vector<std::string>> sql_rows(const fs::path& db, const std::string& sql) {
    std::vector<std::vector<std::string>> rows;
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << db;
        sqlite3_close(h);
        return rows;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sqlite3_errmsg(h) << ": " << sql;
    } else {
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                const auto* t = sqlite3_column_text(st, i);
                row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
            }
            rows.push_back(std::move(row));
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return rows;
}

class Chaos : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("system");
    fs::path store = dir / "siang.db";
    std::string fingerprint;

    ProgramRun cli(std::vector<std::string> args, std::chrono::milliseconds bound = 60s) {
        args.insert(args.begin(), {SIANG_CLI, "--store", store.string()});
        return run_program(args, bound);
    }
    ProgramRun outbox_cli(const fs::path& box, std::vector<std::string> args,
                          std::chrono::milliseconds bound = 60s) {
        args.insert(args.begin(), {SIANG_CLI, "--json", "outbox", "--dir", box.string()});
        return run_program(args, bound);
    }
    fs::path box(int i) const { return dir / ("outbox-" + std::to_string(i)); }

    void SetUp() override {
        ASSERT_EQ(cli({"init"}).exit_code, 0);
        const ProgramRun id = cli({"--json", "server", "init"});
        ASSERT_EQ(id.exit_code, 0) << id.err;
        fingerprint = json::parse(id.out).at("fingerprint");
    }
};

siang::domain::Draft draft_for(int box, int n, Filed& f) {
    siang::domain::Draft d;
    f.corruption = n % 7 == 3;
    d.kind = f.corruption ? siang::domain::Kind::corruption
             : n % 2      ? siang::domain::Kind::complaint
                          : siang::domain::Kind::suggestion;
    d.subject = "เรื่องทดสอบ ตู้ " + std::to_string(box) + " ที่ " + std::to_string(n);
    d.details = "รายละเอียด ถนนชำรุดหน้าบ้านเลขที่ " + std::to_string(n);
    char phone[16];
    std::snprintf(phone, sizeof phone, "08%d%07d", box, n);
    f.phone = phone;
    d.contact.name = "ผู้ทดสอบ ตู้" + std::to_string(box);
    d.contact.phone = f.phone;
    return d;
}

TEST_F(Chaos, EveryFilingArrivesExactlyOnceThroughKillsAndCutConnections) {
    const std::uint64_t seed = chaos_seed();
    std::cout << "chaos seed: " << seed << " (SIANG_CHAOS_SEED=" << seed << " repeats it)\n";
    RecordProperty("seed", std::to_string(seed));
    std::mt19937_64 rng(seed);

    ServerProcess server(SIANG_SERVER, store, dir);
    ASSERT_TRUE(server.start()) << slurp(server.log());

    siang::testing::ProxyOptions po;
    po.target_port = server.office_port();
    po.handshake_turns = 2;
    po.request_bytes = 200;
    po.answer_quiet = 200ms;
    po.lifetime = 400s;
    // pass, cut before, cut after, cut mid-answer, black hole.
    po.choose = siang::testing::seeded_faults(rng(), {8, 3, 3, 3, 1}, 6);
    TcpProxy proxy(po);
    proxy.set_faults(false);  // enrolment codes are single-use: enrol on a clean line
    const std::string url = "https://127.0.0.1:" + std::to_string(proxy.port());

    for (int i = 0; i < outboxes; ++i) {
        const ProgramRun add =
            cli({"--json", "kiosk", "add", "kiosk-" + std::to_string(i), "--url", url});
        ASSERT_EQ(add.exit_code, 0) << add.err;
        const json a = json::parse(add.out);
        ASSERT_EQ(a.at("url"), url);
        ASSERT_EQ(a.at("fingerprint"), fingerprint);
        const ProgramRun enrol = outbox_cli(
            box(i), {"enrol", url, a.at("enrolment_code"), "--fingerprint", fingerprint});
        ASSERT_EQ(enrol.exit_code, 0) << enrol.err;
    }
    proxy.set_faults(true);

    // --- filing, while the uploaders, the server and the line fail --------------------------
    std::mutex mutex;
    std::vector<Filed> filed;
    std::atomic<int> filers_done{0};
    std::vector<std::thread> filers;
    std::vector<std::string> filing_errors;
    for (int i = 0; i < outboxes; ++i) {
        filers.emplace_back([&, i, pause_seed = rng()] {
            std::mt19937 pause_rng(static_cast<std::uint32_t>(pause_seed));
            auto ob = siang::sync::Outbox::open(box(i).string());
            const auto directory = siang::domain::default_directory();
            for (int n = 0; n < filings_each && ob; ++n) {
                Filed f;
                siang::domain::Draft d = draft_for(i, n, f);
                if (n % cli_every == 0) {
                    const ProgramRun r = outbox_cli(
                        box(i), {"submit", "--kind", f.corruption ? "corruption" : "complaint",
                                 "--subject", d.subject, "--details", d.details, "--name",
                                 d.contact.name, "--phone", d.contact.phone});
                    if (r.exit_code != 0) {
                        std::lock_guard lock(mutex);
                        filing_errors.push_back("cli: " + r.err);
                        continue;
                    }
                    const json j = json::parse(r.out);
                    f.uuid = j.at("uuid");
                    f.code = j.at("tracking_code");
                } else {
                    auto valid = siang::domain::validate_draft(d, directory);
                    if (!valid) {
                        std::lock_guard lock(mutex);
                        filing_errors.push_back("draft: " + valid.error().detail);
                        continue;
                    }
                    auto receipt = ob->file(
                        *valid,
                        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()),
                        directory);
                    if (!receipt) {
                        std::lock_guard lock(mutex);
                        filing_errors.push_back("file: " + receipt.error().detail);
                        continue;
                    }
                    f.uuid = receipt->uuid;
                    f.code = receipt->code.str();
                }
                {
                    std::lock_guard lock(mutex);
                    filed.push_back(f);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(pause_rng() % 25));
            }
            if (!ob) {
                std::lock_guard lock(mutex);
                filing_errors.push_back("open: " + ob.error().detail);
            }
            ++filers_done;
        });
    }

    // The uploaders: `siang outbox sync` processes, restarted whenever one ended or was killed.
    std::vector<Background> uploaders(outboxes);
    std::vector<Clock::time_point> started(outboxes);
    auto start_uploader = [&](int i) {
        uploaders[i] =
            Background({SIANG_CLI, "outbox", "--dir", box(i).string(), "sync", "--wait", "300"},
                       dir / ("uploader-" + std::to_string(i) + ".log"));
        started[i] = Clock::now();
    };
    for (int i = 0; i < outboxes; ++i) start_uploader(i);

    int server_kills = 0, uploader_kills = 0, server_restart_failures = 0;
    const auto chaos_start = Clock::now();
    auto next_blow = Clock::now() + std::chrono::milliseconds(300 + rng() % 900);
    while (Clock::now() - chaos_start < 120s) {
        const bool filing_done = filers_done == outboxes;
        if (filing_done && server_kills >= 5 && uploader_kills >= 8 &&
            Clock::now() - chaos_start >= 15s)
            break;
        for (int i = 0; i < outboxes; ++i)
            if (!uploaders[i].running() && Clock::now() - started[i] >= 200ms) start_uploader(i);
        if (Clock::now() >= next_blow) {
            if (rng() % 5 < 2) {
                server.kill9();
                ++server_kills;
                std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 400));
                if (!server.start()) ++server_restart_failures;
                proxy.set_target_port(server.office_port());
            } else {
                const int i = static_cast<int>(rng() % outboxes);
                if (uploaders[i].running()) {
                    uploaders[i].kill9();
                    ++uploader_kills;
                }
            }
            next_blow = Clock::now() + std::chrono::milliseconds(200 + rng() % 1000);
        }
        std::this_thread::sleep_for(20ms);
    }
    for (auto& t : filers) t.join();
    for (auto& u : uploaders) u.kill9();
    ASSERT_TRUE(filing_errors.empty()) << filing_errors.front();
    ASSERT_EQ(filed.size(), std::size_t{outboxes * filings_each});
    EXPECT_EQ(server_restart_failures, 0) << slurp(server.log());
    std::cout
        << "chaos: " << server_kills << " server kills, " << uploader_kills << " uploader kills in "
        << std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - chaos_start).count()
        << " s\n";

    // --- the line heals: everything must arrive -------------------------------------------------
    proxy.set_faults(false);
    if (!server.running()) {
        ASSERT_TRUE(server.start()) << slurp(server.log());
    }
    proxy.set_target_port(server.office_port());
    {
        std::vector<std::thread> drains;
        std::vector<ProgramRun> runs(outboxes);
        for (int i = 0; i < outboxes; ++i)
            drains.emplace_back([&, i] {
                runs[i] = outbox_cli(box(i), {"sync", "--wait", "120"}, 150s);
            });
        for (auto& t : drains) t.join();
        for (int i = 0; i < outboxes; ++i)
            EXPECT_EQ(runs[i].exit_code, 0) << "outbox " << i << ": " << runs[i].err;
    }
    const auto counts = proxy.counts();
    std::cout << "proxy: " << counts.connections << " connections;";
    for (std::size_t f = 0; f < siang::testing::fault_kinds; ++f)
        std::cout << " " << siang::testing::fault_name(static_cast<Fault>(f)) << " "
                  << counts.struck[f];
    std::cout << "\n";
    for (Fault f : {Fault::cut_before_request, Fault::cut_after_request, Fault::cut_mid_answer})
        EXPECT_GT(counts.struck[static_cast<std::size_t>(f)], 0u) << fault_name(f);
    proxy.stop();
    EXPECT_EQ(server.terminate(), 0) << "SIGTERM: a clean exit";

    // --- every outbox is empty ----------------------------------------------------------------
    std::map<std::string, std::string> case_of_uuid;  // from the outboxes' acknowledgements
    for (int i = 0; i < outboxes; ++i) {
        const ProgramRun st = outbox_cli(box(i), {"status"});
        ASSERT_EQ(st.exit_code, 0) << st.err;
        const json s = json::parse(st.out);
        EXPECT_EQ(s.at("pending"), 0) << "outbox " << i;
        EXPECT_EQ(s.at("quarantined"), 0) << "outbox " << i;
        EXPECT_FALSE(s.at("last_success").is_null());
        auto ob = siang::sync::Outbox::open(box(i).string());
        ASSERT_TRUE(ob) << ob.error().detail;
        std::lock_guard lock(mutex);
        for (const Filed& f : filed) {
            auto n = ob->case_number_of(f.uuid);
            if (!n) continue;  // another outbox's filing
            ASSERT_TRUE(n->has_value()) << "acknowledged without a case number: " << f.uuid;
            case_of_uuid[f.uuid] = (*n)->str();
        }
    }
    EXPECT_EQ(case_of_uuid.size(), filed.size()) << "every filing acknowledged";
    std::set<std::string> acknowledged_numbers;
    for (const auto& [uuid, number] : case_of_uuid) acknowledged_numbers.insert(number);
    EXPECT_EQ(acknowledged_numbers.size(), filed.size()) << "two filings got one case number";

    // --- the server holds each filing exactly once, numbered without gaps ---------------------
    EXPECT_EQ(sql_rows(store, "SELECT count(*) FROM cases")[0][0],
              std::to_string(outboxes * filings_each));
    EXPECT_EQ(sql_rows(store, "SELECT count(DISTINCT subject) FROM cases")[0][0],
              std::to_string(outboxes * filings_each));
    // One filing uuid, one case (kiosk_filings.uuid is UNIQUE; this says none is missing).
    EXPECT_EQ(sql_rows(store, "SELECT count(DISTINCT uuid) FROM kiosk_filings")[0][0],
              std::to_string(outboxes * filings_each));
    for (const auto& row :
         sql_rows(store,
                  "SELECT register, fiscal_year, min(sequence), max(sequence), count(*) "
                  "FROM cases GROUP BY register, fiscal_year")) {
        EXPECT_EQ(row[2], "1") << row[0] << " " << row[1];
        EXPECT_EQ(row[3], row[4]) << "a gap in " << row[0] << " " << row[1];
    }
    {
        auto st = siang::store::Store::open(store.string());
        ASSERT_TRUE(st) << st.error().detail;
        int unresolved = 0;
        for (const Filed& f : filed) {
            auto code = siang::domain::parse_tracking_code(f.code);
            ASSERT_TRUE(code);
            auto found = st->find_by_code(*code);
            if (!found)
                ++unresolved;
            else
                EXPECT_EQ(found->kind == siang::domain::Kind::corruption, f.corruption);
        }
        EXPECT_EQ(unresolved, 0) << "printed tracking codes the server does not know";
    }
    const ProgramRun check = cli({"--json", "check"});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_TRUE(json::parse(check.out).at("ok").get<bool>());

    // --- nothing a citizen typed or was given is in the server's log ---------------------------
    const std::string log = slurp(server.log());
    EXPECT_FALSE(log.empty());
    int leaked = 0;
    for (const Filed& f : filed) {
        const auto code = siang::domain::parse_tracking_code(f.code);
        for (const std::string& secret : {f.code, code->grouped(), f.phone})
            if (log.find(secret) != std::string::npos && leaked++ < 5)
                ADD_FAILURE() << "the server's log holds a tracking code or phone number";
    }
    EXPECT_EQ(log.find("ผู้ทดสอบ"), std::string::npos) << "a contact name in the log";
    EXPECT_EQ(log.find("เรื่องทดสอบ"), std::string::npos) << "a subject in the log";
}

}  // namespace
