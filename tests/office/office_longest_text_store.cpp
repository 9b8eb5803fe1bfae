// office_longest_text_store: builds a store whose one case is as long as the limits allow in
// every field, for the console's hang guard: each character a Thai consonant with the most marks
// (upper vowel, tone mark, ZWJ), a full public reply, reason-free status notes and a full note.
// Usage: office_longest_text_store PATH   (the case is 2570-000001)
#include <cstdio>
#include <filesystem>
#include <string>

#include "demo/screenshot_store.hpp"
#include "domain/status_change.hpp"
#include "store/store.hpp"

namespace {

std::string longest(std::size_t chars) {
    std::string out;
    for (std::size_t i = 0; i < chars; ++i) out += "ก\u0E34\u0E48\u200D";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace siang;
    if (argc < 2) {
        std::fprintf(stderr, "usage: office_longest_text_store PATH\n");
        return 2;
    }
    const std::string path = argv[1];
    for (const char* suffix : {"", "-wal", "-shm", ".key"}) std::filesystem::remove(path + suffix);
    store::OpenOptions o;
    o.create = true;
    auto s = store::Store::open(path, o);
    if (!s) {
        std::fprintf(stderr, "office_longest_text_store: %s\n", s.error().detail.c_str());
        return 1;
    }
    // Made for screenshots: the console renders it (shared/demo/screenshot_store.hpp).
    if (auto r = demo::mark_for_screenshots(*s); !r) {
        std::fprintf(stderr, "office_longest_text_store: %s\n", r.error().detail.c_str());
        return 1;
    }
    // 25 Nov 2026 10:00 Bangkok: fiscal year 2570.
    const domain::TimePoint now{std::chrono::seconds{1795575600}};
    domain::Draft d;
    d.kind = domain::Kind::complaint;
    d.subject = longest(domain::subject_limit);
    d.details = longest(domain::details_limit);
    d.location = longest(domain::location_limit);
    // The e-mail must look like one (domain::check_email): the longest Thai local part left.
    d.contact = {longest(domain::contact_field_limit), "0812345678",
                 longest(domain::contact_field_limit - 12) + "@example.com",
                 longest(domain::contact_field_limit)};
    auto valid = domain::validate_draft(d, domain::default_directory(), now);
    if (!valid) {
        std::fprintf(stderr, "office_longest_text_store: %s\n", valid.error().detail.c_str());
        return 1;
    }
    auto filed = s->submit(*valid, now, "kiosk");
    if (!filed) return 1;
    const store::Viewer staff{"somchai", false};
    domain::StatusChange review{
        domain::Status::in_review,         now + std::chrono::hours{1},         "somchai",
        longest(domain::staff_note_limit), longest(domain::public_reply_limit), ""};
    if (auto r = s->change_status(filed->number, review, staff); !r) {
        std::fprintf(stderr, "office_longest_text_store: %s\n", r.error().detail.c_str());
        return 1;
    }
    if (!s->add_note(filed->number, staff, longest(domain::staff_note_limit), now)) return 1;
    return 0;
}
