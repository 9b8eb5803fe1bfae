// Scanner bursts: fast character runs ending in Enter, held back from the text fields.
#include "kiosk/flow/scanner_burst_detector.hpp"

#include <string>
#include <utility>

#include "kiosk/flow/secure_wipe.hpp"
#include "text/utf8.hpp"

namespace siang::flow {

namespace {

bool is_digit(char32_t cp) {
    return (cp >= U'0' && cp <= U'9') || (cp >= U'\u0E50' && cp <= U'\u0E59');
}

constexpr std::size_t code_digits = 12;

}  // namespace

ScannerBurstDetector::ScannerBurstDetector(std::chrono::milliseconds max_gap, std::size_t min_chars)
    : max_gap_(max_gap), min_chars_(min_chars) {}

ScannerBurstDetector::~ScannerBurstDetector() {
    wipe(run_);
}

ScannerFrame ScannerBurstDetector::on_frame(std::string_view typed, bool enter, SteadyTime now) {
    ScannerFrame out;
    if (typed.empty() && !enter && run_chars_ > 0 && now - last_ >= max_gap_) {
        secure_assign(out.release, run_);  // a pause: a person typed these
        reset();
    }
    if (!typed.empty()) {
        secure_append(run_, typed);
        std::u32string cps = text::decode_utf8(typed);
        for (char32_t cp : cps) {
            ++run_chars_;
            if (is_digit(cp)) ++run_digits_;
        }
        wipe_bytes(cps.data(), cps.size() * sizeof(char32_t));
        last_ = now;
    }
    if (!enter) return out;
    if (is_burst()) {
        out.burst = std::move(run_);
        run_.clear();
    } else {
        secure_append(out.release, run_);  // a person's text and Enter, in that order
        out.enter_for_fields = true;
    }
    reset();
    return out;
}

std::optional<SteadyTime> ScannerBurstDetector::release_at() const {
    if (run_chars_ == 0) return std::nullopt;
    return last_ + max_gap_;
}

bool ScannerBurstDetector::is_burst() const {
    return run_chars_ >= min_chars_ && run_digits_ >= code_digits;
}

void ScannerBurstDetector::reset() {
    wipe(run_);
    run_chars_ = 0;
    run_digits_ = 0;
}

}  // namespace siang::flow
