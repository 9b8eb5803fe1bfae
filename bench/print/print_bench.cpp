// Measures rendering a receipt slip (fonts loaded each time, as the kiosk does per slip) and
// sending it to the fake printer on loopback (status before and after, bands, 20 ms pauses).
#include <algorithm>
#include <chrono>
#include <cstdio>
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
    std::printf("%-34s n=%zu  p50 %.1f ms  p99 %.1f ms  max %.1f ms\n", what, t.size(),
                t[t.size() / 2], t[std::min(t.size() - 1, t.size() * 99 / 100)], t.back());
}

}  // namespace

int main() {
    config::Config c;
    c.tracking_base_url = "https://tambon.go.th/track/";
    const print::ReceiptFacts facts = testing::sample_receipt_facts(c);
    for (int width : {576, 384}) {
        std::vector<double> render, send;
        print::MonoImage slip;
        for (int i = 0; i < 30; ++i) {
            const auto t0 = steady_clock::now();
            auto s = print::render_receipt(facts, c, i18n::Lang::th, width);
            render.push_back(ms(steady_clock::now() - t0));
            if (!s) return 1;
            slip = *s;
        }
        testing::FakePrinter fake;
        config::Printer p;
        p.address = fake.address();
        p.width_dots = width;
        for (int i = 0; i < 10; ++i) {
            const auto t0 = steady_clock::now();
            if (!print::print_slip(p, slip)) return 1;
            send.push_back(ms(steady_clock::now() - t0));
        }
        std::printf("width %d dots: slip %d rows, %zu bands\n", width, slip.height,
                    print::plan_bands(slip.height).size());
        report("render (th)", render);
        report("send to fake printer (loopback)", send);
    }
    return 0;
}
