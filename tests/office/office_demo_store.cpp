// office_demo_store: builds the store the console's screenshot tests render from — demo cases
// (shared/demo), one staff member per role and an open help request.
// Usage: office_demo_store PATH [RECORDS]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "demo/demo_data.hpp"
#include "staff/staff_accounts.hpp"
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
    const auto directory = domain::default_directory();  // must outlive the generator
    demo::DemoGenerator gen(directory, 11, now);
    std::vector<domain::CaseHistory> cases(records);
    for (auto& c : cases) gen.next_into(c);
    if (auto n = s->import_cases(cases); !n) {
        std::fprintf(stderr, "office_demo_store: import: %s\n", n.error().detail.c_str());
        return 1;
    }
    staff::StaffAccounts accounts(*s);
    const auto root = staff::local_administrator();
    for (const staff::StaffUser& u :
         {staff::StaffUser{"somchai", "สมชาย ใจดี", staff::Role::clerk},
          staff::StaffUser{"malee", "มาลี ซื่อตรง", staff::Role::integrity},
          staff::StaffUser{"boss", "วิชัย ผู้ดูแล", staff::Role::admin}}) {
        if (auto r = accounts.add(root, u, "demo-password-1"); !r) {
            std::fprintf(stderr, "office_demo_store: user %s\n", u.username.c_str());
            return 1;
        }
    }
    if (!s->add_help_request("kiosk-1", now)) return 1;
    return 0;
}
