// The ITA pages' counts, kept for a minute per fiscal year: at 1,000,000 cases one report takes
// seconds to count (bench/public/publish_bench.sh), and the public listener must not recount it
// for every visitor or every page. The pages say when the figures were drawn, so a cached
// report is shown with its own time, never passed off as newer.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/thai_calendar.hpp"
#include "reports/ita_stats.hpp"
#include "server/api/store_pool.hpp"

namespace siang::server::public_site {

struct DrawnReport {
    reports::ItaReport report;
    domain::TimePoint drawn_at{};
};

class ItaReportCache {
  public:
    explicit ItaReportCache(std::chrono::seconds max_age = std::chrono::seconds{60})
        : max_age_(max_age) {}

    // The report of fiscal year `fy` as the public sees it (no confidential access), drawn at
    // most max_age before `now`, else counted afresh from `pool` at `now`. One caller counts
    // while the others wait for its result. Errors: the store's.
    Result<std::shared_ptr<const DrawnReport>> get(api::StorePool& pool, int fy,
                                                   const domain::Directory& dir,
                                                   domain::TimePoint now);

  private:
    std::chrono::seconds max_age_;
    std::mutex mutex_;
    std::map<int, std::shared_ptr<const DrawnReport>> by_year_;
};

}  // namespace siang::server::public_site
