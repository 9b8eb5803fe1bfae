// A scanner's burst with the timing a real kiosk sees: the characters split over frames, Enter in
// a frame of its own (pressed and released in one event batch), slow frames under load. Each
// frame runs the scanner first and then what a focused text field does with what is left (its
// typed characters and its Enter), as the app does.
#include <gtest/gtest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "domain/thai_digits.hpp"
#include "domain/tracking_code.hpp"
#include "flow/kiosk_flow_fixture.hpp"
#include "kiosk/scanner_input.hpp"
#include "support/headless_imgui.hpp"
#include "text/utf8.hpp"
#include "ui/key_latch.hpp"

namespace siang::kiosk {
namespace {

using namespace std::chrono_literals;
using flow::Field;
using flow::Screen;
namespace intent = flow::intent;

constexpr int enter_key = 257;  // GLFW's number, as the kiosk's platform maps it

// What one frame brought: characters that arrived since the last frame, whether Enter was
// pressed, and how long after the previous frame it starts.
struct Batch {
    std::string typed;
    bool enter = false;
    flow::SteadyClock::duration after = 16ms;
};

class ScannerRace : public flow::testing::KioskFlowTest {
  protected:
    void SetUp() override {
        KioskFlowTest::SetUp();
        siang::testing::create_headless_imgui();
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = enter_key;
        io.KeyMap[ImGuiKey_KeyPadEnter] = 335;
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // The field the focused text field on the current screen edits.
    Field field_here() const {
        return screen() == Screen::track_entry ? Field::tracking_code : Field::subject;
    }

    // One frame of the app: the scanner, then the focused field with what is left for it.
    void frame(const Batch& b) {
        now += b.after;
        ImGuiIO& io = ImGui::GetIO();
        io.AddInputCharactersUTF8(b.typed.c_str());
        if (b.enter) {
            // A scanner presses and releases Enter within a millisecond: one event batch.
            keys.press(io, enter_key);
            keys.release(io, enter_key);
        }
        keys.new_frame(io);  // as the platform does before every frame
        ImGui::NewFrame();
        session->tick(now);
        scanner(now);
        field();
        ImGui::EndFrame();
        session->tick(now);
    }

    // Frames with nothing typed, as the app's timers draw them.
    void idle(int frames, flow::SteadyClock::duration each = 100ms) {
        for (int i = 0; i < frames; ++i) frame({"", false, each});
    }

    void scanner(flow::SteadyTime t) {
        if (auto burst = take_scanner_burst(detector, t))
            session->handle(intent::ScannerBurst{std::move(*burst)}, t);
    }

    // A focused single-line field: typed characters go in (the tracking field keeps digits,
    // grouped as the screen shows them); Enter submits it (Check on Track, Next on a question).
    void field() {
        ImGuiIO& io = ImGui::GetIO();
        std::string typed;
        for (ImWchar c : io.InputQueueCharacters) text::append_utf8(typed, c);
        io.InputQueueCharacters.resize(0);
        const Field f = field_here();
        if (!typed.empty()) {
            std::string text = session->text(f) + typed;
            if (f == Field::tracking_code) text = grouped(text);
            session->handle(intent::SetText{f, text}, now);
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), true)) {
            if (screen() == Screen::track_entry)
                session->handle(intent::EnterCode{session->text(f)}, now);
            else
                session->handle(intent::Next{}, now);
        }
    }

    static std::string grouped(const std::string& text) {
        std::string digits;
        for (char c : domain::thai_digits_to_ascii(text))
            if (c >= '0' && c <= '9') digits += c;
        std::string out;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i == 4 || i == 8) out += '-';
            out += digits[i];
        }
        return out;
    }

    // A filed complaint's tracking code, the citizen back on the attract screen.
    domain::TrackingCode file_one() {
        fill_form(domain::Kind::complaint, "works", "ถนนชำรุด", "หลุมลึกหน้าตลาด", "ตลาดสด", "");
        act(intent::ChooseAnonymous{});
        flow::Receipt r = submit();
        act(intent::Done{});
        act(intent::GoHome{});
        return r.filed.code;
    }

    // Halfway through a suggestion's subject: "ขอไฟ" typed by the citizen.
    void on_subject_with_text() {
        act(intent::Touch{});
        act(intent::ChooseKind{domain::Kind::suggestion});
        act(intent::Next{});
        ASSERT_EQ(screen(), Screen::subject);
        type(Field::subject, "ขอไฟ");
    }

    // The ways one scan reaches the kiosk's frames.
    static std::vector<std::vector<Batch>> timings(const std::string& code) {
        const std::string a = code.substr(0, 5), b = code.substr(5, 5), c = code.substr(10);
        return {
            {{code, true}},                                   // all in one frame
            {{a + b}, {c, true}},                             // split over 2 frames
            {{a}, {b}, {c, true}},                            // over 3 frames
            {{code}, {"", true}},                             // Enter in its own frame
            {{a}, {b + c, false, 180ms}, {"", true, 250ms}},  // slow frames under load
            {{a, false, 400ms}, {b, false, 300ms}, {c, false, 220ms}, {"", true, 300ms}},
        };
    }

    flow::ScannerBurstDetector detector;
    ui::KeyLatch keys;
};

