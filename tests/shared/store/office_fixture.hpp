// Test support for the office network's store side: an enrolled kiosk and filings as the server's
// writer hands them to Store::accept_filings.
#pragma once

#include <string>

#include "store_fixture.hpp"

namespace siang::store::testing {

// A well-formed version 4 uuid made from `n`, so tests can name filings.
inline std::string test_uuid(int n) {
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012x", n, n);
    return buf;
}

inline IncomingFiling kiosk_filing(const KioskRef& kiosk, int n, const domain::Draft& d,
                                   domain::TimePoint filed_at = bangkok(2026, 11, 20)) {
    IncomingFiling f;
    f.kiosk = kiosk;
    f.uuid = test_uuid(n);
    f.filed_at = filed_at;
    f.code = domain::generate_tracking_code();
    f.draft = d;
    // The store never parses the body: it only compares resends by their keyed hash.
    f.body = f.uuid + "|" + f.code.str() + "|" + d.subject;
    return f;
}

// Adds and enrols kiosk `name` in `s`; the token in `token` when given.
inline KioskRef enrol_kiosk(Store& s, const std::string& name, std::string* token = nullptr) {
    const auto now = bangkok(2026, 11, 20, 8);
    auto code = s.add_kiosk_enrolment(name, now, "admin1");
    EXPECT_TRUE(code) << error_name(code.error().code);
    auto enrolled = s.redeem_enrolment(code.value_or(KioskEnrolment{}).code, now);
    EXPECT_TRUE(enrolled) << error_name(enrolled.error().code);
    if (token) *token = enrolled.value_or(EnrolledKiosk{}).token;
    auto ref = s.kiosk_by_token(enrolled.value_or(EnrolledKiosk{}).token);
    EXPECT_TRUE(ref);
    return ref.value_or(KioskRef{});
}

}  // namespace siang::store::testing
