// Open311 GeoReport v2 handlers (server/public/open311.cpp) called directly: every endpoint's
// fields against the spec, the errors of the spec's format, and corruption complaints and
// personal data unreachable by any parameter.
#include "server/public/open311.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <nlohmann/json.hpp>

#include "server/public/open311_wire.hpp"
#include "store/store.hpp"
#include "support/test_dir.hpp"

namespace siang::server::open311 {
namespace {

using nlohmann::json;

const domain::TimePoint fixed_now =
    std::chrono::sys_days{std::chrono::year{2026} / 12 / 2} + std::chrono::hours{3};

class Open311Test : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = siang::testing::test_dir("open311");
        path = (dir / "siang.db").string();
        store::OpenOptions create;
        create.create = true;
        auto s = store::Store::open(path, create);
        ASSERT_TRUE(s);
        admin.emplace(std::move(*s));
        auto opened = Open311Site::open(path, config::Config{}, [] { return fixed_now; });
        ASSERT_TRUE(opened);
        site = std::move(*opened);
        routes = this->site->routes();
        auto k = admin->add_integration("line-oa", fixed_now);
        ASSERT_TRUE(k);
        key = *k;
    }

    http::Response call(const std::string& method, const std::string& p,
                        std::map<std::string, std::string> query = {}, std::string body = {},
                        std::string type = "application/x-www-form-urlencoded") {
        http::Request req;
        req.method = method;
        req.path = p;
        req.query = std::move(query);
        req.body = std::move(body);
        req.headers["content-type"] = type;
        for (const auto& r : routes) {
            if (r.method != method) continue;
            if (r.pattern == p) return r.handler(req);
            const auto brace = r.pattern.find("{");
            if (brace != std::string::npos && p.starts_with(r.pattern.substr(0, brace)) &&
                p.find('/', brace) == std::string::npos) {
                req.params["file"] = p.substr(brace);
                return r.handler(req);
            }
        }
        http::Response none;
        none.status = 404;
        return none;
    }

    store::Filed file(domain::Kind kind, std::string service, domain::TimePoint at) {
        domain::Draft d;
        d.kind = kind;
        d.service = std::move(service);
        d.subject = "ไฟถนนดับหน้าบ้าน";
        d.details = "SECRET-DETAILS ไฟดับมาสามคืนแล้ว";
        d.location = "SECRET-ADDRESS หมู่ที่ 4";
        d.contact.name = "SECRET-NAME สมชาย";
        d.contact.phone = "0812345678";
        auto v = domain::validate_draft(d, domain::default_directory(), at);
        EXPECT_TRUE(v) << (v ? "" : std::string(error_name(v.error().code)) + v.error().detail);
        auto f = admin->submit(*v, at, "test");
        EXPECT_TRUE(f);
        return *f;
    }

    std::filesystem::path dir;
    std::string path;
    std::optional<store::Store> admin;
    std::unique_ptr<Open311Site> site;
    std::vector<http::Route> routes;
    std::string key;
};

void expect_error(const http::Response& r, int code) {
    EXPECT_EQ(r.status, code) << r.body;
    auto j = json::parse(r.body);
    ASSERT_TRUE(j.is_array()) << r.body;
    ASSERT_EQ(j.size(), 1u);
    EXPECT_EQ(j[0].at("code"), code);
    EXPECT_FALSE(j[0].at("description").get<std::string>().empty());
}

