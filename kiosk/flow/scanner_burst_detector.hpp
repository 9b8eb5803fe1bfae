// Telling a keyboard-wedge scanner from a person typing: a fast run of characters ending in Enter.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "kiosk/flow/flow_time.hpp"

namespace siang::flow {

// A USB scanner "types" a whole code or URL in a few milliseconds and presses Enter; a person on
// a physical keyboard leaves far more than 50 ms between keys. The app feeds every typed
// character and Enter with its time, on any screen; a burst is then handed to the session as
// intent::ScannerBurst. The detector keeps its buffer zeroed when it starts over, since a burst
// is a secret tracking code.
class ScannerBurstDetector {
  public:
    explicit ScannerBurstDetector(std::chrono::milliseconds max_gap = std::chrono::milliseconds(50),
                                  std::size_t min_chars = 12);
    ~ScannerBurstDetector();
    ScannerBurstDetector(const ScannerBurstDetector&) = delete;
    ScannerBurstDetector& operator=(const ScannerBurstDetector&) = delete;

    // A typed character at `at`. A gap longer than max_gap starts a new run.
    void on_char(char32_t cp, SteadyTime at);

    // Enter at `at`: the run's text when it has at least min_chars characters, each within
    // max_gap of the one before and Enter within max_gap of the last; nullopt for human typing.
    // Either way the run ends.
    std::optional<std::string> on_enter(SteadyTime at);

    // Characters in the current run: on a burst the app removes this many from the end of a
    // focused text field, since the scanner typed them there too.
    std::size_t run_length() const { return run_chars_; }

    // Forgets the current run (zeroing it).
    void reset();

  private:
    std::chrono::milliseconds max_gap_;
    std::size_t min_chars_;
    std::string run_;
    std::size_t run_chars_ = 0;
    std::optional<SteadyTime> last_;
};

}  // namespace siang::flow
