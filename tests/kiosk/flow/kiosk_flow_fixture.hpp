// Test support for the kiosk flow: a real store in a fresh directory, real ports, a session and
// a steady clock the test moves by hand.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "store/store.hpp"
#include "support/test_dir.hpp"

namespace siang::flow::testing {

using namespace std::chrono_literals;

// 20 Nov 2569 (2026) 10:00 Bangkok, the wall-clock time of every filing in these tests.
inline domain::TimePoint filing_time() {
    using namespace std::chrono;
    return domain::TimePoint{sys_days{year{2026} / November / 20}.time_since_epoch()} + 3h;
}

// A submit port that fails with `code` for the first `failures` calls, then files for real.
class FlakySubmitPort final : public SubmitPort {
  public:
    FlakySubmitPort(SubmitPort& real, Errc code, int failures)
        : real_(real), code_(code), failures_(failures) {}
    Result<Filing> submit(const domain::Draft& validated) override {
        ++calls;
        if (failures_ > 0) {
            --failures_;
            return fail(code_, "siang.db");
        }
        return real_.submit(validated);
    }
    int calls = 0;

  private:
    SubmitPort& real_;
    Errc code_;
    int failures_;
};

class KioskFlowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = siang::testing::test_dir("kiosk_flow");
        store::OpenOptions options;
        options.create = true;
        auto opened = store::Store::open((dir / "siang.db").string(), options);
        ASSERT_TRUE(opened) << error_name(opened.error().code) << " " << opened.error().detail;
        store.emplace(std::move(*opened));
        submit_port.emplace(*store, "kiosk-test", [] { return filing_time(); });
        track_port.emplace(*store);
        start_session(*submit_port);
    }

    // A new session over `port`, at the current test time.
    void start_session(SubmitPort& port) {
        session.reset();
        session = std::make_unique<KioskSession>(config, port, *track_port, now);
    }

    // One frame of the app: the intent `step` after the last one, then the timers.
    void act(Intent intent, SteadyClock::duration step = 1s) {
        now += step;
        session->handle(std::move(intent), now);
        session->tick(now);
    }
    void type(Field f, std::string text) { act(intent::SetText{f, std::move(text)}); }
    void wait(SteadyClock::duration d) {
        now += d;
        session->tick(now);
    }
    Screen screen() const { return session->screen(); }

    // Touch → kind → the steps up to and including the when step, by taps and typing only.
    void fill_form(domain::Kind kind, const std::string& service_or_division,
                   const std::string& subject, const std::string& details,
                   const std::string& location, const std::string& when) {
        act(intent::Touch{});
        act(intent::ChooseKind{kind});
        if (kind == domain::Kind::corruption) {
            ASSERT_EQ(screen(), Screen::corruption_notice);
            act(intent::Next{});
        }
        const Field first = kind == domain::Kind::eservice ? Field::service : Field::division;
        type(first, service_or_division);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::subject);
        type(Field::subject, subject);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::details);
        type(Field::details, details);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::location);
        type(Field::location, location);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::when);
        type(Field::occurred_on, when);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::contact_choice);
    }

    // Contact step with a name and phone, through the privacy notice, to review.
    void give_contact(const std::string& name, const std::string& phone) {
        act(intent::ChooseGiveContact{});
        ASSERT_EQ(screen(), Screen::privacy_notice);
        act(intent::AcknowledgePrivacy{});
        ASSERT_EQ(screen(), Screen::contact_fields);
        type(Field::name, name);
        type(Field::phone, phone);
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::review);
    }

    // Submit on review and the frame after it; returns the receipt (or fails the test).
    Receipt submit() {
        act(intent::Submit{});
        EXPECT_EQ(screen(), Screen::receipt);
        if (session->receipt() == nullptr) return Receipt{};
        return *session->receipt();
    }

    // The case a receipt names; the local store numbers every filing at once.
    store::CaseDetail read_case(const std::optional<domain::CaseNumber>& number) {
        EXPECT_TRUE(number.has_value()) << "the receipt has no case number";
        if (!number) return store::CaseDetail{};
        return read_case(*number);
    }
    store::CaseDetail read_case(const domain::CaseNumber& number) {
        auto detail = store->get_case(number, store::Viewer{"integrity1", true});
        EXPECT_TRUE(detail) << error_name(detail.error().code);
        return detail.value_or(store::CaseDetail{});
    }

    std::filesystem::path dir;
    std::optional<store::Store> store;
    std::optional<StoreSubmitPort> submit_port;
    std::optional<StoreTrackPort> track_port;
    config::Config config = config::default_config();
    SteadyTime now = SteadyTime{} + 1000h;
    std::unique_ptr<KioskSession> session;
};

}  // namespace siang::flow::testing
