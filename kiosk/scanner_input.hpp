// A keyboard-wedge scanner on any screen: typed characters go to the burst detector before any
// text field sees them (SPEC §4.8).
#pragma once

#include <optional>
#include <string>

#include "kiosk/flow/flow_time.hpp"
#include "kiosk/flow/scanner_burst_detector.hpp"

namespace siang::kiosk {

// Takes this frame's typed characters and Enter out of ImGui's input and through the detector
// at `now`, and puts back only what the detector releases for the fields (a person's typing, a
// person's Enter). A burst's characters and its Enter never reach a field or a button; the code
// or URL is returned. Call after ImGui::NewFrame() and before any text field is drawn; ask for
// a frame at detector.release_at() so held characters reach the field.
std::optional<std::string> take_scanner_burst(flow::ScannerBurstDetector& detector,
                                              flow::SteadyTime now);

// This frame's typed characters (UTF-8, ImGui's queue emptied and zeroed) and whether Enter
// was pressed, all of it kept from the fields: for a screen that reads the scanner alone (the
// enrolment screen, where letters are welcome).
std::string take_typed(bool& enter);

}  // namespace siang::kiosk
