// login_bench: how long a failed login takes for an unknown name, a wrong password and a disabled
// account (right and wrong password), and a success, in a fresh process each time as the CLI
// runs. Prints medians; never pass/fail (the pass/fail check is the argon2 run count in
// tests/shared/staff/login_test.cpp).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/scratch_dir.hpp"
#include "staff/staff_accounts.hpp"

namespace {

using namespace siang;
using Clock = std::chrono::steady_clock;

double median_ms(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    ScratchDir scratch("siang-login-bench");
    store::OpenOptions opts;
    opts.create = true;
    auto s = store::Store::open((scratch.path() / "bench.db").string(), opts);
    if (!s) {
        std::fprintf(stderr, "login_bench: %s\n", s.error().detail.c_str());
        return 1;
    }
    // Each attempt an hour after the last: the back-off never holds the bench up.
    domain::TimePoint now{std::chrono::seconds{1'780'000'000}};
    staff::StaffAccounts accounts(*s, [&] { return now += std::chrono::hours(1); });
    const auto admin = staff::local_administrator();
    if (!accounts.add(admin, {"malee", "", staff::Role::clerk}, "integrity-2569") ||
        !accounts.add(admin, {"nok", "", staff::Role::clerk}, "kaeng-som-2569") ||
        !accounts.disable(admin, "nok")) {
        std::fprintf(stderr, "login_bench: could not set up the accounts\n");
        return 1;
    }
    struct Case {
        const char* what;
        const char* user;
        const char* password;
        std::vector<double> ms;
    };
    std::vector<Case> cases{{"unknown user", "nobody", "integrity-2569", {}},
                            {"wrong password", "malee", "guess-guess-1", {}},
                            {"disabled, right password", "nok", "kaeng-som-2569", {}},
                            {"disabled, wrong password", "nok", "guess-guess-1", {}},
                            {"success", "malee", "integrity-2569", {}}};
    for (int r = 0; r < rounds; ++r)
        for (auto& c : cases) {
            const auto t0 = Clock::now();
            (void)accounts.authenticate(c.user, c.password, "bench");
            c.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
    std::printf("%-28s %10s  (median of %d, argon2id interactive limits)\n", "login", "ms", rounds);
    for (const auto& c : cases) std::printf("%-28s %10.1f\n", c.what, median_ms(c.ms));
    return 0;
}
