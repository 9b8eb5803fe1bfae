// Scanner bursts: fast character runs ending in Enter.
#include "kiosk/flow/scanner_burst_detector.hpp"

#include "kiosk/flow/secure_wipe.hpp"
#include "text/utf8.hpp"

namespace siang::flow {

ScannerBurstDetector::ScannerBurstDetector(std::chrono::milliseconds max_gap, std::size_t min_chars)
    : max_gap_(max_gap), min_chars_(min_chars) {}

ScannerBurstDetector::~ScannerBurstDetector() {
    wipe(run_);
}

void ScannerBurstDetector::on_char(char32_t cp, SteadyTime at) {
    if (last_ && at - *last_ > max_gap_) reset();
    last_ = at;
    std::string encoded;
    text::append_utf8(encoded, cp);
    secure_append(run_, encoded);
    ++run_chars_;
}

std::optional<std::string> ScannerBurstDetector::on_enter(SteadyTime at) {
    std::optional<std::string> burst;
    if (last_ && at - *last_ <= max_gap_ && run_chars_ >= min_chars_) burst = run_;
    reset();
    return burst;
}

void ScannerBurstDetector::reset() {
    wipe(run_);
    run_chars_ = 0;
    last_.reset();
}

}  // namespace siang::flow
