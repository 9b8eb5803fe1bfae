// office_demo_store: builds a store made for screenshots (shared/demo/screenshot_store) that the
// console's and kiosk's screenshot tests render from — demo cases, one staff member per role
// and an open help request.
// Usage: office_demo_store PATH [RECORDS]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "demo/screenshot_store.hpp"
#include "store/store.hpp"

int main(int argc, char** argv) {
    using namespace siang;
    if (argc < 2) {
        std::fprintf(stderr, "usage: office_demo_store PATH [RECORDS]\n");
        return 2;
    }
    const std::string path = argv[1];
    const std::size_t records = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 3000;
    for (const char* suffix : {"", "-wal", "-shm", ".key"}) std::filesystem::remove(path + suffix);
    store::OpenOptions o;
    o.create = true;
    auto s = store::Store::open(path, o);
    if (!s) {
        std::fprintf(stderr, "office_demo_store: %s\n", s.error().detail.c_str());
        return 1;
    }
    // 25 Nov 2026, as the demo data of the store bench.
    const domain::TimePoint now{std::chrono::seconds{1795575600}};
    const auto directory = domain::default_directory();
    if (auto r = demo::mark_for_screenshots(*s); !r) {
        std::fprintf(stderr, "office_demo_store: %s\n", r.error().detail.c_str());
        return 1;
    }
    if (auto r = demo::fill_screenshot_store(*s, directory, records, now); !r) {
        std::fprintf(stderr, "office_demo_store: %s\n", r.error().detail.c_str());
        return 1;
    }
    if (!s->add_help_request("kiosk-1", now, "review")) return 1;
    return 0;
}
