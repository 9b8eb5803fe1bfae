// Measures rendering a receipt slip (fonts and logo loaded each time, as the kiosk does per
// slip) and sending it to the fake printer over TCP loopback and a USB device file (status before
// and after, bands, 20 ms pauses).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "config/config.hpp"
#include "print/escpos.hpp"
#include "print/receipt_slip.hpp"
#include "print/slip_printer.hpp"
#include "support/fake_printer.hpp"
#include "support/sample_slip.hpp"

namespace {

using namespace std::chrono;
using namespace siang;

double ms(steady_clock::duration d) {
    return duration<double, std::milli>(d).count();
}

void report(const char* what, std::vector<double> t) {
    std::sort(t.begin(), t.end());
    std::printf("%-38s n=%zu  p50 %.1f ms  p99 %.1f ms  max %.1f ms\n", what, t.size(),
                t[t.size() / 2], t[std::min(t.size() - 1, t.size() * 99 / 100)], t.back());
}

// Times `n` runs of `f` (which returns false on failure); empty when one failed.
template <class F>
std::vector<double> timed(int n, F f) {
    std::vector<double> t;
    for (int i = 0; i < n; ++i) {
        const auto t0 = steady_clock::now();
        if (!f()) return {};
        t.push_back(ms(steady_clock::now() - t0));
    }
    return t;
}

}  // namespace

// The logo is the team's test seal (tests/shared/print/logo), or the PNG given as argv[1].
int main(int argc, char** argv) {
    config::Config c;
    c.tracking_base_url = "https://tambon.go.th/track/";
    const print::ReceiptFacts facts = testing::sample_receipt_facts(c);
    config::Config with_logo = c;
    with_logo.municipality.logo_path = argc > 1 ? argv[1] : SIANG_BENCH_LOGO;
    for (int width : {576, 384}) {
        print::MonoImage slip;
        const auto render_with = [&](const config::Config& config) {
            auto s = print::render_receipt(facts, config, i18n::Lang::th, width);
            if (s) slip = std::move(*s);
            return s.has_value();
        };
        const auto render = timed(30, [&] { return render_with(c); });
        const auto render_logo = timed(30, [&] { return render_with(with_logo); });
        // Both transports: TCP 9100 and a USB printer's device file (a pseudo-terminal).
        testing::FakePrinter tcp;
        testing::FakePrinter usb(std::filesystem::temp_directory_path() /
                                 ("siang-print-bench-lp-" + std::to_string(::getpid())));
        config::Printer over_tcp, over_usb;
        over_tcp.address = tcp.address();
        over_usb.device = usb.device();
        const auto send_tcp = timed(10, [&] { return print::print_slip(over_tcp, slip).has_value(); });
        const auto send_usb = timed(10, [&] { return print::print_slip(over_usb, slip).has_value(); });
        if (render.empty() || render_logo.empty() || send_tcp.empty() || send_usb.empty()) return 1;
        std::printf("width %d dots: slip %d rows (with the logo), %zu bands\n", width, slip.height,
                    print::plan_bands(slip.height).size());
        report("render (th)", render);
        report("render (th, with logo)", render_logo);
        report("send to fake printer (TCP loopback)", send_tcp);
        report("send to fake printer (USB device)", send_usb);
    }
    return 0;
}
