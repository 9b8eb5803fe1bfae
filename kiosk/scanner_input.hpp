// A keyboard-wedge scanner on any screen: typed characters go to the burst detector before any
// text field sees them (SPEC §4.8).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "kiosk/flow/flow_time.hpp"
#include "kiosk/flow/scanner_burst_detector.hpp"

namespace siang::kiosk {

// What a frame's typed input turned out to be.
struct ScannedCode {
    std::string text;  // the code or URL the scanner typed
    // Characters of the burst that reached a focused field in earlier frames, to take back out.
    std::size_t typed_earlier = 0;
};

// Feeds this frame's ImGui characters and Enter to the detector at `now`. On a burst the
// characters still queued this frame are removed from ImGui's queue (no field gets them) and
// the code is returned; nullopt otherwise (the characters stay for the focused field).
// Call before any text field is drawn.
std::optional<ScannedCode> take_scanner_burst(flow::ScannerBurstDetector& detector,
                                              flow::SteadyTime now);

// `text` without its last `count` code points (the scanner's characters in a text field).
std::string drop_last_code_points(std::string text, std::size_t count);

}  // namespace siang::kiosk
