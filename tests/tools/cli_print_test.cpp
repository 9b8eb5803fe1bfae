// Tests of `siang print-test` and `siang receipt-image` as a script runs them (issue 13): the
// test slip reaches the fake printer over TCP and through a USB device file, a printer that
// cannot print is named with a non-zero exit, and a logo that cannot be read never stops a slip.
#include "cli_fixture.hpp"
#include "print/raster.hpp"
#include "support/escpos_decoder.hpp"
#include "support/fake_printer.hpp"
#include "support/zbar_decode.hpp"

namespace {

using siang::testing::FakePrinter;

TEST_F(Cli, PrintTestPrintsTheTestSlipOverTcpAndTheUsbDevice) {
    FakePrinter tcp;
    FakePrinter usb(dir / "lp0");
    for (const auto& [option, name] :
         {std::pair{"--address", tcp.address()}, std::pair{"--device", usb.device()}}) {
        CliRun r = run({"--lang", "en", "print-test", option, name, "--width", "384"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_NE(r.out.find("Printed a test slip on " + name), std::string::npos) << r.out;
    }
    for (const FakePrinter* f : {&tcp, &usb}) {
        const auto bytes = f->received();
        const siang::testing::DecodedSlip d = siang::testing::decode_escpos(bytes);
        ASSERT_TRUE(d.problem.empty()) << d.problem;
        EXPECT_EQ(d.image.width, 384);
        EXPECT_GT(d.image.height, 600);
        EXPECT_EQ(d.cuts, 1);
        const fs::path png = dir / "decoded.png";
        ASSERT_TRUE(siang::print::write_png(d.image, png.string()));
        // The test slip's QR: the sample code after the tracking URL (none configured here).
        const std::string qr = siang::testing::zbar_decode(png);
        EXPECT_TRUE(qr.ends_with("123456789012")) << qr;
    }
}

TEST_F(Cli, PrintTestNamesThePrintersProblemAndFails) {
    FakePrinter usb(dir / "lp0");
    usb.set_state(FakePrinter::State::paper_out);
    CliRun r = run({"--lang", "th", "print-test", "--device", usb.device()});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("เครื่องพิมพ์ใบรับเรื่องกระดาษหมด (" + usb.device() + ")"), std::string::npos)
        << r.err;
    usb.set_state(FakePrinter::State::cover_open);
    r = run({"--lang", "en", "print-test", "--device", usb.device()});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("cover is open"), std::string::npos) << r.err;
    usb.set_state(FakePrinter::State::silent);
    r = run({"--lang", "en", "print-test", "--device", usb.device()});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("does not answer"), std::string::npos) << r.err;
    // Not one band went out while the printer could not print.
    EXPECT_TRUE(siang::testing::decode_escpos(usb.received()).band_rows.empty());
    r = run({"--lang", "en", "print-test", "--device", (dir / "no-such-lp").string()});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("does not answer"), std::string::npos) << r.err;
}

TEST_F(Cli, ReceiptImageWithALogoThatCannotBeReadStillWritesTheSlip) {
    const fs::path cfg = dir / "logo.toml";
    std::ofstream(cfg) << "[municipality]\nlogo_path = \"no-such-logo.png\"\n";
    const fs::path png = dir / "slip.png";
    CliRun r = run({"--config", cfg.string(), "--lang", "en", "receipt-image", "123456789018", "-o",
                    png.string(), "--width", "384"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(png));
    EXPECT_NE(r.err.find("printed without its logo"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("no-such-logo.png"), std::string::npos) << r.err;
    EXPECT_EQ(siang::testing::zbar_decode(png), "123456789018");
}

}  // namespace
