// The receipt slip in the kiosk flow (issue 13) against the fake printer: printing then "take
// your slip", each printer problem with its message, the held timeout and the help request
// naming it, the filing intact, and "print again" once the printer is back.
#include <gtest/gtest.h>

#include <thread>

#include "kiosk/flow/help_watch.hpp"
#include "kiosk/flow/slip_printing.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk_flow_fixture.hpp"
#include "support/escpos_decoder.hpp"
#include "support/fake_printer.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;
using siang::testing::FakePrinter;

class SlipPrintingTest : public KioskFlowTest {
  protected:
    void file_one() {
        fill_form(Kind::complaint, "", "ไฟถนนดับ", "ไฟถนนหน้าบ้านเลขที่ 12 ดับมาสามคืน", "หมู่ที่ 3", "");
        act(intent::ChooseAnonymous{});
        receipt = submit();
        ASSERT_NE(session->receipt(), nullptr);
    }
    config::Config printer_config() {
        config::Config c = config;
        c.printer.address = fake.address();
        return c;
    }
    // The worker's result, polled as the app's frames do: bounded in count and time.
    SlipView settle(SlipPrinting& p) {
        for (int i = 0; i < 500 && p.busy(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return p.view();
    }
    FakePrinter fake;
    Receipt receipt;
};

TEST_F(SlipPrintingTest, ReadyPrinterPrintsTheSlipWithItsCodeAndOffersOnePrintAgain) {
    file_one();
    SlipPrinting printing(make_slip_printer(printer_config()), true, true);
    printing.receipt_shown(receipt, i18n::Lang::th);
    EXPECT_EQ(printing.view().status, SlipStatus::printing);  // returned at once: not on this thread
    SlipView v = settle(printing);
    EXPECT_EQ(v.status, SlipStatus::printed);
    EXPECT_TRUE(v.can_print_again);
    const auto d = siang::testing::decode_escpos(fake.received());
    EXPECT_GT(d.image.height, 800);
    EXPECT_TRUE(printing.print_tapped(receipt, i18n::Lang::th));
    v = settle(printing);
    EXPECT_EQ(v.status, SlipStatus::printed);
    EXPECT_FALSE(v.can_print_again);  // one "print again", for a jam
    EXPECT_FALSE(printing.print_tapped(receipt, i18n::Lang::th));
    EXPECT_EQ(fake.connections(), 2);
}

TEST_F(SlipPrintingTest, WithoutAutoPrintItWaitsForTheTap) {
    file_one();
    SlipPrinting printing(make_slip_printer(printer_config()), true, false);
    printing.receipt_shown(receipt, i18n::Lang::en);
    EXPECT_EQ(printing.view().status, SlipStatus::tap_to_print);
    EXPECT_EQ(fake.connections(), 0);
    EXPECT_TRUE(printing.print_tapped(receipt, i18n::Lang::en));
    EXPECT_EQ(settle(printing).status, SlipStatus::printed);
}

TEST_F(SlipPrintingTest, NoPrinterConfiguredShowsNothing) {
    file_one();
    SlipPrinting printing(make_slip_printer(config), false, true);
    printing.receipt_shown(receipt, i18n::Lang::th);
    EXPECT_EQ(printing.view().status, SlipStatus::none);
    EXPECT_FALSE(printing.print_tapped(receipt, i18n::Lang::th));
}

class SlipProblemTest : public SlipPrintingTest,
                        public ::testing::WithParamInterface<std::pair<FakePrinter::State, const char*>> {};

TEST_P(SlipProblemTest, IsSaidPlainlyHoldsTheCodeAndRaisesAHelpRequest) {
    const auto [state, problem] = GetParam();
    fake.set_state(state);
    file_one();
    SlipPrinting printing(make_slip_printer(printer_config()), true, true);
    printing.receipt_shown(receipt, i18n::Lang::th);
    const SlipView v = settle(printing);
    EXPECT_EQ(v.status, SlipStatus::failed);
    EXPECT_EQ(v.problem, problem);
    EXPECT_TRUE(v.can_print_again);
    // The screen's sentence for it, in both languages (never the key).
    const std::string key = "kiosk.slip.failed." + v.problem;
    EXPECT_TRUE(i18n::has_key(key)) << key;
    // The app hands the failure to the session once.
    auto failure = printing.take_new_failure();
    ASSERT_TRUE(failure);
    EXPECT_FALSE(printing.take_new_failure());
    session->slip_failed(*failure, now);
    EXPECT_TRUE(session->receipt_held());
    // The home timeout waits for a tap: long past 90 s, the code is still on screen.
    wait(std::chrono::seconds(config.timeouts.receipt_s * 3));
    EXPECT_EQ(screen(), Screen::receipt);
    ASSERT_NE(session->receipt(), nullptr);
    EXPECT_EQ(session->seconds_left(now), 0);
    // The help request names the printer's problem and reaches the store.
    StoreHelpPort port(*store, "kiosk-test", [] { return filing_time(); });
    HelpWatch watch(port);
    ASSERT_TRUE(watch.update(*session, now));
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().screen, "receipt-printer_" + std::string(problem));
    // The filing is intact.
    EXPECT_EQ(read_case(receipt.filed.number).filed.subject, "ไฟถนนดับ");
    // A tap: the receipt's full time runs from it, then home.
    act(intent::Touch{});
    EXPECT_FALSE(session->receipt_held());
    wait(std::chrono::seconds(config.timeouts.receipt_s + 1));
    EXPECT_EQ(screen(), Screen::attract);
}

INSTANTIATE_TEST_SUITE_P(
    States, SlipProblemTest,
    ::testing::Values(std::pair{FakePrinter::State::paper_out, "paper_out"},
                      std::pair{FakePrinter::State::cover_open, "cover_open"},
                      std::pair{FakePrinter::State::offline, "offline"}),
    [](const auto& p) { return std::string(p.param.second); });

TEST_F(SlipPrintingTest, PrinterKilledMidSlipIsReportedAndPrintAgainWorksOnceItIsBack) {
    fake.vanish_after(30000);
    file_one();
    SlipPrinting printing(make_slip_printer(printer_config()), true, true);
    printing.receipt_shown(receipt, i18n::Lang::th);
    SlipView v = settle(printing);
    EXPECT_EQ(v.status, SlipStatus::failed);
    EXPECT_EQ(v.problem, "lost");
    // The kiosk stays responsive meanwhile: the session takes taps as ever.
    act(intent::ToggleLanguage{});
    EXPECT_EQ(screen(), Screen::receipt);
    fake.revive();
    fake.clear();
    ASSERT_TRUE(printing.print_tapped(receipt, i18n::Lang::th));
    v = settle(printing);
    EXPECT_EQ(v.status, SlipStatus::printed);
    EXPECT_GT(siang::testing::decode_escpos(fake.received()).image.height, 800);
}

TEST_F(SlipPrintingTest, TheEndOfTheVisitDropsAResultStillComing) {
    fake.set_state(FakePrinter::State::silent);  // every status wait runs to its timeout
    file_one();
    SlipPrinting printing(make_slip_printer(printer_config()), true, true);
    printing.receipt_shown(receipt, i18n::Lang::th);
    printing.forget();
    EXPECT_EQ(printing.view().status, SlipStatus::none);
    settle(printing);
    EXPECT_EQ(printing.view().status, SlipStatus::none);
    EXPECT_FALSE(printing.take_new_failure());
}

}  // namespace
}  // namespace siang::flow::testing