TEST_F(Open311Test, ServicesListTheCatalogueAndTheOpenKindsButNeverCorruption) {
    auto r = call("GET", "/open311/v2/services.json");
    ASSERT_EQ(r.status, 200);
    auto j = json::parse(r.body);
    ASSERT_TRUE(j.is_array());
    std::set<std::string> codes;
    for (const auto& s : j) {
        codes.insert(s.at("service_code"));
        EXPECT_TRUE(s.at("service_name").is_string());
        EXPECT_TRUE(s.at("description").is_string());
        EXPECT_EQ(s.at("metadata"), false);
        EXPECT_EQ(s.at("type"), "realtime");
        EXPECT_TRUE(s.at("keywords").is_string());
        EXPECT_TRUE(s.at("group").is_string());
    }
    for (const auto& s : domain::default_directory().services) EXPECT_TRUE(codes.contains(s.code));
    EXPECT_TRUE(codes.contains("suggestion"));
    EXPECT_TRUE(codes.contains("complaint"));
    EXPECT_FALSE(codes.contains("corruption"));
    EXPECT_EQ(r.body.find("corruption"), std::string::npos);
}

TEST_F(Open311Test, ServiceDefinitionNamesTheCodeAndUnknownIs404) {
    auto r = call("GET", "/open311/v2/services/streetlight.json");
    ASSERT_EQ(r.status, 200);
    auto j = json::parse(r.body);
    EXPECT_EQ(j.at("service_code"), "streetlight");
    EXPECT_TRUE(j.at("attributes").is_array());
    expect_error(call("GET", "/open311/v2/services/corruption.json"), 404);
    expect_error(call("GET", "/open311/v2/services/nope.json"), 404);
    expect_error(call("GET", "/open311/v2/services/streetlight.xml"), 404);
}

TEST_F(Open311Test, RequestShowsPublicFieldsOnlyWithStatusNotesFromThePublicReply) {
    auto f = file(domain::Kind::eservice, "streetlight", fixed_now - std::chrono::hours{48});
    domain::StatusChange ch;
    ch.to = domain::Status::in_review;
    ch.at = fixed_now - std::chrono::hours{24};
    ch.actor = "clerk1";
    ch.note = "SECRET-NOTE ภายใน";
    ch.public_reply = "รับเรื่องแล้ว จะส่งช่างไปตรวจ";
    ASSERT_TRUE(admin->change_status(f.number, ch, store::Viewer{"admin", true}));
    auto r = call("GET", "/open311/v2/requests/" + f.number.str() + ".json");
    ASSERT_EQ(r.status, 200) << r.body;
    auto j = json::parse(r.body);
    ASSERT_EQ(j.size(), 1u);
    const auto& e = j[0];
    EXPECT_EQ(e.at("service_request_id"), f.number.str());
    EXPECT_EQ(e.at("status"), "open");
    EXPECT_EQ(e.at("status_notes"), "รับเรื่องแล้ว จะส่งช่างไปตรวจ");
    EXPECT_EQ(e.at("service_code"), "streetlight");
    EXPECT_EQ(e.at("service_name"), "ซ่อมไฟฟ้าสาธารณะ");
    EXPECT_TRUE(e.at("agency_responsible").is_string());
    EXPECT_EQ(e.at("requested_datetime"), format_w3c(fixed_now - std::chrono::hours{48}));
    EXPECT_EQ(e.at("updated_datetime"), format_w3c(fixed_now - std::chrono::hours{24}));
    EXPECT_TRUE(e.at("expected_datetime").get<std::string>().ends_with("T16:30:00+07:00"));
    for (const char* secret : {"SECRET", "0812345678", "clerk1", "ไฟถนนดับ"})
        EXPECT_EQ(r.body.find(secret), std::string::npos) << secret;
    ch.to = domain::Status::in_progress;
    ch.public_reply = "";
    ASSERT_TRUE(admin->change_status(f.number, ch, store::Viewer{"admin", true}));
    ch.to = domain::Status::resolved;
    ch.public_reply = "ซ่อมเสร็จแล้ว";
    ASSERT_TRUE(admin->change_status(f.number, ch, store::Viewer{"admin", true}));
    auto closed = json::parse(call("GET", "/open311/v2/requests/" + f.number.str() + ".json").body);
    EXPECT_EQ(closed[0].at("status"), "closed");
    EXPECT_EQ(closed[0].at("status_notes"), "ซ่อมเสร็จแล้ว");
}

