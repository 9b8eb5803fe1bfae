// The office API's handlers called directly with made-up requests (no sockets): enrolment and its
// rate limit, tokens, filing and resend, tracking, help requests, heartbeat, error bodies.
#include "server/api/office_api.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include "store/store.hpp"
#include "sync/kiosk_board.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {
namespace {

using http::Request;
using http::Response;

std::filesystem::path test_dir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::filesystem::path base = "/tmp";
    if (const char* env = std::getenv("SIANG_TEST_TMP"); env != nullptr && *env != '\0') base = env;
    auto dir =
        base / (std::string("office_api_") + info->name() + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

domain::Draft suggestion(std::string subject = "ขอเพิ่มที่นั่งรอ") {
    domain::Draft d;
    d.kind = domain::Kind::suggestion;
    d.subject = std::move(subject);
    d.details = "อยากให้มีเก้าอี้สำหรับผู้สูงอายุบริเวณจุดบริการมากกว่านี้";
    return d;
}

std::string uuid_of(int n) {
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012x", n, n);
    return buf;
}

class OfficeApiTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = test_dir();
        path = (dir / "siang.db").string();
        store::OpenOptions create;
        create.create = true;
        auto s = store::Store::open(path, create);
        ASSERT_TRUE(s);
        admin.emplace(std::move(*s));
        // The API's clock runs `offset` ahead of the system's (ApiSetup::clock_offset), so a test
        // can read the figures of a later month.
        ApiSetup setup;
        setup.clock_offset = [this] { return std::chrono::seconds{offset.load()}; };
        auto a = OfficeApi::open(path, config::Config{}, std::move(setup));
        ASSERT_TRUE(a) << error_name(a.error().code);
        api = std::move(*a);
        routes = api->routes();
    }
    void TearDown() override {
        if (api) api->shutdown();
    }

    Response call(const std::string& method, const std::string& path_, const std::string& body,
                  const std::string& token = {}, const std::string& peer = "192.168.1.20") {
        Request req;
        req.method = method;
        req.path = path_;
        req.body = body;
        req.peer = peer;
        if (!token.empty()) req.headers["authorization"] = "Bearer " + token;
        for (const auto& r : routes) {
            if (r.method != method) continue;
            if (r.pattern == path_) return r.handler(req);
            const auto brace = r.pattern.find("/{");
            if (brace != std::string::npos && path_.starts_with(r.pattern.substr(0, brace + 1))) {
                req.params["id"] = path_.substr(brace + 1);
                return r.handler(req);
            }
        }
        ADD_FAILURE() << "no route " << method << " " << path_;
        return {};
    }

    // Adds kiosk `name` with the admin's connection and enrols it through the API.
    std::string enrol(const std::string& name) {
        auto code = admin->add_kiosk_enrolment(name, now(), "admin1");
        EXPECT_TRUE(code);
        auto r =
            call("POST", "/api/v1/enrol",
                 sync::encode(sync::EnrolRequest{code.value_or(store::KioskEnrolment{}).code}));
        EXPECT_EQ(r.status, 200) << r.body;
        auto reply = sync::decode_enrol_reply(r.body);
        EXPECT_TRUE(reply);
        EXPECT_EQ(reply.value_or(sync::EnrolReply{}).kiosk, name);
        return reply.value_or(sync::EnrolReply{}).token;
    }

    static domain::TimePoint now() {
        return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    }

    sync::Filing filing(int n, domain::Draft d = suggestion()) {
        return {uuid_of(n), now(), domain::generate_tracking_code(), std::move(d)};
    }

    static Error error_of(const Response& r) { return sync::decode_error(r.body, r.status); }

    std::filesystem::path dir;
    std::string path;
    std::optional<store::Store> admin;
    std::unique_ptr<OfficeApi> api;
    std::vector<http::Route> routes;
    std::atomic<std::int64_t> offset{0};
};

TEST_F(OfficeApiTest, EnrolmentCodeGivesATokenOnce) {
    auto code = admin->add_kiosk_enrolment("counter-1", now());
    ASSERT_TRUE(code);
    const auto body = sync::encode(sync::EnrolRequest{code->code});
    auto first = call("POST", "/api/v1/enrol", body);
    ASSERT_EQ(first.status, 200) << first.body;
    auto again = call("POST", "/api/v1/enrol", body);
    EXPECT_EQ(again.status, 403);
    EXPECT_EQ(error_of(again).code, Errc::enrolment_refused);
}

