// Tests for shared/demo/demo_data: deterministic, realistic, valid and legally progressing cases.
#include "demo/demo_data.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"

using namespace siang;
using namespace siang::domain;
using siang::demo::DemoGenerator;

namespace {

constexpr std::size_t sample_size = 20000;

TimePoint utc(std::string_view iso) {
    return *parse_iso_utc(iso);
}

// 25 Nov 2026, early in fiscal year 2570: the window covers FY 2569 and the start of FY 2570.
const TimePoint fixed_now = utc("2026-11-25T05:00:00Z");

// Every field of a case on one line, so two cases compare with one EXPECT_EQ.
std::string describe(const CaseHistory& h) {
    const Draft& d = h.draft;
    std::string s =
        std::string(kind_id(d.kind)) + "|" + d.service + "|" + d.division + "|" + d.subject + "|" +
        d.details + "|" + d.location + "|" +
        (d.occurred_on ? std::to_string(static_cast<int>(d.occurred_on->year())) + "-" +
                             std::to_string(static_cast<unsigned>(d.occurred_on->month())) + "-" +
                             std::to_string(static_cast<unsigned>(d.occurred_on->day()))
                       : "-") +
        "|" + d.contact.name + "|" + d.contact.phone + "|" + d.contact.email + "|" +
        d.contact.address + "|" + format_iso_utc(h.filed_at);
    for (const StatusChange& c : h.changes) {
        s += "|" + std::string(status_id(c.to)) + "@" + format_iso_utc(c.at) + ":" + c.actor + ":" +
             c.note + ":" + c.public_reply + ":" + c.reason;
    }
    return s;
}

std::vector<CaseHistory> generate(const Directory& dir, std::uint64_t seed, std::size_t n,
                                  TimePoint now = fixed_now) {
    DemoGenerator gen(dir, seed, now);
    std::vector<CaseHistory> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(gen.next());
    return out;
}

// The default directory's sample, generated once for the tests that only read it.
const std::vector<CaseHistory>& sample() {
    static const std::vector<CaseHistory> cases = generate(default_directory(), 2569, sample_size);
    return cases;
}

bool is_finished(const CaseHistory& h) {
    return !h.changes.empty() && counts_as_completed(h.changes.back().to);
}

double share(std::size_t part, std::size_t whole) {
    return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

TEST(DemoGenerator, SameSeedGivesIdenticalRecords) {
    const auto a = generate(default_directory(), 42, 2000);
    const auto b = generate(default_directory(), 42, 2000);
    for (std::size_t i = 0; i < a.size(); ++i) ASSERT_EQ(describe(a[i]), describe(b[i])) << i;
}

TEST(DemoGenerator, DifferentSeedsGiveDifferentRecords) {
    const auto a = generate(default_directory(), 1, 200);
    const auto b = generate(default_directory(), 2, 200);
    std::size_t same = 0;
    for (std::size_t i = 0; i < a.size(); ++i) same += describe(a[i]) == describe(b[i]) ? 1 : 0;
    EXPECT_EQ(same, 0U);
}

TEST(DemoGenerator, NextIntoReusingOneRecordGivesWhatNextGives) {
    const Directory dir = default_directory();
    DemoGenerator fresh(dir, 99, fixed_now);
    DemoGenerator reused(dir, 99, fixed_now);
    CaseHistory slot;
    for (int i = 0; i < 3000; ++i) {
        reused.next_into(slot);
        ASSERT_EQ(describe(slot), describe(fresh.next())) << i;
    }
}

TEST(DemoGenerator, KindsFollowTheIntendedMix) {
    std::map<Kind, std::size_t> count;
    for (const auto& h : sample()) ++count[h.draft.kind];
    EXPECT_NEAR(share(count[Kind::eservice], sample_size), 0.45, 0.02);
    EXPECT_NEAR(share(count[Kind::complaint], sample_size), 0.30, 0.02);
    EXPECT_NEAR(share(count[Kind::suggestion], sample_size), 0.20, 0.02);
    EXPECT_NEAR(share(count[Kind::corruption], sample_size), 0.05, 0.01);
}

TEST(DemoGenerator, FiledWithinCurrentAndPreviousFiscalYearAndNeverInTheFuture) {
    std::set<int> years;
    for (const auto& h : sample()) {
        const int fy = fiscal_year_be(local_date(h.filed_at));
        ASSERT_TRUE(fy == 2569 || fy == 2570) << format_iso_utc(h.filed_at);
        ASSERT_LE(h.filed_at, fixed_now);
        years.insert(fy);
    }
    EXPECT_EQ(years, (std::set<int>{2569, 2570}));
}

TEST(DemoGenerator, InOrderModeFilesEachCaseNoEarlierThanThePreviousAcrossTheWholeWindow) {
    const Directory dir = default_directory();  // must outlive the generator
    DemoGenerator gen(dir, 7, fixed_now, sample_size);
    TimePoint previous = gen.window_start();
    std::size_t weekend = 0;
    for (std::size_t i = 0; i < sample_size; ++i) {
        CaseHistory h = gen.next();
        ASSERT_GE(h.filed_at, previous) << i;
        ASSERT_LE(h.filed_at, fixed_now);
        ASSERT_TRUE(validate_draft(h.draft, dir)) << i;
        const auto day = std::chrono::weekday(
            std::chrono::floor<std::chrono::days>(h.filed_at + bangkok_offset));
        if (day == std::chrono::Saturday || day == std::chrono::Sunday) ++weekend;
        previous = h.filed_at;
    }
    EXPECT_LT(previous, fixed_now - std::chrono::days(1) + std::chrono::hours(24));
    EXPECT_GT(previous, fixed_now - std::chrono::days(3));  // reaches the present
    EXPECT_LT(share(weekend, sample_size), 0.06);           // weekends are quiet at the counter
}

TEST(DemoGenerator, WindowStartsAtBangkokMidnightOnFirstOctoberOfPreviousFiscalYear) {
    const Directory dir = default_directory();
    EXPECT_EQ(DemoGenerator(dir, 1, fixed_now).window_start(), utc("2025-09-30T17:00:00Z"));
    // 1 Oct 2026 at 01:00 Bangkok is still 30 Sep in UTC, yet already fiscal year 2570.
    const TimePoint new_year = utc("2026-09-30T18:00:00Z");
    DemoGenerator gen(dir, 1, new_year);
    EXPECT_EQ(gen.window_start(), utc("2025-09-30T17:00:00Z"));
    for (int i = 0; i < 2000; ++i) {
        const CaseHistory h = gen.next();
        ASSERT_GE(h.filed_at, gen.window_start());
        ASSERT_LE(h.filed_at, new_year);
    }
}

TEST(DemoGenerator, StatusChangesAreLegalAndInTimeOrderUpToNow) {
    for (const auto& h : sample()) {
        Status from = Status::received;
        TimePoint last = h.filed_at;
        for (const StatusChange& c : h.changes) {
            ASSERT_TRUE(check_transition(from, c.to, c.reason)) << describe(h);
            ASSERT_GE(c.at, last) << describe(h);
            ASSERT_LE(c.at, fixed_now) << describe(h);
            ASSERT_FALSE(c.actor.empty());
            from = c.to;
            last = c.at;
        }
    }
}

TEST(DemoGenerator, EveryStatusAppears) {
    std::set<Status> seen{Status::received};
    bool some_still_received = false;
    for (const auto& h : sample()) {
        for (const StatusChange& c : h.changes) seen.insert(c.to);
        some_still_received = some_still_received || h.changes.empty();
    }
    EXPECT_EQ(seen.size(), all_statuses.size());
    EXPECT_TRUE(some_still_received);
}

TEST(DemoGenerator, EveryDraftIsValidAndAlreadyClean) {
    const Directory dir = default_directory();
    for (const auto& h : sample()) {
        auto v = validate_draft(h.draft, dir);
        ASSERT_TRUE(v) << error_name(v.error().code) << " " << v.error().detail << "\n"
                       << describe(h);
        // Nothing for validation to trim, strip or fill in: the generator writes final values.
        ASSERT_EQ(v->subject, h.draft.subject);
        ASSERT_EQ(v->details, h.draft.details);
        ASSERT_EQ(v->location, h.draft.location);
        ASSERT_EQ(v->contact.phone, h.draft.contact.phone);
        ASSERT_EQ(v->division, h.draft.division);
    }
}

TEST(DemoGenerator, ServicesAndDivisionsComeFromTheDirectory) {
    Directory dir;
    dir.divisions = {{"health", "กองสาธารณสุขและสิ่งแวดล้อม", "Health", "", ""},
                     {"works", "กองช่าง", "Public Works", "", ""}};
    dir.services = {{"permit", "ขออนุญาตก่อสร้าง", "Building permit", "works", 30, ""},
                    {"garbage-waste", "เก็บขนขยะมูลฝอย", "Waste", "health", 3, ""}};
    std::set<std::string> services;
    std::set<std::string> divisions;
    for (const auto& h : generate(dir, 5, 5000)) {
        auto v = validate_draft(h.draft, dir);
        ASSERT_TRUE(v) << error_name(v.error().code) << " " << v.error().detail;
        if (!h.draft.service.empty()) services.insert(h.draft.service);
        if (!h.draft.division.empty()) divisions.insert(h.draft.division);
        if (h.draft.service == "permit" && h.draft.kind == Kind::eservice) {
            // A service the vocabulary does not know is requested by its own name.
            ASSERT_NE(h.draft.subject.find("ขออนุญาตก่อสร้าง"), std::string::npos) << h.draft.subject;
        }
    }
    EXPECT_EQ(services, (std::set<std::string>{"permit", "garbage-waste"}));
    EXPECT_EQ(divisions, (std::set<std::string>{"health", "works"}));
}

TEST(DemoGenerator, DirectoryWithoutServicesGivesNoEserviceButValidDrafts) {
    Directory dir;
    dir.divisions = {{"clerk", "สำนักปลัด", "Clerk", "", ""}};
    for (const auto& h : generate(dir, 8, 2000)) {
        ASSERT_NE(h.draft.kind, Kind::eservice);
        ASSERT_TRUE(h.draft.service.empty());
        ASSERT_TRUE(validate_draft(h.draft, dir));
    }
    for (const auto& h : generate(Directory{}, 8, 500))
        ASSERT_TRUE(validate_draft(h.draft, Directory{}));
}

TEST(DemoGenerator, AboutAThirdAreAnonymousAndTheRestGiveAThaiNameAndMobileNumber) {
    std::size_t anonymous = 0;
    for (const auto& h : sample()) {
        const Contact& c = h.draft.contact;
        if (c.anonymous()) {
            ++anonymous;
            continue;
        }
        ASSERT_TRUE(c.name.starts_with("นาย") || c.name.starts_with("นาง")) << c.name;
        ASSERT_EQ(c.phone.size(), 10U) << c.phone;
        ASSERT_EQ(c.phone[0], '0');
        ASSERT_TRUE(c.phone[1] == '6' || c.phone[1] == '8' || c.phone[1] == '9') << c.phone;
    }
    EXPECT_NEAR(share(anonymous, sample_size), 1.0 / 3.0, 0.05);
}

TEST(DemoGenerator, CorruptionComplaintsAreMostlyAnonymousAndHandledByIntegrityStaff) {
    std::size_t total = 0;
    std::size_t anonymous = 0;
    for (const auto& h : sample()) {
        if (h.draft.kind != Kind::corruption) continue;
        ++total;
        anonymous += h.draft.contact.anonymous() ? 1 : 0;
        for (const StatusChange& c : h.changes)
            ASSERT_TRUE(c.actor.starts_with("integrity.")) << c.actor;
    }
    ASSERT_GT(total, 0U);
    EXPECT_GT(share(anonymous, total), 0.6);
}

TEST(DemoGenerator, OlderItemsAreMoreOftenFinished) {
    std::size_t old_total = 0, old_done = 0, new_total = 0, new_done = 0;
    for (const auto& h : sample()) {
        const auto age = fixed_now - h.filed_at;
        if (age > std::chrono::days(90)) {
            ++old_total;
            old_done += is_finished(h) ? 1 : 0;
        } else if (age < std::chrono::days(7)) {
            ++new_total;
            new_done += is_finished(h) ? 1 : 0;
        }
    }
    ASSERT_GT(new_total, 50U);
    EXPECT_GT(share(old_done, old_total), 0.85);
    EXPECT_LT(share(new_done, new_total), share(old_done, old_total) - 0.3);
}

TEST(DemoGenerator, MostFinishedItemsCarryAThaiPublicReplyAndRejectionsAReason) {
    std::size_t finished = 0;
    std::size_t replied = 0;
    std::size_t notes = 0;
    std::size_t changes = 0;
    for (const auto& h : sample()) {
        for (const StatusChange& c : h.changes) {
            ++changes;
            notes += c.note.empty() ? 0 : 1;
            if (c.to == Status::rejected) {
                ASSERT_FALSE(c.reason.empty());
            }
        }
        if (!h.changes.empty() && is_final(h.changes.back().to)) {
            ++finished;
            replied += h.changes.back().public_reply.empty() ? 0 : 1;
        }
    }
    EXPECT_GT(share(replied, finished), 0.8);
    EXPECT_GT(share(notes, changes), 0.1);
    EXPECT_LT(share(notes, changes), 0.6);
}

TEST(DemoGenerator, DetailsAreSeveralSentencesWithSearchableWordsInsideLongerRuns) {
    std::set<std::string> subjects;
    std::size_t sentences = 0;
    std::size_t road_inside_run = 0;
    for (const auto& h : sample()) {
        subjects.insert(h.draft.subject);
        for (char ch : h.draft.details) sentences += ch == ' ' || ch == '\n' ? 1 : 0;
        road_inside_run += h.draft.details.find("ถนนชำรุด") != std::string::npos ? 1 : 0;
        ASSERT_LE(h.draft.details.size(), 4 * details_limit);
    }
    EXPECT_GT(static_cast<double>(sentences) / sample_size, 2.0);
    EXPECT_GT(road_inside_run, 50U);
    EXPECT_GT(subjects.size(), 300U) << "subjects should vary, not repeat a handful of lines";
}

TEST(DemoGenerator, ActionsHappenInBangkokOfficeHoursOnWorkingDays) {
    for (const auto& h : sample()) {
        for (const StatusChange& c : h.changes) {
            const auto local = c.at + bangkok_offset;
            const auto sod = (local - std::chrono::floor<std::chrono::days>(local)).count();
            ASSERT_GE(sod, 8 * 3600 + 30 * 60) << format_iso_utc(c.at);
            const std::chrono::weekday wd{std::chrono::floor<std::chrono::days>(local)};
            ASSERT_NE(wd, std::chrono::Saturday);
            ASSERT_NE(wd, std::chrono::Sunday);
        }
    }
}

TEST(DemoGenerator, WritersPolitenessMatchesTheirNameAndTheirVillageAgrees) {
    std::size_t checked = 0;
    for (const auto& h : sample()) {
        const Contact& c = h.draft.contact;
        if (c.anonymous()) continue;
        const std::string& d = h.draft.details;
        if (d.find("ขอบคุณครับ") != std::string::npos) {
            ASSERT_TRUE(c.name.starts_with("นาย")) << c.name << " wrote " << d;
            ++checked;
        }
        if (d.find("ขอบคุณค่ะ") != std::string::npos || d.find("ดิฉัน") == 0) {
            ASSERT_TRUE(c.name.starts_with("นาง")) << c.name << " wrote " << d;
            ++checked;
        }
        // The address, when given, is in the same village as the reported location.
        if (!c.address.empty() && !h.draft.location.empty() &&
            h.draft.location.starts_with("หมู่ที่")) {
            // "หมู่ที่ 8 บ้านห้วยทราย ถนน…": the first three words name the village.
            const std::string& loc = h.draft.location;
            const std::size_t end = loc.find(' ', loc.find(' ', loc.find(' ') + 1) + 1);
            const std::string village = loc.substr(0, end);
            ASSERT_NE(village.find("บ้าน"), std::string::npos) << village;
            ASSERT_NE(c.address.find(village), std::string::npos) << c.address << " / " << village;
        }
    }
    EXPECT_GT(checked, 1000U);
}

TEST(DemoGenerator, ForwardedItemsGoToTheAgencyThatFitsTheirService) {
    std::size_t streetlight = 0;
    for (const auto& h : sample()) {
        for (const StatusChange& c : h.changes) {
            if (c.to != Status::forwarded) continue;
            ASSERT_FALSE(c.public_reply.empty());
            if (h.draft.service == "streetlight") {
                ASSERT_NE(c.public_reply.find("การไฟฟ้า"), std::string::npos) << c.public_reply;
                ++streetlight;
            }
            if (h.draft.service == "water") {
                ASSERT_NE(c.public_reply.find("การประปา"), std::string::npos) << c.public_reply;
            }
            if (h.draft.kind == Kind::corruption) {
                ASSERT_TRUE(c.public_reply.find("ป.ป.ช.") != std::string::npos ||
                            c.public_reply.find("การตรวจเงินแผ่นดิน") != std::string::npos)
                    << c.public_reply;
            }
        }
    }
    EXPECT_GT(streetlight, 10U);
}
