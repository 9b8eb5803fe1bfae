// Realistic Thai demo cases for development, screenshots and the 1,000,000-record benchmarks.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/demo_random.hpp"
#include "domain/directory.hpp"
#include "domain/status_change.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::demo {

// Produces an endless, deterministic stream of plausible cases: the same directory, seed and
// `now` give the same records on every machine. Kinds are mixed about 45% e-service, 30%
// complaint, 20% suggestion, 5% corruption (no e-service when the directory has no services);
// services and divisions come from the directory; about a third are anonymous. Items are filed
// between the start of the previous Thai fiscal year and `now`, mostly in office hours, never in
// the future; their status changes follow check_transition() in time order up to `now`, so older
// items are more often finished. Every draft passes validate_draft() against the directory.
class DemoGenerator {
  public:
    // `dir` is copied only in part (the indices built from it); it must outlive the generator.
    DemoGenerator(const domain::Directory& dir, std::uint64_t seed, domain::TimePoint now);

    // The same, but the first `count` records come in filing order (each filed no earlier than
    // the one before, weekdays busier than weekends), so a bulk load in batches numbers the cases
    // as the office would have numbered them on the day. After `count`, as above.
    DemoGenerator(const domain::Directory& dir, std::uint64_t seed, domain::TimePoint now,
                  std::size_t count_in_order);

    // The next case.
    domain::CaseHistory next();

    // The next case written into `out`, reusing its strings' and vector's capacity so that bulk
    // loading allocates almost nothing per record. Gives exactly what next() would have given.
    void next_into(domain::CaseHistory& out);

    // First instant of the window: 00:00 Bangkok time on 1 October of the previous fiscal year.
    domain::TimePoint window_start() const { return window_start_; }

  private:
    struct ServiceTopics {
        std::vector<std::uint8_t> requests;  // indices into phrases::requests for this service
    };

    domain::TimePoint pick_filed_at();
    domain::TimePoint pick_time_on(std::int64_t day);
    // Time-ordered mode: the next filing instant, refilling day_times_ one day at a time.
    domain::TimePoint next_ordered_filed_at();
    domain::Kind pick_kind();
    // Fills the draft; returns the index of its service in dir_.services, or -1.
    int fill_draft(domain::Draft& d, domain::TimePoint filed_at);
    const domain::Division* pick_division();

    const domain::Directory& dir_;
    DemoRandom rng_;
    domain::TimePoint now_;
    domain::TimePoint window_start_;
    std::int64_t window_days_ = 1;
    std::vector<ServiceTopics> topics_;         // parallel to dir_.services
    std::vector<int> issue_service_;            // per phrases::issues: service index or -1
    const domain::Division* busiest_division_;  // owns most services: takes unowned problems
    // Time-ordered mode (count_in_order > 0).
    std::size_t ordered_total_ = 0;
    std::size_t ordered_done_ = 0;
    std::vector<double> cumulative_weight_;  // per day, normalised to 1 at the last day
    std::int64_t ordered_day_ = -1;          // last day whose times were drawn
    std::vector<domain::TimePoint> day_times_;
    std::size_t day_cursor_ = 0;
};

}  // namespace siang::demo