TEST_F(OfficeApiTest, BadEnrolmentCodesFromOnePeerGet429WithRetryAfter) {
    const auto bad = sync::encode(sync::EnrolRequest{"0000-0000-0000-0000"});
    for (int i = 0; i < 5; ++i) EXPECT_EQ(call("POST", "/api/v1/enrol", bad).status, 403);
    auto limited = call("POST", "/api/v1/enrol", bad);
    ASSERT_EQ(limited.status, 429);
    const Error e = error_of(limited);
    EXPECT_EQ(e.code, Errc::rate_limited);
    ASSERT_TRUE(e.count);
    EXPECT_GT(*e.count, 0);
    bool retry_after = false;
    for (const auto& [k, v] : limited.headers)
        retry_after = retry_after || (k == "Retry-After" && v == std::to_string(*e.count));
    EXPECT_TRUE(retry_after);
    // Even the right code waits now from that peer; another peer may still enrol.
    auto code = admin->add_kiosk_enrolment("counter-1", now());
    ASSERT_TRUE(code);
    const auto good = sync::encode(sync::EnrolRequest{code->code});
    EXPECT_EQ(call("POST", "/api/v1/enrol", good).status, 429);
    EXPECT_EQ(call("POST", "/api/v1/enrol", good, {}, "192.168.1.21").status, 200);
}

TEST_F(OfficeApiTest, ManyPeersGuessingAreLimitedTogether) {
    const auto bad = sync::encode(sync::EnrolRequest{"0000-0000-0000-0000"});
    int limited = 0;
    for (int i = 0; i < 60; ++i)
        limited +=
            call("POST", "/api/v1/enrol", bad, {}, "10.0.0." + std::to_string(i)).status == 429;
    EXPECT_EQ(limited, 10);  // after 50 failures in the window, from anyone
}

TEST_F(OfficeApiTest, MissingForgedOrRevokedTokenIs401) {
    const std::string token = enrol("counter-1");
    const auto body = sync::encode_help_request("review");
    EXPECT_EQ(call("POST", "/api/v1/help", body, token).status, 200);
    for (const std::string& t : {std::string{}, std::string(64, 'a'), std::string("x")}) {
        auto r = call("POST", "/api/v1/help", body, t);
        EXPECT_EQ(r.status, 401);
        EXPECT_EQ(error_of(r).code, Errc::device_refused);
    }
    ASSERT_TRUE(admin->revoke_kiosk("counter-1", now()));
    auto r = call("POST", "/api/v1/filings", sync::encode(filing(1)), token);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(error_of(r).code, Errc::device_refused);
}

// The writer leaves the write-ahead log to its checkpointer (FilingWriter): 160 filings are about
// 4,600 pages of log, below the writer's own bound of 10,000, so only the checkpointer, beside
// the writer, can have copied them into the database file meanwhile.
TEST_F(OfficeApiTest, FilingsAreCopiedIntoTheDatabaseBesideTheWriter) {
    const std::string token = enrol("counter-1");
    const auto before = std::filesystem::file_size(path);
    for (int i = 1; i <= 160; ++i)
        ASSERT_EQ(call("POST", "/api/v1/filings", sync::encode(filing(i)), token).status, 200);
    std::uintmax_t after = before;
    for (int i = 0; i < 200 && after < before + 256 * 1024; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        after = std::filesystem::file_size(path);
    }
    EXPECT_GE(after, before + 256 * 1024) << "the database file stayed at " << after << " bytes";
}

TEST_F(OfficeApiTest, FilingIsAcknowledgedWithItsCaseNumberAndAResendGetsTheSame) {
    const std::string token = enrol("counter-1");
    const auto f = filing(1);
    const std::string body = sync::encode(f);
    auto r = call("POST", "/api/v1/filings", body, token);
    ASSERT_EQ(r.status, 200) << r.body;
    auto ack = sync::decode_filing_ack(r.body);
    ASSERT_TRUE(ack);
    EXPECT_EQ(ack->uuid, f.uuid);
    EXPECT_EQ(ack->case_number.sequence, 1);
    auto again = call("POST", "/api/v1/filings", body, token);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.body, r.body);
    // Durable and visible through another connection at once.
    auto status = admin->find_by_code(f.code);
    ASSERT_TRUE(status);
    // Tracking through the API finds it too.
    auto t = call("POST", "/api/v1/track", sync::encode_track_request(f.code), token);
    ASSERT_EQ(t.status, 200) << t.body;
    EXPECT_TRUE(sync::decode_public_status(t.body));
}

