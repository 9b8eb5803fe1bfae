// Tests for shared/print's printing against the fake printer, over TCP and through a USB
// printer's device file (a raw pseudo-terminal at a path): each scripted state, a printer lost
// mid-slip, and the recorded bands decoded back into the slip (issue 13).
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "config/config.hpp"
#include "i18n/catalog.hpp"
#include "print/escpos.hpp"
#include "print/receipt_slip.hpp"
#include "print/slip_printer.hpp"
#include "support/escpos_decoder.hpp"
#include "support/fake_printer.hpp"
#include "support/sample_slip.hpp"
#include "support/test_dir.hpp"
#include "support/zbar_decode.hpp"

namespace siang::print {
namespace {

using namespace std::chrono;
using testing::FakePrinter;

// Short waits: the fake answers at once, and a test of "no answer" need not take seconds.
PrintTiming quick() {
    return {.connect = Millis(1000), .answer = Millis(300), .write = Millis(2000),
            .band_pause = Millis(1)};
}

// The two transports of printer_link: a network printer, and /dev/usb/lp0's kind of device file
// (open, write, and read the status back through the same file).
enum class Transport { tcp, usb_device };

std::unique_ptr<FakePrinter> fake_printer(Transport t) {
    if (t == Transport::tcp) return std::make_unique<FakePrinter>();
    return std::make_unique<FakePrinter>(testing::test_dir("print_device") / "lp0");
}

config::Printer printer_at(const FakePrinter& fake) {
    config::Printer p;
    if (fake.device().empty())
        p.address = fake.address();
    else
        p.device = fake.device();
    return p;
}

std::string name_of(const FakePrinter& fake) {
    return fake.device().empty() ? fake.address() : fake.device();
}

std::string transport_name(const ::testing::TestParamInfo<Transport>& info) {
    return info.param == Transport::tcp ? "tcp" : "usb_device";
}

MonoImage receipt(int width, i18n::Lang lang) {
    config::Config c;  // no tracking URL: the QR says the bare code
    ReceiptFacts f = testing::sample_receipt_facts(c);
    f.kind = domain::Kind::corruption;
    f.number.reset();
    auto slip = render_receipt(f, c, lang, width);
    EXPECT_TRUE(slip);
    return slip ? *slip : MonoImage{};
}

int differing_dots(const MonoImage& a, const MonoImage& b) {
    int n = 0;
    for (int y = 0; y < std::max(a.height, b.height); ++y)
        for (int x = 0; x < std::max(a.width, b.width); ++x) n += a.at(x, y) != b.at(x, y) ? 1 : 0;
    return n;
}

class PrintBothWidths : public ::testing::TestWithParam<std::tuple<int, Transport>> {};

TEST_P(PrintBothWidths, ReadyPrinterGetsTheWholeSlipWhoseQrReadsAsTheCode) {
    const auto [width, transport] = GetParam();
    const auto fake = fake_printer(transport);
    const MonoImage slip = receipt(width, width == 576 ? i18n::Lang::th : i18n::Lang::en);
    ASSERT_TRUE(print_slip(printer_at(*fake), slip, quick()));
    const auto bytes = fake->received();
    const testing::DecodedSlip d = testing::decode_escpos(bytes);
    ASSERT_TRUE(d.problem.empty()) << d.problem;
    EXPECT_EQ(d.inits, 1);
    EXPECT_EQ(d.cuts, 1);
    EXPECT_EQ(d.status_queries, 6);  // three before, three after
    for (int rows : d.band_rows) {
        EXPECT_LE(rows, 256);
        EXPECT_NE(rows % 48, 0);
    }
    EXPECT_EQ(d.image.width, slip.width);
    EXPECT_EQ(d.image.height, slip.height);
    // The guard may have cleared a dot here and there; nothing else changes.
    EXPECT_LE(differing_dots(d.image, slip), 8);
    // The stream holds the six queries we sent on purpose, and no accidental one.
    int sequences = 0;
    for (std::size_t i = 0; i + 1 < bytes.size(); ++i)
        sequences += bytes[i] == 0x10 && (bytes[i + 1] == 0x04 || bytes[i + 1] == 0x05 ||
                                          bytes[i + 1] == 0x14);
    EXPECT_EQ(sequences, 6);
    const auto png = testing::test_dir("print_printer") / ("decoded_" + std::to_string(width) + ".png");
    ASSERT_TRUE(write_png(d.image, png.string()));
    EXPECT_EQ(testing::zbar_decode(png), "123456789018");
}

INSTANTIATE_TEST_SUITE_P(WidthsAndTransports, PrintBothWidths,
                         ::testing::Combine(::testing::Values(576, 384),
                                            ::testing::Values(Transport::tcp, Transport::usb_device)));

class PrintSlip : public ::testing::TestWithParam<Transport> {
  protected:
    void expect_refused(FakePrinter::State state, std::string_view problem) {
        const auto fake = fake_printer(GetParam());
        fake->set_state(state);
        const auto r = print_slip(printer_at(*fake), receipt(384, i18n::Lang::th), quick());
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Errc::printer_failed);
        EXPECT_EQ(r.error().detail, problem);
        EXPECT_EQ(r.error().field, name_of(*fake));
        // Nothing but the status queries went out: no band, no cut.
        const testing::DecodedSlip d = testing::decode_escpos(fake->received());
        EXPECT_EQ(d.band_rows.size(), 0u);
        EXPECT_EQ(d.inits, 0);
        EXPECT_EQ(d.status_queries, problem == "no_answer" ? 1 : 3);
    }
};

TEST_P(PrintSlip, PaperOutIsReportedAndNothingPrints) {
    expect_refused(FakePrinter::State::paper_out, "paper_out");
}
TEST_P(PrintSlip, CoverOpenIsReportedAndNothingPrints) {
    expect_refused(FakePrinter::State::cover_open, "cover_open");
}
TEST_P(PrintSlip, OfflineIsReportedAndNothingPrints) {
    expect_refused(FakePrinter::State::offline, "offline");
}
TEST_P(PrintSlip, SilentPrinterIsNoAnswer) {
    expect_refused(FakePrinter::State::silent, "no_answer");
}

TEST_P(PrintSlip, NobodyThereIsNoAnswer) {
    config::Printer p;
    {
        // A printer that was there a moment ago: its port closed, its device file gone.
        const auto gone = fake_printer(GetParam());
        p = printer_at(*gone);
    }
    const auto r = print_slip(p, receipt(384, i18n::Lang::th), quick());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "no_answer");
}