TEST_F(Open311Test, CorruptionComplaintIsReachableByNoParameter) {
    auto c = file(domain::Kind::corruption, "", fixed_now - std::chrono::hours{2});
    auto open = file(domain::Kind::complaint, "", fixed_now - std::chrono::hours{1});
    const std::string tj = c.number.str();
    expect_error(call("GET", "/open311/v2/requests/" + tj + ".json"), 404);
    // The same sequence in the general register is another case, never the complaint.
    for (auto q : std::vector<std::map<std::string, std::string>>{
             {},
             {{"service_request_id", tj}},
             {{"service_request_id", "TJ-" + std::to_string(c.number.fiscal_year_be) + "-1"}},
             {{"service_code", "complaint"}},
             {{"status", "open"}},
             {{"start_date", "2026-01-01T00:00:00Z"}, {"end_date", "2026-12-31T00:00:00Z"}}}) {
        auto r = call("GET", "/open311/v2/requests.json", q);
        ASSERT_EQ(r.status, 200) << r.body;
        auto j = json::parse(r.body);
        for (const auto& e : j) EXPECT_NE(e.at("service_request_id"), tj);
        EXPECT_EQ(r.body.find("ทจ"), std::string::npos);
        EXPECT_EQ(r.body.find("corruption"), std::string::npos);
    }
    expect_error(call("GET", "/open311/v2/requests.json", {{"service_code", "corruption"}}), 404);
    auto listed = json::parse(call("GET", "/open311/v2/requests.json").body);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].at("service_request_id"), open.number.str());
}

TEST_F(Open311Test, ListFiltersByServiceStatusAndDatesWithANinetyDayDefault) {
    auto old = file(domain::Kind::eservice, "streetlight", fixed_now - std::chrono::days{100});
    auto light = file(domain::Kind::eservice, "streetlight", fixed_now - std::chrono::days{10});
    auto waste = file(domain::Kind::eservice, "waste", fixed_now - std::chrono::days{5});
    auto ids = [&](std::map<std::string, std::string> q) {
        auto r = call("GET", "/open311/v2/requests.json", std::move(q));
        EXPECT_EQ(r.status, 200) << r.body;
        std::vector<std::string> out;
        for (const auto& e : json::parse(r.body)) out.push_back(e.at("service_request_id"));
        return out;
    };
    // Newest first, the 100-day-old one outside the default window.
    EXPECT_EQ(ids({}), (std::vector<std::string>{waste.number.str(), light.number.str()}));
    EXPECT_EQ(ids({{"service_code", "streetlight"}}), std::vector<std::string>{light.number.str()});
    EXPECT_EQ(ids({{"service_code", "waste,streetlight"}}),
              (std::vector<std::string>{waste.number.str(), light.number.str()}));
    EXPECT_EQ(ids({{"status", "closed"}}), std::vector<std::string>{});
    EXPECT_EQ(ids({{"status", "open"}}).size(), 2u);
    EXPECT_EQ(ids({{"start_date", format_w3c(fixed_now - std::chrono::days{120})},
                   {"end_date", format_w3c(fixed_now - std::chrono::days{50})}}),
              std::vector<std::string>{old.number.str()});
    EXPECT_EQ(ids({{"service_request_id", old.number.str() + "," + waste.number.str()}}),
              (std::vector<std::string>{old.number.str(), waste.number.str()}));
    expect_error(call("GET", "/open311/v2/requests.json", {{"status", "pending"}}), 400);
    expect_error(call("GET", "/open311/v2/requests.json", {{"start_date", "yesterday"}}), 400);
}