TEST_F(ScannerRace, OneScanOnTrackIsOneAttemptAndAGoodCodeOpensTheCase) {
    const domain::TrackingCode code = file_one();
    int timing = 0;
    for (const auto& batches : timings(code.grouped())) {
        SCOPED_TRACE("timing " + std::to_string(timing++));
        act(intent::StartTracking{});
        ASSERT_EQ(screen(), Screen::track_entry);
        for (const Batch& b : batches) frame(b);
        idle(3);
        EXPECT_EQ(screen(), Screen::track_result);
        EXPECT_EQ(session->attempts_left(), 5);
        act(intent::GoHome{});
    }
}

TEST_F(ScannerRace, OneScanOfAnUnknownCodeOnTrackCostsExactlyOneAttempt) {
    int timing = 0;
    int expected_left = 5;
    for (const auto& batches : timings(domain::generate_tracking_code().grouped())) {
        SCOPED_TRACE("timing " + std::to_string(timing++));
        act(intent::StartTracking{});
        if (screen() == Screen::track_paused) break;
        for (const Batch& b : batches) frame(b);
        idle(3);
        --expected_left;
        EXPECT_EQ(session->attempts_left(), expected_left);
        ASSERT_TRUE(session->error());
        EXPECT_EQ(session->error()->code, Errc::unknown_code);  // never "must be 12 digits"
        act(intent::GoHome{});
        if (expected_left == 1) break;
    }
}

TEST_F(ScannerRace, ABurstOnTheSubjectNeverReachesTheFieldOrAdvancesTheStep) {
    const domain::TrackingCode code = file_one();
    int timing = 0;
    for (const auto& batches : timings(code.grouped())) {
        SCOPED_TRACE("timing " + std::to_string(timing++));
        on_subject_with_text();
        for (const Batch& b : batches) {
            frame(b);
            EXPECT_EQ(session->text(Field::subject), "ขอไฟ");  // not even for a frame
        }
        idle(3);
        EXPECT_EQ(session->text(Field::subject), "ขอไฟ");
        EXPECT_EQ(screen(), Screen::subject);  // its Enter did not press Next
        EXPECT_TRUE(session->confirming_scan());
        act(intent::KeepFilling{});
        EXPECT_EQ(session->text(Field::subject), "ขอไฟ");
        act(intent::GoHome{});
    }
}

TEST_F(ScannerRace, TheTrackingUrlIsABurstToo) {
    config.tracking_base_url = "https://tambon.example.go.th/track/";
    start_session(*submit_port);
    const domain::TrackingCode code = file_one();
    const std::string url = config.tracking_base_url + code.str();
    on_subject_with_text();
    frame({url.substr(0, 20)});
    frame({url.substr(20), true, 120ms});
    idle(3);
    EXPECT_EQ(session->text(Field::subject), "ขอไฟ");
    ASSERT_TRUE(session->confirming_scan());
    act(intent::OpenScanned{});
    EXPECT_EQ(screen(), Screen::track_result);
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::subject);
    EXPECT_EQ(session->text(Field::subject), "ขอไฟ");  // what the citizen typed, byte for byte
}

TEST_F(ScannerRace, APersonTypingOnAKeyboardStillTypesIntoTheField) {
    on_subject_with_text();
    for (const char* ch : {"ห", "น", "้", "า"}) {
        frame({ch, false, 16ms});
        idle(2);
    }
    EXPECT_EQ(session->text(Field::subject), "ขอไฟหน้า");
    frame({"", true});
    EXPECT_EQ(screen(), Screen::details);  // a person's Enter is the field's
}

}  // namespace
}  // namespace siang::kiosk
