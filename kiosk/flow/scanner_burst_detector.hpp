// Telling a keyboard-wedge scanner from a person typing: a fast run of characters ending in Enter.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/flow/flow_time.hpp"

namespace siang::flow {

// What one frame's typed input becomes.
struct ScannerFrame {
    // Characters (UTF-8) the focused text field gets this frame: a run that turned out to be a
    // person typing, released whole and in order.
    std::string release;
    bool enter_for_fields = false;     // the frame's Enter reaches the field (a person's Enter)
    std::optional<std::string> burst;  // a scanned code or URL: no field got or gets any of it
};

// A USB scanner "types" a whole code or URL in a few milliseconds and presses Enter; a person on
// a physical keyboard leaves far more than 50 ms between keys. The app feeds each frame's typed
// characters and Enter on any screen, before any text field is drawn, and gives the fields only
// what comes back in `release`. So a burst's characters never reach a field, whatever the frame
// timing; a burst goes to the session as intent::ScannerBurst.
//
// Why frames and not the characters' own times: the platform learns of characters only when it
// polls, and under load a frame takes 100–500 ms, so one burst arrives split over frames whose
// times are far apart. What tells a pause is a frame that brought nothing: the run goes on while
// every frame brings characters (however long the frames took), and ends at the first frame that
// brings none at least max_gap after the last one that did. The app asks for a frame at
// release_at() so a person's characters appear a moment after they stop.
//
// A burst is a run, then Enter, with at least min_chars characters of which at least 12 are
// digits (a tracking code; the URL holds one): a person's fast word and Enter go to the field.
// The held characters are zeroed when the run ends, since a burst is a secret tracking code.
class ScannerBurstDetector {
  public:
    explicit ScannerBurstDetector(std::chrono::milliseconds max_gap = std::chrono::milliseconds(50),
                                  std::size_t min_chars = 12);
    ~ScannerBurstDetector();
    ScannerBurstDetector(const ScannerBurstDetector&) = delete;
    ScannerBurstDetector& operator=(const ScannerBurstDetector&) = delete;

    // One frame at `now`: `typed` arrived since the last frame (UTF-8), `enter` was pressed.
    ScannerFrame on_frame(std::string_view typed, bool enter, SteadyTime now);

    // When held characters go to the field if nothing more arrives; nullopt when none are held.
    std::optional<SteadyTime> release_at() const;

    // Characters held back in the current run.
    std::size_t held() const { return run_chars_; }

    // Forgets the current run (zeroing it).
    void reset();

  private:
    bool is_burst() const;

    std::chrono::milliseconds max_gap_;
    std::size_t min_chars_;
    std::string run_;
    std::size_t run_chars_ = 0;
    std::size_t run_digits_ = 0;
    SteadyTime last_{};
};

}  // namespace siang::flow