TEST_F(OfficeApiTest, SameUuidWithOtherContentIs409) {
    const std::string token = enrol("counter-1");
    auto f = filing(1);
    ASSERT_EQ(call("POST", "/api/v1/filings", sync::encode(f), token).status, 200);
    f.draft.subject = "อย่างอื่น";
    auto r = call("POST", "/api/v1/filings", sync::encode(f), token);
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(error_of(r).code, Errc::filing_conflict);
    EXPECT_EQ(admin->list_quarantine()->size(), 1u);
}

TEST_F(OfficeApiTest, MalformedBodiesGet400Or422WithErrorBodies) {
    const std::string token = enrol("counter-1");
    auto unknown_key = call("POST", "/api/v1/filings", R"({"uuid":"x","extra":1})", token);
    EXPECT_EQ(unknown_key.status, 400);
    EXPECT_EQ(error_of(unknown_key).code, Errc::invalid_input);
    EXPECT_EQ(error_of(unknown_key).detail, "unknown_key");
    auto not_json = call("POST", "/api/v1/filings", "not json", token);
    EXPECT_EQ(not_json.status, 400);
    auto f = filing(2);
    f.draft.service = "no-such-service";
    auto refused = call("POST", "/api/v1/filings", sync::encode(f), token);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_of(refused).code, Errc::unknown_service);
    auto big =
        call("POST", "/api/v1/filings", std::string(sync::max_request_bytes + 1, ' '), token);
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(error_of(big).code, Errc::input_too_large);
    auto bad_backlog =
        call("POST", "/api/v1/heartbeat", R"({"pending":-1,"quarantined":0})", token);
    EXPECT_EQ(bad_backlog.status, 400);
    auto bad_screen = call("POST", "/api/v1/help", sync::encode_help_request("<script>"), token);
    EXPECT_EQ(bad_screen.status, 400);
    EXPECT_EQ(error_of(bad_screen).field, "screen");
}

TEST_F(OfficeApiTest, HelpRequestIsTheKiosksOwnAndAnotherKioskGets404) {
    const std::string one = enrol("counter-1");
    const std::string two = enrol("counter-2");
    auto r = call("POST", "/api/v1/help", sync::encode_help_request("review"), one);
    ASSERT_EQ(r.status, 200);
    auto id = sync::decode_help_id(r.body);
    ASSERT_TRUE(id);
    auto open = admin->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ((*open)[0].kiosk, "counter-1");
    EXPECT_EQ((*open)[0].screen, "review");
    const std::string at = "/api/v1/help/" + std::to_string(*id);
    auto mine = call("GET", at, "", one);
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(sync::decode_help_state(mine.body).value_or(true), false);
    auto theirs = call("GET", at, "", two);
    EXPECT_EQ(theirs.status, 404);
    EXPECT_EQ(error_of(theirs).code, Errc::not_found);
    EXPECT_EQ(call("GET", "/api/v1/help/abc", "", one).status, 404);
    ASSERT_TRUE(admin->acknowledge_help_request(*id, "clerk1"));
    EXPECT_EQ(sync::decode_help_state(call("GET", at, "", one).body).value_or(false), true);
}

TEST_F(OfficeApiTest, HeartbeatRecordsTheBacklog) {
    const std::string token = enrol("counter-1");
    auto r = call("POST", "/api/v1/heartbeat", sync::encode(sync::Backlog{4, 1}), token);
    ASSERT_EQ(r.status, 200) << r.body;
    auto list = admin->list_kiosks();
    ASSERT_TRUE(list);
    EXPECT_EQ(list->at(0).backlog_pending, 4);
    EXPECT_EQ(list->at(0).backlog_quarantined, 1);
    EXPECT_TRUE(list->at(0).last_contact);
}

TEST_F(OfficeApiTest, WrongTrackingCodesFromOneKioskGet429) {
    const std::string token = enrol("counter-1");
    const std::string other = enrol("counter-2");
    int statuses_404 = 0, statuses_429 = 0;
    for (int i = 0; i < 40; ++i) {
        auto r = call("POST", "/api/v1/track",
                      sync::encode_track_request(domain::generate_tracking_code()), token);
        statuses_404 += r.status == 404;
        statuses_429 += r.status == 429;
    }
    EXPECT_EQ(statuses_404, 30);
    EXPECT_EQ(statuses_429, 10);
    // Another kiosk is not held back.
    EXPECT_EQ(call("POST", "/api/v1/track",
                   sync::encode_track_request(domain::generate_tracking_code()), other)
                  .status,
              404);
}