TEST_P(PrintSlip, PrinterVanishingMidSlipIsReportedAndPrintsAgainWhenBack) {
    const auto fake = fake_printer(GetParam());
    fake->vanish_after(20000);  // in the middle of the bands
    const MonoImage slip = receipt(576, i18n::Lang::th);
    const auto t0 = steady_clock::now();
    const auto r = print_slip(printer_at(*fake), slip, quick());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "lost");
    EXPECT_LT(steady_clock::now() - t0, seconds(5));  // bounded, never a hang
    fake->revive();
    fake->clear();
    ASSERT_TRUE(print_slip(printer_at(*fake), slip, quick()));
    EXPECT_EQ(testing::decode_escpos(fake->received()).image.height, slip.height);
}

TEST_P(PrintSlip, PaperRunningOutMidSlipIsReported) {
    const auto fake = fake_printer(GetParam());
    fake->paper_out_after(20000);
    const auto r = print_slip(printer_at(*fake), receipt(576, i18n::Lang::en), quick());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "paper_out");
}

TEST_P(PrintSlip, ProbeReportsTheScriptedState) {
    const auto fake = fake_printer(GetParam());
    EXPECT_EQ(probe(printer_at(*fake), quick()), PrinterState::ready);
    fake->set_state(FakePrinter::State::cover_open);
    EXPECT_EQ(probe(printer_at(*fake), quick()), PrinterState::cover_open);
    fake->set_state(FakePrinter::State::paper_out);
    EXPECT_EQ(probe(printer_at(*fake), quick()), PrinterState::paper_out);
}

INSTANTIATE_TEST_SUITE_P(Transports, PrintSlip,
                         ::testing::Values(Transport::tcp, Transport::usb_device), transport_name);

TEST(PrinterMessages, NameTheProblemInBothLanguages) {
    const Error e{.code = Errc::printer_failed, .detail = "paper_out", .field = "127.0.0.1:9100"};
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::th), "เครื่องพิมพ์ใบรับเรื่องกระดาษหมด (127.0.0.1:9100)");
    EXPECT_EQ(i18n::report_error(e, i18n::Lang::en), "The receipt printer is out of paper (127.0.0.1:9100).");
}

TEST(PrinterAddress, SplitsHostAndPort) {
    EXPECT_EQ(split_printer_address("printer-1.office.lan:9100")->host, "printer-1.office.lan");
    EXPECT_EQ(split_printer_address("printer-1")->port, "9100");
    EXPECT_EQ(split_printer_address("[::1]:9101")->host, "::1");
    EXPECT_EQ(split_printer_address("[::1]:9101")->port, "9101");
    EXPECT_FALSE(split_printer_address("::1"));
    EXPECT_FALSE(split_printer_address("host:0"));
    EXPECT_FALSE(split_printer_address(":9100"));
}

}  // namespace
}  // namespace siang::print
