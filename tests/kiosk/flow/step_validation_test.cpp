// The kiosk's per-step check says what domain::validate_draft will say at submission, field by
// field (issue 10 item 5: one rule in the domain, not a second copy in the kiosk).
#include "kiosk/flow/step_validation.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"

namespace siang::flow {
namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

domain::Draft eservice_draft() {
    domain::Draft d;
    d.kind = domain::Kind::eservice;
    d.service = "streetlight";
    d.subject = "ไฟฟ้าสาธารณะดับ";
    d.details = "เสาไฟหน้าวัดดับมาสามคืนแล้ว";
    d.location = "หมู่ที่ 3";
    d.contact = {"สมชาย ใจดี", "0812345678", "", ""};
    return d;
}

domain::Draft complaint_draft() {
    domain::Draft d = eservice_draft();
    d.kind = domain::Kind::complaint;
    d.service.clear();
    d.division = "works";
    return d;
}

// One answer typed on one step, on an otherwise valid draft.
struct Row {
    const char* what;
    Screen step;
    std::function<void(domain::Draft&, std::string&)> set;  // the draft and the when step's text
};

Row on_draft(const char* what, Screen step, domain::Draft base,
             std::function<void(domain::Draft&)> set) {
    return {what, step, [base, set](domain::Draft& d, std::string&) {
                d = base;
                set(d);
            }};
}

std::vector<Row> rows() {
    using D = domain::Draft;
    const D c = complaint_draft();
    const D e = eservice_draft();
    std::vector<Row> r;
    auto text_rows = [&](const char* name, Screen step, std::string D::*member, std::size_t limit) {
        for (std::string v : {std::string("ถนนชำรุด"), std::string(), std::string("  \u200B "),
                              repeat("ที่", limit), repeat("ที่", limit + 1), std::string("ถนน\xff"),
                              std::string("ถ") + repeat("\u0E49", 4),
                              std::string("  ถนน\x01ชำรุด\r\n"), std::string("\u202Eถนน\u202C")})
            r.push_back(on_draft(name, step, c, [member, v](D& d) { d.*member = v; }));
    };
    text_rows("subject", Screen::subject, &D::subject, domain::subject_limit);
    text_rows("details", Screen::details, &D::details, domain::details_limit);
    text_rows("location", Screen::location, &D::location, domain::location_limit);

    auto contact_rows = [&](const char* name, std::string domain::Contact::*member,
                            std::vector<std::string> values) {
        for (std::string v : values)
            r.push_back(on_draft(name, Screen::contact_fields, c,
                                 [member, v](D& d) { d.contact.*member = v; }));
    };
    const std::vector<std::string> common{"",
                                          "  \u200B",
                                          repeat("ก", domain::contact_field_limit + 1),
                                          "ก\xc3",
                                          "ก" + repeat("\u0E48", 4),
                                          "\x01สมหญิง\t"};
    contact_rows("name", &domain::Contact::name, common);
    contact_rows("name", &domain::Contact::name, {"สมหญิง รักดี"});
    contact_rows("phone", &domain::Contact::phone, common);
    contact_rows("phone", &domain::Contact::phone,
                 {"081-234-5678", "๐๘๑๒๓๔๕๖๗๘", "+66 81 234 5678", "123",
                  "081\x01"
                  "2345678",
                  " 0812345678\u200B", "\u202E0812345678"});
    contact_rows("email", &domain::Contact::email, common);
    contact_rows("email", &domain::Contact::email,
                 {"somchai@example.com", "somchai", "a@@b.co", "a@b..co", "a@b.co\u200B",
                  "\u2066a@b.co\u2069", "a\x01@b.co", "ส@เทศบาล.ไทย"});
    contact_rows("address", &domain::Contact::address, common);
    contact_rows("address", &domain::Contact::address, {"12 หมู่ 3\r\nตำบลบ้านใหม่"});

    for (std::string v :
         {"streetlight", "", "nosuch", " streetlight", "water\u200B", "street\x01light"})
        r.push_back(on_draft("service", Screen::service, e, [v](D& d) { d.service = v; }));
    for (std::string v : {"works", "", "nosuch", " works", "\u2066works\u2069"})
        r.push_back(on_draft("division", Screen::topic, c, [v](D& d) { d.division = v; }));

    const auto now = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    for (std::string v : {std::string(), when_days_ago(0, now), when_days_ago(1, now),
                          when_days_ago(-3, now), std::string("2499-12-31"),
                          std::string("2569-13-01"), std::string("วันนี้"), std::string("  ")})
        r.push_back({"when", Screen::when, [c, v](D& d, std::string& when) {
                         d = c;
                         when = v;
                     }});
    return r;
}

// What the kiosk does at submission (KioskSession::begin_submit): the typed date parsed, then
// the whole draft through the domain.
Result<void> at_submission(domain::Draft d, std::string_view when, const domain::Directory& dir) {
    auto parsed = parse_when(when);
    if (!parsed) return std::unexpected(parsed.error());
    d.occurred_on = *parsed;
    auto v = domain::validate_draft(std::move(d), dir);
    if (!v) return std::unexpected(v.error());
    return {};
}

TEST(StepValidation, EveryStepSaysWhatSubmissionWillSay) {
    const domain::Directory dir = domain::default_directory();
    int i = 0;
    for (const Row& row : rows()) {
        domain::Draft d;
        std::string when;
        row.set(d, when);
        const Result<void> step = check_step(row.step, d, when, dir);
        const Result<void> submitted = at_submission(d, when, dir);
        SCOPED_TRACE(std::string(row.what) + " row " + std::to_string(i++));
        EXPECT_EQ(step.has_value(), submitted.has_value())
            << (step ? "step passed" : std::string(error_name(step.error().code))) << " / "
            << (submitted ? "submission passed" : std::string(error_name(submitted.error().code)));
        if (!step && !submitted) {
            EXPECT_EQ(error_name(step.error().code), error_name(submitted.error().code));
            EXPECT_EQ(step.error().detail, submitted.error().detail);
        }
    }
}

}  // namespace
}  // namespace siang::flow