TEST_F(OfficeApiTest, ConcurrentFilingsAreAllAcknowledgedWithDistinctGapFreeNumbers) {
    const std::string token = enrol("counter-1");
    constexpr int n = 64;
    std::vector<std::future<Response>> answers;
    for (int i = 0; i < n; ++i)
        answers.push_back(std::async(std::launch::async, [&, i] {
            return call("POST", "/api/v1/filings", sync::encode(filing(i + 1)), token);
        }));
    std::set<int> numbers;
    for (auto& a : answers) {
        auto r = a.get();
        ASSERT_EQ(r.status, 200) << r.body;
        numbers.insert(sync::decode_filing_ack(r.body)->case_number.sequence);
    }
    ASSERT_EQ(numbers.size(), static_cast<std::size_t>(n));
    EXPECT_EQ(*numbers.begin(), 1);
    EXPECT_EQ(*numbers.rbegin(), n);
}

TEST_F(OfficeApiTest, ShutdownAnswersWhatWasQueuedAndRefusesLater) {
    const std::string token = enrol("counter-1");
    ASSERT_EQ(call("POST", "/api/v1/filings", sync::encode(filing(1)), token).status, 200);
    api->shutdown();
    api.reset();
    auto list = admin->list_kiosks();
    ASSERT_TRUE(list);
    EXPECT_EQ(list->at(0).filings_received, 1);
}

}  // namespace
}  // namespace siang::server::api

namespace siang::server::api {
namespace {

// Issue 14 item 3: the kiosk board's counts are the ITA statistics' fiscal-year total: the
// filings made here, a corruption complaint only ever inside a number (and, like on the public
// /ita/ page, left out while its month is in progress).
TEST_F(OfficeApiTest, KioskBoardCountsTheFiscalYearsFilingsAsTheItaPageDoes) {
    EXPECT_EQ(call("GET", "/api/v1/kiosk/board", "").status, 401);
    const std::string token = enrol("counter-1");
    std::vector<domain::CaseNumber> numbers;
    domain::Draft corruption;
    corruption.kind = domain::Kind::corruption;
    corruption.subject = "เรียกรับเงินใต้โต๊ะ";
    corruption.details = "เจ้าหน้าที่เรียกเงินสองพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";
    int n = 0;
    for (const domain::Draft& d : {suggestion(), suggestion("ขอไฟส่องสว่าง"), corruption}) {
        auto r = call("POST", "/api/v1/filings", sync::encode(filing(++n, d)), token);
        ASSERT_EQ(r.status, 200) << r.body;
        numbers.push_back(sync::decode_filing_ack(r.body)->case_number);
    }
    const store::Viewer staff{"admin1", true};
    for (domain::Status to : {domain::Status::in_review, domain::Status::resolved}) {
        domain::StatusChange c;
        c.to = to;
        c.at = now();
        c.actor = "admin1";
        ASSERT_TRUE(admin->change_status(numbers[0], c, staff));
    }
    auto board = [&] {
        auto r = call("GET", "/api/v1/kiosk/board", "", token);
        EXPECT_EQ(r.status, 200) << r.body;
        EXPECT_EQ(r.body.find("เรียก"), std::string::npos) << r.body;
        auto b = sync::decode_kiosk_board(r.body);
        EXPECT_TRUE(b) << r.body;
        return b.value_or(sync::KioskBoard{});
    };
    const auto today = domain::local_date(now());
    const sync::KioskBoard first = board();
    EXPECT_EQ(first.fiscal_year_be, domain::fiscal_year_be(today));
    EXPECT_EQ(first.received, 2) << "the corruption complaint's month is still in progress";
    EXPECT_EQ(first.completed, 1);
    EXPECT_LE(first.drawn_at, now());
    EXPECT_GE(first.drawn_at, now() - std::chrono::minutes{1});

    // A day into the next month the corruption complaint is counted, as a number only; in
    // September that is the next fiscal year, which has nothing yet.
    const std::chrono::year_month next = today.year() / today.month() + std::chrono::months{1};
    const auto days = (std::chrono::sys_days{next / 1} - std::chrono::sys_days{today}).count() + 1;
    offset = std::int64_t{days} * 86400;
    const sync::KioskBoard later = board();
    const int fy_later = domain::fiscal_year_be(domain::local_date(now() + std::chrono::seconds{offset}));
    EXPECT_EQ(later.fiscal_year_be, fy_later);
    if (fy_later == first.fiscal_year_be) {
        EXPECT_EQ(later.received, 3);
        EXPECT_EQ(later.completed, 1);
    } else {
        EXPECT_EQ(later.received, 0);
        EXPECT_EQ(later.completed, 0);
    }
}

}  // namespace
}  // namespace siang::server::api