TEST_F(Open311Test, PostFilesACaseTheQueueShows) {
    auto r = call("POST", "/open311/v2/requests.json", {},
                  "api_key=" + key +
                      "&service_code=streetlight&lat=13.75&long=100.5"
                      "&address_string=%E0%B8%AB%E0%B8%A1%E0%B8%B9%E0%B9%88+4"
                      "&description=%E0%B9%84%E0%B8%9F%E0%B8%94%E0%B8%B1%E0%B8%9A&first_name=A"
                      "&last_name=B&phone=0812345678");
    ASSERT_EQ(r.status, 201) << r.body;
    auto j = json::parse(r.body);
    ASSERT_EQ(j.size(), 1u);
    const std::string id = j[0].at("service_request_id");
    auto number = domain::parse_case_number(id);
    ASSERT_TRUE(number);
    auto d = admin->get_case(*number, store::Viewer{"clerk", false});
    ASSERT_TRUE(d);
    EXPECT_EQ(d->filed.kind, domain::Kind::eservice);
    EXPECT_EQ(d->filed.service, "streetlight");
    EXPECT_EQ(d->filed.details, "ไฟดับ");
    EXPECT_EQ(d->filed.location, "หมู่ 4 (13.75, 100.5)");
    EXPECT_EQ(d->filed.contact.name, "A B");
    EXPECT_EQ(r.body.find("0812345678"), std::string::npos);
    auto page = admin->list(store::Query{}, store::Viewer{"clerk", false});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->rows.size(), 1u);
    EXPECT_EQ(page->rows[0].number, *number);
}

TEST_F(Open311Test, PostRefusesWithTheSpecsErrors) {
    const std::string good = "&service_code=waste&address_string=x&description=y";
    expect_error(call("POST", "/open311/v2/requests.json", {}, "service_code=waste" + good), 400);
    expect_error(call("POST", "/open311/v2/requests.json", {}, "api_key=" + std::string(64, 'a') + good), 403);
    expect_error(call("POST", "/open311/v2/requests.json", {}, "api_key=nope" + good), 403);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=nope&address_string=x&description=y"),
                 404);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=corruption&address_string=x&description=y"),
                 404);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=waste&description=y"),
                 400);  // no location
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=waste&lat=91&long=0&description=y"),
                 400);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=waste&address_string=x"),
                 400);  // no description
    expect_error(call("POST", "/open311/v2/requests.json", {}, "api_key=" + key + "%ZZ" + good), 400);
    expect_error(call("POST", "/open311/v2/requests.json", {}, "{\"api_key\":1}", "application/json"),
                 400);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + good + "&description=twice"),
                 400);
    expect_error(call("POST", "/open311/v2/requests.json", {},
                      "api_key=" + key + "&service_code=waste&address_string=x&description=" +
                          std::string(5001, 'y')),
                 400);  // over the details limit: refused, never cut
    ASSERT_TRUE(admin->revoke_integration("line-oa", fixed_now));
    expect_error(call("POST", "/open311/v2/requests.json", {}, "api_key=" + key + good), 403);
    auto page = admin->list(store::Query{}, store::Viewer{"integrity", true});
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->rows.empty());
}

TEST(Open311Wire, W3cDateTimesRoundTripAndRefuseJunk) {
    const auto t = parse_w3c("2026-12-02T10:00:00+07:00");
    ASSERT_TRUE(t);
    EXPECT_EQ(*t, std::chrono::sys_days{std::chrono::year{2026} / 12 / 2} + std::chrono::hours{3});
    EXPECT_EQ(parse_w3c("2026-12-02T03:00:00Z"), t);
    EXPECT_EQ(parse_w3c("2026-12-02T03:00:00.250Z"), t);
    EXPECT_EQ(format_w3c(*t), "2026-12-02T10:00:00+07:00");
    EXPECT_FALSE(parse_w3c("2026-13-02T03:00:00Z"));
    EXPECT_FALSE(parse_w3c("2026-12-02T03:00:00"));
    EXPECT_FALSE(parse_w3c("2026-12-02T03:00:00+7"));
    EXPECT_FALSE(decode_form("a=%4"));
    EXPECT_FALSE(decode_form("a=%00"));
    EXPECT_EQ(decode_form("a=b+c&d=%E0%B8%81")->at("d"), "ก");
}

}  // namespace
}  // namespace siang::server::open311
